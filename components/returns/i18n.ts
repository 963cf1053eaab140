import en from './messages.en.json';
import ja from './messages.ja.json';

/**
 * Stand-in for the project's i18n module: reads the staging files (Chrome `_locales` messages.json
 * format) with the same signature as browser.i18n.getMessage, so the lead can swap it without touching
 * the components. The UI language follows the browser until setReturnsUiLanguage overrides it.
 */
export type UiLanguage = 'en' | 'ja';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const CATALOGS: Record<UiLanguage, Record<string, Entry>> = { en, ja };

function browserLanguage(): UiLanguage {
  const language = typeof navigator === 'undefined' ? 'en' : navigator.language;
  return /^ja\b/i.test(language) ? 'ja' : 'en';
}

let uiLanguage: UiLanguage = browserLanguage();

export function setReturnsUiLanguage(language: UiLanguage): void {
  uiLanguage = language;
}

export function getReturnsUiLanguage(): UiLanguage {
  return uiLanguage;
}

/**
 * Like getMessage: $NAME$ placeholders resolve to their content, $1…$9 to the substitutions; '' for an
 * unknown key. Components pass substitutions as an array, which utils/i18n's t also takes.
 */
export function t(key: string, substitutions?: string | string[]): string {
  const entry = CATALOGS[uiLanguage][key] ?? CATALOGS.en[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const withPlaceholders = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()] ?? entry.placeholders?.[name];
    return placeholder ? placeholder.content : whole;
  });
  return withPlaceholders.replace(/\$(\d)|\$\$/g, (whole, n: string | undefined) => (n ? (subs[Number(n) - 1] ?? '') : '$'));
}
