/**
 * Text folded for matching (NFKC, lower case) together with, for every UTF-16 unit of the folded text,
 * the index in the original text it came from, so matches can be highlighted in the text as written.
 */
export interface FoldedText {
  text: string;
  /** `origin[i]` is the original index of folded unit i; `origin[text.length]` is the original length. */
  origin: number[];
}

const COMBINING_MARK = /^\p{M}$/u;

/**
 * NFKC per code point keeps the offset map exact: full-width Latin becomes ASCII, half-width katakana
 * becomes full-width, and a combining mark (a half-width dakuten, a decomposed accent) is composed onto the
 * character before it, as whole-string NFKC does, so both folds give the same text in practice.
 */
export function foldWithOffsets(original: string): FoldedText {
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < original.length; ) {
    const code = original.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (code < 0x80) {
      text += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : original[i];
      origin.push(i);
    } else {
      const folded = String.fromCodePoint(code).normalize('NFKC').toLowerCase();
      if (COMBINING_MARK.test(folded) && text.length > 0) {
        const composed = (text[text.length - 1]! + folded).normalize('NFC');
        if (composed.length === 1) {
          text = text.slice(0, -1) + composed;
          i += width;
          continue;
        }
      }
      for (let unit = 0; unit < folded.length; unit++) origin.push(i);
      text += folded;
    }
    i += width;
  }
  origin.push(original.length);
  return { text, origin };
}

/** Folding without the offset map, for queries and vocabulary. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
