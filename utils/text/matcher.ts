import { endsWord, startsWord, type Boundaries } from './boundaries';
import { CharClass, isWordClass } from './script';
import { foldTerm } from './normalize';

/**
 * A character trie over folded lexicon entries. One walk per possible word start finds every entry that
 * begins there; boundary rules then decide which of them are whole words.
 */
interface TrieNode<T> {
  next: Map<number, TrieNode<T>> | null;
  values: T[] | null;
}

export interface Lexicon<T> {
  root: TrieNode<T>;
  size: number;
}

export interface Match<T> {
  /** Folded-text offsets. */
  start: number;
  end: number;
  values: T[];
}

export function buildLexicon<T>(entries: Iterable<readonly [string, T]>): Lexicon<T> {
  const root: TrieNode<T> = { next: null, values: null };
  let size = 0;
  for (const [raw, value] of entries) {
    const key = foldTerm(raw);
    if (!key) continue;
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: null, values: null }));
      node = child;
    }
    (node.values ??= []).push(value);
    size++;
  }
  return { root, size };
}

export interface FindOptions {
  /**
   * Japanese modifiers (「ません」「ない」) sit inside segmenter words (「いま|せん」), so for Japanese
   * characters they may start and end anywhere; Latin ones still need word boundaries.
   */
  relaxJapanese?: boolean;
}

const japanese = (c: number) => c === CharClass.Hiragana || c === CharClass.Katakana || c === CharClass.Kanji;

/** Every whole-word occurrence of every entry, possibly overlapping. */
export function findAll<T>(lexicon: Lexicon<T>, text: string, bounds: Boundaries, options: FindOptions = {}): Match<T>[] {
  const out: Match<T>[] = [];
  if (lexicon.size === 0) return out;
  const { classes, start: starts } = bounds;
  const relax = options.relaxJapanese === true;
  const n = text.length;
  const rootNext = lexicon.root.next;
  if (!rootNext) return out;
  for (let i = 0; i < n; i++) {
    const c = classes[i]!;
    // Entries led by punctuation (":(", "!!!") may start anywhere; words only at a word start.
    if (isWordClass(c as CharClass) && starts[i] === 0 && !(relax && japanese(c))) continue;
    let node = rootNext.get(text.charCodeAt(i));
    if (!node) continue;
    // The segmenter is only asked once an entry has matched here (most starts match nothing).
    const mustStart = isWordClass(c as CharClass) && !(relax && japanese(c));
    let startOk: boolean | undefined = mustStart ? undefined : true;
    let j = i + 1;
    while (node) {
      if (node.values) {
        const last = classes[j - 1]!;
        // A term ending in hiragana is a stem (「困っ」) and may run on; kanji, katakana and Latin endings
        // must close a word, so 「不安」 does not fire inside 「不安定」.
        const endOk =
          !isWordClass(last as CharClass) ||
          last === CharClass.Hiragana ||
          (relax && japanese(last)) ||
          endsWord(bounds, j);
        if (endOk) {
          startOk ??= startsWord(bounds, i);
          if (!startOk) break;
          out.push({ start: i, end: j, values: node.values });
        }
      }
      if (j >= n || !node.next) break;
      node = node.next.get(text.charCodeAt(j));
      j++;
    }
  }
  return out;
}

/** Resolves overlaps: the longest match wins, then the earliest; the result is sorted by position. */
export function longestFirst<T>(matches: Match<T>[]): Match<T>[] {
  if (matches.length <= 1) return matches.slice();
  const sorted = matches.slice().sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  if (sorted.length <= 24) {
    const few: Match<T>[] = [];
    for (const m of sorted) if (few.every((t) => m.end <= t.start || m.start >= t.end)) few.push(m);
    return few.sort((a, b) => a.start - b.start);
  }
  let size = 0;
  for (const m of matches) if (m.end > size) size = m.end;
  // One flag per text position keeps this linear, however many matches a long message has.
  const used = new Uint8Array(size);
  const taken: Match<T>[] = [];
  for (const m of sorted) {
    let free = true;
    for (let k = m.start; k < m.end && free; k++) if (used[k]) free = false;
    if (!free) continue;
    used.fill(1, m.start, m.end);
    taken.push(m);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Index of the first match starting at or after `pos` in a list sorted by start. */
export function firstFrom<T>(list: readonly Match<T>[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
