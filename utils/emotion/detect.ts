import type { Register } from '../pack/schema';
import type { Boundaries } from '../text/boundaries';
import { findAll, longestFirst, type Match } from '../text/matcher';
import type { Folded } from '../text/normalize';
import type { CompiledLanguage, TermEntry, WordEntry } from './lexicon';
import { mirrorLine, mirrorWord } from './mirror';
import { suppression, type SuppressReason } from './context';
import { degreeAt, exclaimedAfter, negationAt, type ModifierRef, type ScopeContext } from './scope';

export interface EmotionFlag {
  /** The exact substring of the message as given: text === message.slice(start, end). */
  text: string;
  category: string;
  label: string;
  /** UTF-16 offsets into the message as given (before quote/signature cleaning). */
  start: number;
  end: number;
  intensity: 1 | 2 | 3;
  negated: boolean;
  valence: 'negative' | 'positive';
  /** The word said back (term's mirror, or the matched text tidied). */
  word: string;
  /** Null when negated or when the pack has no template for the term's frame. */
  mirrorLine: string | null;
  /** Why the flag has this intensity/negation: which modifier, caps, "!!". */
  reasons: string[];
}

export interface MessageText {
  source: string;
  folded: Folded;
  bounds: Boundaries;
  modifiers: Match<ModifierRef>[];
  allModifiers: Match<ModifierRef>[];
}

export function scopeContext(lang: CompiledLanguage, message: MessageText, wordStarts: number[]): ScopeContext {
  return { japanese: lang.japanese, text: message.folded.text, modifiers: message.modifiers, allModifiers: message.allModifiers, wordStarts };
}

const LETTERS = /\p{L}/gu;
const LOWER = /\p{Ll}/u;
const UPPER_TERM = /\p{Lu}/u;

function shouted(source: string): boolean {
  if (!/[A-Z]/.test(source)) return false;
  const letters = source.match(LETTERS);
  return letters !== null && letters.length >= 2 && !LOWER.test(source);
}

/** An emotion word found but not flagged, and why: for "why isn't this flagged?" explanations. */
export interface SuppressedWord {
  text: string;
  category: string;
  start: number;
  end: number;
  reason: SuppressReason;
}

export function detectEmotions(lang: CompiledLanguage, message: MessageText, register: Register, suppressed?: SuppressedWord[]): EmotionFlag[] {
  const { folded, bounds, source } = message;
  const selected = longestFirst(findAll<WordEntry>(lang.words, folded.text, bounds));
  // An ignore phrase that won its overlap ("happy to help") simply removes the words inside it.
  const terms = selected.filter((m) => m.values[0]!.kind === 'term') as Match<TermEntry>[];
  const ctx = scopeContext(lang, message, terms.map((m) => m.start));
  const flags: EmotionFlag[] = [];
  for (const m of terms) {
    const { category, term } = m.values[0]!;
    const start = folded.from[m.start]!;
    const end = folded.to[m.end - 1]!;
    const text = source.slice(start, end);
    // Not the customer's own feeling now: a name, quoted words, an honorific, a feeling that is over.
    const why = suppression(lang.japanese, source, folded.text, bounds.classes, { start, end, foldedStart: m.start, foldedEnd: m.end });
    if (why) {
      suppressed?.push({ text, category: category.id, start, end, reason: why });
      continue;
    }
    const reasons: string[] = [];
    const negation = negationAt(ctx, m.start, m.end);
    const degree = degreeAt(ctx, m.start, m.end);
    let intensity: number = term.intensity ?? 2;
    if (negation.negated) reasons.push(`negated by "${negation.by}"`);
    if (negation.emphatic) {
      intensity++;
      reasons.push(`emphatic "${negation.by}"`);
    }
    if (degree.up) {
      intensity++;
      reasons.push(`intensifier "${degree.up}"`);
    } else if (degree.down) {
      intensity--;
      reasons.push(`downtoner "${degree.down}"`);
    }
    const modifierText = source.slice(folded.from[degree.start]!, start);
    if (!UPPER_TERM.test(term.text) && (shouted(text) || (degree.up !== undefined && shouted(modifierText)))) {
      intensity++;
      reasons.push('ALL CAPS');
    }
    if (exclaimedAfter(folded.text, m.end)) {
      intensity++;
      reasons.push('"!!"');
    }
    const clamped = Math.max(1, Math.min(3, intensity)) as 1 | 2 | 3;
    const word = mirrorWord(term, text);
    flags.push({
      text,
      category: category.id,
      label: category.label,
      start,
      end,
      intensity: clamped,
      negated: negation.negated,
      valence: category.valence,
      word,
      mirrorLine: negation.negated ? null : mirrorLine(category, term, word, register),
      reasons,
    });
  }
  return flags;
}

/** Highest intensity, then earliest; negated flags never count. */
export function topFlag(flags: readonly EmotionFlag[], valence?: 'negative' | 'positive'): EmotionFlag | undefined {
  let best: EmotionFlag | undefined;
  for (const flag of flags) {
    if (flag.negated || (valence && flag.valence !== valence)) continue;
    if (!best || flag.intensity > best.intensity || (flag.intensity === best.intensity && flag.start < best.start)) best = flag;
  }
  return best;
}
