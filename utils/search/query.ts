import { stem, tokenize, TokenKind, type Token } from './tokenize';
import { SYNONYM_ROWS } from './synonyms';
import type { FaqIndex } from './types';

/** One alternative spelling of a query term that the index knows, with the share of credit it earns. */
export interface Variant {
  termId: number;
  weight: number;
}

/** One query term: a document scores the best of its variants. */
export interface QueryGroup {
  weight: number;
  variants: Variant[];
  /** Counted in the score's denominator (false for synonym additions and stop words). */
  core: boolean;
  /** A stop word: matched in questions only, never highlighted. */
  stop?: boolean;
  /** The term as typed, when the index knows it: its rarity is the group's rarity. */
  exact?: number;
}

/** How much of a term's credit each kind of approximate match earns. */
export const DISCOUNT = {
  morphology: 0.8,
  prefix: 0.7,
  typo: [1, 0.8, 0.6] as readonly number[],
  synonym: 0.6,
};
/** Query weight per token kind: hiragana pairs are mostly grammar, lone kanji are ambiguous. */
const KIND_WEIGHT: Record<TokenKind, number> = {
  [TokenKind.Word]: 1,
  [TokenKind.Bigram]: 1,
  [TokenKind.Unigram]: 0.5,
  [TokenKind.KanaBigram]: 0.3,
  [TokenKind.OkuriganaBigram]: 0.5,
};
/** Query weight of a stop word: enough to prefer "How much…" questions for "how much", no more. */
const STOP_WEIGHT = 0.3;
/** A long katakana or kanji word yields many bigrams; each counts 1/√n so the word counts about √n. */
const RUN_EXPONENT = 0.5;
const MAX_PREFIX_EXPANSIONS = 12;
/** Typo lookups per query: a long message has names and places no FAQ knows; its first few unknown words are enough. */
const MAX_CORRECTIONS = 3;

/**
 * Japanese question framing: 「〜の方法を教えてください」 says that something is asked, not what. Bigrams
 * inside these phrases count like English stop words (方法 inside 支払い方法 still counts when the phrase is
 * not there as framing, e.g. 「支払い方法」 alone).
 */
const JA_FRAMING = [
  '方法を教えて', '方法', 'やり方', '仕方', '教えてください', '教えて下さい', '教えて', 'ください', '下さい',
  'どうすれば', 'どうしたら', 'どうやって', 'できますか', 'できません', 'でしょうか', 'ですか', 'ますか',
  'いいですか', 'よいですか', 'たいです', 'したい', 'について', 'お願いします', 'お願い', 'いただけ', 'もらえ', '知りたい',
];
const FRAMING_WEIGHT = 0.3;

/** Original-text ranges of framing phrases in the query. */
function framingRanges(query: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const phrase of JA_FRAMING) {
    for (let at = query.indexOf(phrase); at >= 0; at = query.indexOf(phrase, at + 1)) ranges.push([at, at + phrase.length]);
  }
  return ranges;
}

let synonymTable: { from: string[]; to: string[][] }[] | undefined;

/**
 * Matching keeps stop words ("log in" is not "log"), lone-kanji unigrams are left out because they depend
 * on the neighbouring characters; expansion adds only the indexed terms of the other expressions.
 */
function matchSequence(text: string): string[] {
  return tokenize(text, true).filter((t) => t.kind !== TokenKind.Unigram).map((t) => t.term);
}

/** Each synonym expression as its term sequence; tokenized once, on first use. */
function synonyms() {
  synonymTable ??= SYNONYM_ROWS.flatMap((row) => {
    const sequences = row.map(matchSequence);
    const indexed = row.map((expression) => tokenize(expression).filter((t) => t.kind !== TokenKind.Unigram).map((t) => t.term));
    return sequences.map((from, i) => ({ from, to: indexed.filter((_, j) => j !== i) }));
  });
  return synonymTable;
}

