export type Language = 'en' | 'ja';

/**
 * Guesses en or ja from the script mix. Kana/kanji count double: a Japanese message often carries Latin
 * order numbers and product names, while an English one rarely carries kana.
 */
export function detectLanguage(text: string): Language {
  return detectLanguageDetailed(text).language;
}

export interface LanguageGuess {
  language: Language;
  /** False when the text has too few letters of either script to tell ("OK", "#1234", "👍"). */
  confident: boolean;
}

export function detectLanguageDetailed(text: string): LanguageGuess {
  const limit = Math.min(text.length, 4000);
  let japanese = 0;
  let kana = false;
  let latin = 0;
  // A plain loop: this runs on every message, and regex match arrays are the costly part.
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    } else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f)) {
      japanese++;
      kana = true;
    } else if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)) japanese++;
  }
  const language: Language = japanese * 2 >= latin && japanese > 0 ? 'ja' : 'en';
  // Kanji alone could be Chinese, but any kana settles it; a few Latin letters are an order number or "OK".
  const confident = language === 'ja' ? kana || japanese >= 4 : latin >= 6;
  return { language, confident };
}
