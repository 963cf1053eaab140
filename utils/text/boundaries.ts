import { CharClass, classesOf, isWordClass } from './script';

/**
 * Where a word may start and end in folded text. Latin words follow letters/digits/inner apostrophes
 * ("don't" is one word); Japanese, written without spaces, takes every change of script (kanji →
 * hiragana, katakana → latin) plus Intl.Segmenter's word boundaries.
 *
 * Segmenting is the expensive part, so it is lazy: a position inside a same-script run is marked
 * UNKNOWN, and only when a lexicon entry actually matches there is the run of word characters around
 * it segmented (once per run; each answer is written back into the arrays).
 */
export interface Boundaries {
  text: string;
  classes: Uint8Array;
  /** start[i]: 1 when a word may start at i, 0 when not, UNKNOWN when the segmenter must say. */
  start: Uint8Array;
  /** end[j]: the same for a word ending just before j. Length n + 1. */
  end: Uint8Array;
  /** Segmenter results by the start of the run they cover, filled on demand. */
  segmented?: Map<number, Intl.Segments>;
}

export const UNKNOWN = 2;

const isJapanese = (c: number) => c === CharClass.Hiragana || c === CharClass.Katakana || c === CharClass.Kanji;

let segmenter: Intl.Segmenter | null | undefined;
function japaneseSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    // Older browsers lack Intl.Segmenter: script changes alone still give usable boundaries.
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('ja', { granularity: 'word' }) : null;
  }
  return segmenter;
}

export function computeBoundaries(text: string, segmentJapanese: boolean): Boundaries {
  const n = text.length;
  const classes = classesOf(text);
  const start = new Uint8Array(n + 1);
  const end = new Uint8Array(n + 1);
  const inside = segmentJapanese && japaneseSegmenter() ? UNKNOWN : 0;
  for (let i = 0; i < n; i++) {
    const c = classes[i]!;
    if (!isWordClass(c as CharClass)) continue;
    const p = i > 0 ? classes[i - 1]! : CharClass.Other;
    if (!isWordClass(p as CharClass)) {
      // An apostrophe between letters is inside the word ("don't"); before a word it is a quote mark.
      if (!(p === CharClass.Apostrophe && i >= 2 && isWordClass(classes[i - 2]! as CharClass))) start[i] = 1;
    } else if (p !== c && (isJapanese(p) || isJapanese(c))) {
      start[i] = 1;
      end[i] = 1;
    } else if (p === c && isJapanese(c)) {
      start[i] = inside;
      end[i] = inside;
    }
    const q = i + 1 < n ? classes[i + 1]! : CharClass.Other;
    if (!isWordClass(q as CharClass)) {
      if (!(q === CharClass.Apostrophe && i + 2 < n && isWordClass(classes[i + 2]! as CharClass))) end[i + 1] = 1;
    }
  }
  return { text, classes, start, end };
}

/**
 * Asks the segmenter whether `pos` is a word boundary, segmenting the run of word characters around it
 * once per run (Segments.containing is much cheaper than iterating every segment).
 */
function boundaryAt(b: Boundaries, pos: number): boolean {
  const { text, classes } = b;
  let a = pos;
  while (a > 0 && isWordClass(classes[a - 1]! as CharClass)) a--;
  b.segmented ??= new Map();
  let segments = b.segmented.get(a);
  if (!segments) {
    let z = pos;
    while (z < text.length && isWordClass(classes[z]! as CharClass)) z++;
    segments = japaneseSegmenter()!.segment(text.slice(a, z));
    b.segmented.set(a, segments);
  }
  return segments.containing(pos - a)?.index === pos - a;
}

export function startsWord(b: Boundaries, i: number): boolean {
  if (b.start[i] === UNKNOWN) b.start[i] = boundaryAt(b, i) ? 1 : 0;
  return b.start[i] === 1;
}

export function endsWord(b: Boundaries, j: number): boolean {
  if (b.end[j] === UNKNOWN) b.end[j] = boundaryAt(b, j) ? 1 : 0;
  return b.end[j] === 1;
}
