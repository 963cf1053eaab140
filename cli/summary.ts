import type { Pack } from '../utils/pack/schema';

export function summarizePack(pack: Pack) {
  return {
    id: pack.id,
    version: pack.version,
    locale: pack.locale,
    emotions: pack.emotions?.length ?? 0,
    terms: pack.emotions?.reduce((sum, category) => sum + category.terms.length, 0) ?? 0,
    situations: pack.situations?.length ?? 0,
    phrasings: pack.phrasings?.length ?? 0,
    avoid: pack.avoid?.length ?? 0,
    returnPolicy: pack.returnPolicy?.name ?? null,
    faq: pack.faq?.length ?? 0,
    examples: pack.examples?.length ?? 0,
  };
}
