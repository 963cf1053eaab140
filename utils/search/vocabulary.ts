import Fuse from 'fuse.js';

/**
 * Fuse.js is used where it is cheap: over the few thousand distinct words of questions and tags, not over
 * long answers. It proposes spellings near a word the index does not know; `editDistance` then keeps the
 * ones that are really one or two keystrokes away (Fuse's Bitap also accepts substrings, which is prefix
 * search, not typo correction).
 */
export const VOCABULARY_FUSE_OPTIONS = {
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.4,
  minMatchCharLength: 2,
} as const;

/**
 * One prebuilt Fuse index per first letter. Fuse costs about 2 µs per word searched, so searching all of a
 * 2,000-word vocabulary for every unknown word would cost milliseconds; people rarely mistype the first
 * letter, so searching the words that share it keeps a lookup near 0.1 ms. (A first-letter typo is then
 * not corrected: a deliberate trade.)
 */
export class Vocabulary {
  private readonly byInitial = new Map<string, Fuse<string>>();
  private readonly memo = new Map<string, Correction[]>();
  readonly size: number;

  constructor(words: string[]) {
    const groups = new Map<string, string[]>();
    for (const word of words) {
      const list = groups.get(word[0]!);
      if (list) list.push(word);
      else groups.set(word[0]!, [word]);
    }
    for (const [initial, list] of groups) this.byInitial.set(initial, new Fuse(list, VOCABULARY_FUSE_OPTIONS, Fuse.createIndex([], list)));
    this.size = words.length;
  }

  /** Known words within the allowed number of typos of `word`, closest first. */
  correct(word: string, limit = 3): Correction[] {
    const cached = this.memo.get(word);
    if (cached) return cached;
    const allowed = allowedTypos(word.length);
    const found: Correction[] = [];
    const fuse = this.byInitial.get(word[0]!);
    if (fuse && allowed > 0 && word.length <= 32) {
      for (const hit of fuse.search(word, { limit: 16 })) {
        const distance = editDistance(word, hit.item, allowed);
        if (distance <= allowed && distance > 0) found.push({ surface: hit.item, distance });
      }
    }
    found.sort((a, b) => a.distance - b.distance || (a.surface < b.surface ? -1 : a.surface > b.surface ? 1 : 0));
    const result = found.slice(0, limit);
    // Typing repeats the same words; a bounded memo keeps lookups free the second time.
    if (this.memo.size > 2000) this.memo.clear();
    this.memo.set(word, result);
    return result;
  }
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), capped. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
  }
  return d[rows * cols - 1]!;
}

/** How many typos a word of this length may carry and still be corrected. */
export function allowedTypos(length: number): number {
  return length < 4 ? 0 : length < 7 ? 1 : 2;
}

export interface Correction {
  surface: string;
  distance: number;
}
