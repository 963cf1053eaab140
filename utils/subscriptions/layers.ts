import type { Pack } from '../pack/schema';
import { parsePack } from '../pack/parse';
import { BUNDLED_PACKS } from '../pack/bundled';
import type { SubscriptionState } from './poll';

export type LayerSource = 'bundled' | 'subscription' | 'local';

export interface ActiveLayer {
  pack: Pack;
  source: LayerSource;
  /** The subscription URL for 'subscription' layers. */
  url?: string;
}

/** Turns a stored pack text into a Pack layered on `base`, or undefined when it no longer validates. */
export type LayerParser = (text: string, base: readonly Pack[]) => Pack | undefined;

const parseLayer: LayerParser = (text, base) => {
  const parsed = parsePack(text, base);
  return parsed.ok ? parsed.pack : undefined;
};

/**
 * The packs in the order they are layered: bundled defaults, then subscribed packs in subscription order,
 * then the agent's local import on top. A stored release (and a stored import text) is re-validated: it
 * passed when activated, but storage may hold one from an older schema; one that no longer parses is left
 * out, not fatal. `parse` lets a long-lived caller (the panel) cache by text.
 */
export function activeLayers(
  subscriptions: readonly { url: string; state: SubscriptionState }[],
  localImports: readonly (Pack | string)[] = [],
  bundled: readonly Pack[] = BUNDLED_PACKS,
  parse: LayerParser = parseLayer,
): ActiveLayer[] {
  const layers: ActiveLayer[] = bundled.map((pack) => ({ pack, source: 'bundled' }));
  const base = () => layers.map((layer) => layer.pack);
  for (const { url, state } of subscriptions) {
    const pack = state.active && parse(state.active.packText, base());
    if (pack) layers.push({ pack, source: 'subscription', url });
  }
  for (const local of localImports) {
    const pack = typeof local === 'string' ? parse(local, base()) : local;
    if (pack) layers.push({ pack, source: 'local' });
  }
  return layers;
}

/** The Pack[] the engine and panel take (they group by language and merge with mergePacks). */
export function activePacks(...args: Parameters<typeof activeLayers>): Pack[] {
  return activeLayers(...args).map((layer) => layer.pack);
}

/**
 * Switches back to the previous good release; the one rolled back from becomes `previous`, so a second
 * rollback undoes the first. The release rolled back from is remembered in `skipSha256` so the next poll
 * does not bring it straight back; a release published after it activates as usual.
 */
export function rollback(state: SubscriptionState): SubscriptionState {
  if (!state.previous || !state.active) return state;
  const { etag: _etag, failure: _failure, backoffUntil: _backoff, ...rest } = state;
  return { ...rest, active: state.previous, previous: state.active, skipSha256: state.active.manifest.sha256 };
}
