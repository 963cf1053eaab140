import { useSyncExternalStore } from 'react';
import { BUNDLED_PACKS } from '../../utils/pack/bundled';
import { mergePacks, packsByLanguage, type PackLayer } from '../../utils/pack/merge';
import { parsePack } from '../../utils/pack/parse';
import type { FaqEntry, Pack } from '../../utils/pack/schema';
import { buildFaqIndex, type FaqIndex } from '../../utils/search';
import { localPacksItem } from '../../utils/subscriptions/local';
import { activeLayers } from '../../utils/subscriptions/layers';
import { readSubscriptions, subscriptionStatesItem, subscriptionsItem } from '../../utils/subscriptions/store';

/** What the panel works from: the layered packs, and whether any subscription's last check failed. */
export interface PanelPacks {
  packs: readonly Pack[];
  updateFailed: boolean;
}

let current: PanelPacks = { packs: BUNDLED_PACKS, updateFailed: false };
const listeners = new Set<() => void>();

type Merged = Pack & { layers: PackLayer[] };
const merged = new Map<string, Merged | null>();
const indexes = new Map<string, { index: FaqIndex; byId: Map<string, FaqEntry> }>();

export function panelPacks(): PanelPacks {
  return current;
}

export function subscribePanelPacks(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Re-renders on a change of layers (a newly activated or rolled-back pack, a failed check). */
export function usePanelPacks(): PanelPacks {
  return useSyncExternalStore(subscribePanelPacks, panelPacks);
}

/** Sets the layers; the merged packs and FAQ indexes are rebuilt lazily, once per change. */
export function setPanelPacks(next: PanelPacks): void {
  const samePacks = next.packs.length === current.packs.length && next.packs.every((pack, i) => pack === current.packs[i]);
  if (samePacks && next.updateFailed === current.updateFailed) return;
  current = samePacks ? { ...next, packs: current.packs } : next;
  if (!samePacks) {
    merged.clear();
    indexes.clear();
  }
  for (const listener of listeners) listener();
}

/** Layer text → Pack, kept by text so an unrelated storage change (a last-check time) keeps the same objects. */
const parsedByText = new Map<string, Pack | null>();
function parsedOnce(text: string, base: readonly Pack[]): Pack | undefined {
  if (!parsedByText.has(text)) {
    const result = parsePack(text, base);
    parsedByText.set(text, result.ok ? result.pack : null);
  }
  return parsedByText.get(text) ?? undefined;
}

/**
 * Reads the stored layers (activeLayers: bundled → subscribed packs in order → local import), parsing each
 * pack text once per panel so a storage change that leaves the packs alone (a last-check time) keeps the
 * same objects and recompiles nothing.
 */
export async function readPanelPacks(): Promise<PanelPacks> {
  const [subscriptions, states, localTexts] = await Promise.all([readSubscriptions(), subscriptionStatesItem.getValue(), localPacksItem.getValue()]);
  const locals = Array.isArray(localTexts) ? localTexts : [];
  const layers = activeLayers(subscriptions.map((sub) => ({ url: sub.url, state: states[sub.url] ?? {} })), locals, BUNDLED_PACKS, parsedOnce);
  const updateFailed = subscriptions.some((sub) => Boolean(states[sub.url]?.failure));
  // Forget replaced releases: a pack text can be megabytes and the panel stays open all day.
  const inUse = new Set([...subscriptions.map((sub) => states[sub.url]?.active?.packText), ...locals]);
  for (const text of parsedByText.keys()) if (!inUse.has(text)) parsedByText.delete(text);
  return { packs: layers.map((layer) => layer.pack), updateFailed };
}

/** Loads the layers now and follows storage, so a pack activated in the background reaches an open panel. */
export function watchPanelPacks(): () => void {
  let stopped = false;
  let reading = Promise.resolve();
  const refresh = () => {
    reading = reading
      .then(readPanelPacks)
      .then((next) => {
        if (!stopped) setPanelPacks(next);
      })
      .catch(() => undefined);
  };
  refresh();
  const unwatch = [subscriptionsItem.watch(refresh), subscriptionStatesItem.watch(refresh), localPacksItem.watch(refresh)];
  return () => {
    stopped = true;
    for (const stop of unwatch) stop();
  };
}

/** The merged pack of one language (layers in order, the top layer's identity), or undefined. */
export function packFor(language: string): Merged | undefined {
  if (!merged.has(language)) {
    const group = packsByLanguage(current.packs).get(language);
    merged.set(language, group?.length ? mergePacks(group) : null);
  }
  return merged.get(language) ?? undefined;
}

/** The FAQ index of one language, built once per change of layers: the conversation's language picks it. */
export function faqFor(language: string): { index: FaqIndex; byId: Map<string, FaqEntry> } {
  let found = indexes.get(language);
  if (!found) {
    const entries = packFor(language)?.faq ?? [];
    found = { index: buildFaqIndex(entries), byId: new Map(entries.map((entry) => [entry.id, entry])) };
    indexes.set(language, found);
  }
  return found;
}
