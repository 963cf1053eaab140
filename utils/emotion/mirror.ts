import type { EmotionCategory, EmotionTerm, MirrorTemplate, Register } from '../pack/schema';

/** FNV-1a: a stable hash so the same word always gets the same template, on every machine. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const HAS_UPPER = /\p{Lu}/u;
const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/u;

/**
 * The customer's own word to say back: the term's `mirror` when the pack gives one ("at my wit's end" →
 * "at your wit's end"), else the matched text with whitespace tidied, lowercased unless the pack spells
 * the term with capitals (an acronym like "ASAP": then the pack's spelling, whatever the customer typed)
 * or it is Japanese. Shouting ("FURIOUS") is not repeated back in capitals.
 */
export function mirrorWord(term: EmotionTerm, matched: string): string {
  if (term.mirror) return term.mirror;
  if (HAS_UPPER.test(term.text)) return term.text;
  const tidy = matched.replace(/\s+/g, ' ').trim();
  return JAPANESE.test(tidy) ? tidy : tidy.toLowerCase();
}

/**
 * Templates for the term's frame in the requested register; else the frame's templates without a
 * register; else (for Japanese) the polite ones; else any for the frame. A frame without templates gives
 * no line: a mirror in broken grammar is worse than none.
 */
export function templatesFor(category: EmotionCategory, frame: string, register: Register): MirrorTemplate[] {
  const framed = category.mirrors.filter((t) => t.frame === frame);
  if (framed.length === 0) return [];
  const exact = framed.filter((t) => t.register === register);
  if (exact.length > 0) return exact;
  const neutral = framed.filter((t) => t.register === undefined);
  if (neutral.length > 0) return neutral;
  const polite = framed.filter((t) => t.register === 'polite');
  return polite.length > 0 ? polite : framed;
}

export function mirrorLine(category: EmotionCategory, term: EmotionTerm, word: string, register: Register): string | null {
  const templates = templatesFor(category, term.frame, register);
  if (templates.length === 0) return null;
  const template = templates[stableHash(word) % templates.length]!;
  return template.text.split('{word}').join(word);
}
