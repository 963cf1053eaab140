/** Character classes the tokenizer splits on. Checked on NFKC-folded text. */
export const enum CharClass {
  Other = 0,
  Word = 1,
  Kanji = 2,
  Hiragana = 3,
  Katakana = 4,
}

export function charClass(code: number): CharClass {
  if (code < 0x80) {
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return CharClass.Word;
    return CharClass.Other;
  }
  if (code >= 0x3041 && code <= 0x309f) return CharClass.Hiragana;
  // The long-vowel mark and iteration marks belong to the katakana word they sit in.
  if ((code >= 0x30a0 && code <= 0x30ff) || code === 0x31f0) return CharClass.Katakana;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === 0x3005 || (code >= 0xf900 && code <= 0xfaff) || (code >= 0x20000 && code <= 0x2ffff)) return CharClass.Kanji;
  // Latin with diacritics, Cyrillic, Greek…: treated as word characters.
  if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) return CharClass.Word;
  if (/\p{L}|\p{N}|\p{M}/u.test(String.fromCodePoint(code))) return CharClass.Word;
  return CharClass.Other;
}
