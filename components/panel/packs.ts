import { useSyncExternalStore } from 'react';
import { BUNDLED_PACKS } from '../../utils/pack/bundled';
import { mergePacks, packsByLanguage, type PackLayer } from '../../utils/pack/merge';
import type { FaqEntry, Pack } from '../../utils/pack/schema';
import { buildFaqIndex, type FaqIndex } from '../../utils/search';
import { localPacksItem } from '../../utils/subscriptions/local';
import { subscriptionStatesItem, subscriptionsItem } from '../../utils/subscriptions/store';
import { storedLayersReader } from '../../utils/subscriptions/stored-layers';

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

const readStored = storedLayersReader();

/** The stored layers as the panel uses them, and whether any team pack's last update failed (the quiet badge). */
export async function readPanelPacks(): Promise<PanelPacks> {
  const { layers, subscriptions, states } = await readStored();
  const updateFailed = subscriptions.some((sub) => Boolean(states[sub.url]?.failure));
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