function containsSequence(haystack: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Terms of the sorted vocabulary that start with `prefix` (excluding `except`), most frequent first. */
function termsWithPrefix(index: FaqIndex, prefix: string, except: string, limit: number): number[] {
  const sorted = index.sortedTerms;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const found: number[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) {
    if (sorted[i] !== except) found.push(index.termIds.get(sorted[i]!)!);
  }
  const df = (id: number) => index.postingStart[id + 1]! - index.postingStart[id]!;
  found.sort((a, b) => df(b) - df(a) || a - b);
  return found.slice(0, limit);
}

function addVariant(group: QueryGroup, termId: number | undefined, weight: number) {
  if (termId === undefined) return;
  const existing = group.variants.find((v) => v.termId === termId);
  if (existing) existing.weight = Math.max(existing.weight, weight);
  else group.variants.push({ termId, weight });
}

/**
 * Turns a query into weighted term groups: the exact term, its Porter-stem neighbours (deliver/delivery),
 * a prefix expansion for the word being typed, Fuse-proposed corrections for words the index does not know,
 * and synonym rows.
 */
export function analyzeQuery(index: FaqIndex, query: string, prefixLast: boolean): QueryGroup[] {
  const all = tokenize(query, true);
  const tokens = all.filter((t) => !t.stop);
  const groups: QueryGroup[] = [];
  const seen = new Map<string, QueryGroup>();
  const last = tokens.length - 1;
  const framing = tokens.some((t) => t.kind !== TokenKind.Word) ? framingRanges(query) : [];
  const budget = { corrections: MAX_CORRECTIONS };

  tokens.forEach((token, position) => {
    const existing = seen.get(token.term);
    if (existing) {
      existing.weight = Math.min(existing.weight * 1.2, KIND_WEIGHT[token.kind] * 1.5);
      return;
    }
    const framed = framing.some(([start, end]) => token.start >= start && token.end <= end);
    const group: QueryGroup = framed
      ? { weight: FRAMING_WEIGHT * KIND_WEIGHT[token.kind], variants: [], core: false, stop: true }
      : { weight: KIND_WEIGHT[token.kind] * Math.pow(token.run ?? 1, -RUN_EXPONENT), variants: [], core: true };
    seen.set(token.term, group);
    groups.push(group);
    group.exact = index.termIds.get(token.term);
    addVariant(group, group.exact, 1);
    if (token.kind !== TokenKind.Word) return;
    expandWord(index, group, token, prefixLast && position === last, budget);
  });

  // Stop words are indexed in questions only; here they nudge towards questions phrased like the query.
  for (const token of all) {
    if (!token.stop || seen.has(token.term)) continue;
    const group: QueryGroup = { weight: STOP_WEIGHT, variants: [], core: false, stop: true };
    seen.set(token.term, group);
    group.exact = index.termIds.get(token.term);
    addVariant(group, group.exact, 1);
    if (group.variants.length) groups.push(group);
  }
  if (index.synonyms) addSynonyms(index, query, tokens, groups);
  return groups.filter((group) => group.variants.length > 0 || group.core);
}

function expandWord(index: FaqIndex, group: QueryGroup, token: Token, isPrefix: boolean, budget: { corrections: number }) {
  const known = index.termIds.has(token.term);
  const { term, surface } = token;
  // Porter leaves deliver → deliv but delivery → deliveri; longer stems that extend this one by a few
  // letters, or shorter ones it extends, are usually the same word.
  if (term.length >= 4 && !/\d/.test(term)) {
    for (const id of termsWithPrefix(index, term, term, 8)) {
      if (index.terms[id]!.length - term.length <= 3) addVariant(group, id, DISCOUNT.morphology);
    }
    for (let cut = term.length - 1; cut >= Math.max(4, term.length - 3); cut--) {
      addVariant(group, index.termIds.get(term.slice(0, cut)), DISCOUNT.morphology);
    }
  }
  if (isPrefix && surface.length >= 2) {
    for (const id of termsWithPrefix(index, surface, term, MAX_PREFIX_EXPANSIONS)) addVariant(group, id, DISCOUNT.prefix);
  }
  if (!known && !/\d/.test(surface) && budget.corrections > 0 && surface.length >= 4) {
    budget.corrections--;
    for (const { surface: fixed, distance } of index.vocabulary.correct(surface)) {
      addVariant(group, index.termIds.get(index.surfaceTerms.get(fixed) ?? stem(fixed)), DISCOUNT.typo[distance] ?? 0);
    }
  }
}

function addSynonyms(index: FaqIndex, query: string, tokens: Token[], groups: QueryGroup[]) {
  const sequence = matchSequence(query);
  const present = new Set(sequence);
  const added = new Set<string>();
  for (const { from, to } of synonyms()) {
    if (from.length === 0 || !containsSequence(sequence, from)) continue;
    for (const expression of to) {
      const key = expression.join(' ');
      if (expression.length === 0 || added.has(key) || expression.every((term) => present.has(term))) continue;
      added.add(key);
      const known = expression.filter((term) => index.termIds.has(term));
      if (known.length !== expression.length) continue;
      for (const term of expression) {
        if (present.has(term)) continue;
        groups.push({ weight: DISCOUNT.synonym / expression.length, variants: [{ termId: index.termIds.get(term)!, weight: 1 }], core: false });
      }
    }
  }
}
