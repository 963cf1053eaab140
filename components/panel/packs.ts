import { BUNDLED_PACKS } from '../../utils/pack/bundled';
import { mergePacks, packsByLanguage, type PackLayer } from '../../utils/pack/merge';
import type { FaqEntry, Pack } from '../../utils/pack/schema';
import { buildFaqIndex, type FaqIndex } from '../../utils/search';

/**
 * The packs the panel reads. Only the bundled ones for now; subscribed and imported packs layer on top
 * of these (same order as compileEngine) once the options page stores them.
 */
function activePacks(): readonly Pack[] {
  return BUNDLED_PACKS;
}

type Merged = Pack & { layers: PackLayer[] };
const merged = new Map<string, Merged | null>();
const indexes = new Map<string, { index: FaqIndex; byId: Map<string, FaqEntry> }>();

/** The merged pack of one language (layers in order, the top layer's identity), or undefined. */
export function packFor(language: string): Merged | undefined {
  if (!merged.has(language)) {
    const group = packsByLanguage(activePacks()).get(language);
    merged.set(language, group?.length ? mergePacks(group) : null);
  }
  return merged.get(language) ?? undefined;
}

/** The FAQ index of one language, built once per panel: the conversation's language picks it. */
export function faqFor(language: string): { index: FaqIndex; byId: Map<string, FaqEntry> } {
  let found = indexes.get(language);
  if (!found) {
    const entries = packFor(language)?.faq ?? [];
    found = { index: buildFaqIndex(entries), byId: new Map(entries.map((entry) => [entry.id, entry])) };
    indexes.set(language, found);
  }
  return found;
}
