/**
 * Character classes the matcher needs, computed from UTF-16 code units without regexes on the hot path.
 * Japanese has no spaces, so a change of script (kanji → hiragana, latin → katakana) is the cheapest
 * word-boundary signal we have; Intl.Segmenter adds the rest.
 */
export const CharClass = {
  Other: 0, // spaces, punctuation, symbols
  Latin: 1, // letters and digits of alphabetic scripts
  Hiragana: 2,
  Katakana: 3,
  Kanji: 4,
  Apostrophe: 5,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

const LETTER = /[\p{L}\p{N}\p{M}]/u;

export function charClass(code: number): CharClass {
  if (code < 0x80) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) return CharClass.Latin;
    return code === 0x27 ? CharClass.Apostrophe : CharClass.Other;
  }
  if (code >= 0x3041 && code <= 0x309f) return code === 0x309b || code === 0x309c ? CharClass.Other : CharClass.Hiragana;
  if (code >= 0x30a0 && code <= 0x30ff) return code === 0x30fb ? CharClass.Other : CharClass.Katakana; // ・ is punctuation
  if (code >= 0xff66 && code <= 0xff9f) return CharClass.Katakana;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)) return CharClass.Kanji;
  if (code === 0x3005 || code === 0x3006 || code === 0x3007) return CharClass.Kanji; // 々 〆 〇
  if (code >= 0xd800 && code <= 0xdfff) return CharClass.Latin; // astral letters (rare kanji, emoji): treat as word characters
  if (code >= 0x3000 && code <= 0x303f) return CharClass.Other; // CJK punctuation 、。「」
  if (code >= 0xff00 && code <= 0xffef) return CharClass.Other; // normalized away before we get here
  return LETTER.test(String.fromCharCode(code)) ? CharClass.Latin : CharClass.Other;
}

export function isWordClass(c: CharClass): boolean {
  return c >= CharClass.Latin && c <= CharClass.Kanji;
}

export function classesOf(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = charClass(text.charCodeAt(i));
  return out;
}
