/**
 * Folds text for matching while remembering where every folded character came from, so a match found in
 * the folded text maps back to the exact span of the message as the helpdesk showed it.
 *
 * Folding: lowercase; curly/modifier apostrophes → '; full-width ASCII and half-width katakana → their
 * usual forms (NFKC, per character so offsets stay simple); a hyphen between letters → space ("fed-up"
 * = "fed up"); whitespace runs → one space, or one newline when they hold a blank line (a paragraph break
 * ends a clause, a single wrapped line does not).
 */
export interface Folded {
  text: string;
  /** Source offset where folded unit i starts. */
  from: Int32Array;
  /** Source offset where folded unit i ends (exclusive). */
  to: Int32Array;
}

const APOSTROPHES = new Set([0x2019, 0x2018, 0x02bc, 0xff07, 0x2032]);

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000 || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0xfeff;
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/** Folds one code point (given as a string) to its matching form. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
  if (APOSTROPHES.has(code)) return "'";
  if (code >= 0xff01 && code <= 0xff5e) return ch.normalize('NFKC').toLowerCase();
  if (code >= 0xff61 && code <= 0xff9f) return ch.normalize('NFKC');
  return ch.toLowerCase();
}

export function fold(source: string): Folded {
  const n = source.length;
  // Folding rarely changes length (lowercasing "İ" is the exception), so size for n and grow if needed.
  let codes = new Uint16Array(n + 8);
  let from = new Int32Array(n + 8);
  let to = new Int32Array(n + 8);
  let len = 0;
  const emit = (code: number, start: number, end: number) => {
    if (len === codes.length) {
      const c2 = new Uint16Array(len * 2);
      c2.set(codes);
      codes = c2;
      const f2 = new Int32Array(len * 2);
      f2.set(from);
      from = f2;
      const t2 = new Int32Array(len * 2);
      t2.set(to);
      to = t2;
    }
    codes[len] = code;
    from[len] = start;
    to[len] = end;
    len++;
  };
  let i = 0;
  while (i < n) {
    const code = source.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) emit(code + 32, i, i + 1);
      else if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) i = spaceRun(source, i, emit) - 1;
      else if (code === 0x2d && i > 0 && i + 1 < n && isLetterish(source, i - 1) && isLetterish(source, i + 1)) emit(0x20, i, i + 1);
      else if (code === 0x27 && i > 0 && isLetterish(source, i - 1) && (i + 1 >= n || !isLetterish(source, i + 1))) {
        // A closing apostrophe ("wits' end", 'quoted') is not part of the word: "wits' end" = "wits end".
      } else emit(code, i, i + 1);
      i++;
      continue;
    }
    // Kana and kanji need no folding: the common Japanese case stays cheap.
    if (code >= 0x3041 && code <= 0x9fff && code !== 0x3000) {
      emit(code, i, i + 1);
      i++;
      continue;
    }
    if (isSpace(code)) {
      i = spaceRun(source, i, emit);
      continue;
    }
    if ((code === 0x2010 || code === 0x2011) && i > 0 && i + 1 < n && isLetterish(source, i - 1) && isLetterish(source, i + 1)) {
      emit(0x20, i, i + 1);
      i++;
      continue;
    }
    if (APOSTROPHES.has(code) && i > 0 && isLetterish(source, i - 1) && (i + 1 >= n || !isLetterish(source, i + 1))) {
      i++;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    const folded = foldChar(source.slice(i, i + width));
    for (let k = 0; k < folded.length; k++) emit(folded.charCodeAt(k), i, i + width);
    i += width;
  }
  let text = '';
  for (let k = 0; k < len; k += 4096) text += String.fromCharCode.apply(null, codes.subarray(k, Math.min(len, k + 4096)) as unknown as number[]);
  return { text, from: from.subarray(0, len), to: to.subarray(0, len) };
}

/** Emits one space (or one newline for a blank line) for the whitespace run at i; returns its end. */
function spaceRun(source: string, i: number, emit: (code: number, start: number, end: number) => void): number {
  let j = i;
  let newlines = 0;
  while (j < source.length && isSpace(source.charCodeAt(j))) {
    if (source.charCodeAt(j) === 0x0a) newlines++;
    j++;
  }
  emit(newlines >= 2 ? 0x0a : 0x20, i, j);
  return j;
}

function isLetterish(source: string, i: number): boolean {
  const code = source.charCodeAt(i);
  if (code < 0x80) return isAsciiAlnum(code);
  return !isSpace(code) && /[\p{L}\p{N}]/u.test(source[i]!);
}

/** Folds a lexicon entry the same way as message text, without the offset bookkeeping. */
export function foldTerm(term: string): string {
  return fold(term.trim()).text;
}

/** Maps a folded span [start, end) back to source offsets. */
export function toSource(folded: Folded, start: number, end: number): { start: number; end: number } {
  return { start: folded.from[start]!, end: folded.to[end - 1]! };
}
