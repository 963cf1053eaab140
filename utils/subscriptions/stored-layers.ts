import type { Pack } from '../pack/schema';
import { parsePack } from '../pack/parse';
import { BUNDLED_PACKS } from '../pack/bundled';
import { activeLayers, type ActiveLayer } from './layers';
import { localPacksItem } from './local';
import type { Subscription, SubscriptionState } from './poll';
import { readSubscriptions, subscriptionStatesItem } from './store';

export interface StoredLayers {
  layers: ActiveLayer[];
  subscriptions: Subscription[];
  states: Record<string, SubscriptionState>;
}

/**
 * Reads the layers in use from storage (activeLayers: bundled → subscribed packs in order → local imports)
 * for a long-lived page. Each pack text is parsed once per reader, so a storage change that leaves the packs
 * alone (a last-check time, every few minutes) keeps the same Pack objects and re-validates nothing; texts no
 * layer uses any more are forgotten, since a release can be megabytes and a panel stays open all day.
 */
export function storedLayersReader(): () => Promise<StoredLayers> {
  const parsedByText = new Map<string, Pack | null>();
  const parsedOnce = (text: string, base: readonly Pack[]): Pack | undefined => {
    if (!parsedByText.has(text)) {
      const result = parsePack(text, base);
      parsedByText.set(text, result.ok ? result.pack : null);
    }
    return parsedByText.get(text) ?? undefined;
  };
  return async () => {
    const [subscriptions, states, localTexts] = await Promise.all([readSubscriptions(), subscriptionStatesItem.getValue(), localPacksItem.getValue()]);
    const locals = Array.isArray(localTexts) ? localTexts : [];
    const layers = activeLayers(subscriptions.map((sub) => ({ url: sub.url, state: states[sub.url] ?? {} })), locals, BUNDLED_PACKS, parsedOnce);
    const inUse = new Set([...subscriptions.map((sub) => states[sub.url]?.active?.packText), ...locals]);
    for (const text of parsedByText.keys()) if (!inUse.has(text)) parsedByText.delete(text);
    return { layers, subscriptions, states };
  };
}
