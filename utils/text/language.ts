export type Language = 'en' | 'ja';

const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/gu;
const LATIN = /[A-Za-z]/g;

/**
 * Guesses en or ja from the script mix. Kana/kanji count double: a Japanese message often carries Latin
 * order numbers and product names, while an English one rarely carries kana.
 */
export function detectLanguage(text: string): Language {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const japanese = sample.match(JAPANESE)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  return japanese * 2 >= latin && japanese > 0 ? 'ja' : 'en';
}
