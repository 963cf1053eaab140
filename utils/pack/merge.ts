import type { Modifiers, Pack } from './schema';
import { primaryLanguage } from './check';

type EntrySection = 'emotions' | 'situations' | 'phrasings' | 'avoid' | 'faq' | 'examples';
const ENTRY_SECTIONS: EntrySection[] = ['emotions', 'situations', 'phrasings', 'avoid', 'faq', 'examples'];
const MODIFIER_LISTS = ['negators', 'intensifiers', 'downtoners', 'ignore'] as const;

export interface PackLayer {
  id: string;
  name: string;
  version: string;
  locale: string;
}

/**
 * Layers packs of one language in order: a later pack's entry replaces the earlier entry with the same id
 * (in place, so order stays stable) and new ids are appended; the return policy is replaced whole; modifier
 * lists are united. The result carries the top layer's identity and the list of layers beneath it.
 */
export function mergePacks(packs: readonly Pack[]): Pack & { layers: PackLayer[] } {
  const top = packs.at(-1);
  if (!top) throw new Error('mergePacks needs at least one pack');
  const merged: Pack & { layers: PackLayer[] } = {
    id: top.id,
    name: top.name,
    version: top.version,
    locale: top.locale,
    layers: packs.map(({ id, name, version, locale }) => ({ id, name, version, locale })),
  };
  for (const section of ENTRY_SECTIONS) {
    const byId = new Map<string, { id: string }>();
    for (const pack of packs) for (const entry of (pack[section] ?? []) as { id: string }[]) byId.set(entry.id, entry);
    if (byId.size > 0) (merged as Record<string, unknown>)[section] = [...byId.values()];
  }
  const modifiers: Modifiers = {};
  for (const list of MODIFIER_LISTS) {
    const words = new Set(packs.flatMap((pack) => pack.modifiers?.[list] ?? []));
    if (words.size > 0) modifiers[list] = [...words];
  }
  if (Object.keys(modifiers).length > 0) merged.modifiers = modifiers;
  const policy = packs.findLast((pack) => pack.returnPolicy)?.returnPolicy;
  if (policy) merged.returnPolicy = policy;
  return merged;
}

/** Groups packs by primary language ("en-US" layers with "en"), keeping their order. */
export function packsByLanguage(packs: readonly Pack[]): Map<string, Pack[]> {
  const groups = new Map<string, Pack[]>();
  for (const pack of packs) {
    const language = primaryLanguage(pack.locale);
    groups.set(language, [...(groups.get(language) ?? []), pack]);
  }
  return groups;
}
