import { useCallback, useSyncExternalStore } from 'react';
import { browser } from 'wxt/browser';
import en from '../public/_locales/en/messages.json';
import ja from '../public/_locales/ja/messages.json';
import { normalizePreferences, preferencesItem } from './settings/preferences';

/**
 * The UI strings, in the extension's own `_locales` format. `browser.i18n.getMessage` only knows the
 * browser's language, but the options page lets the agent choose another, so both catalogues are bundled
 * and picked here; the manifest (name, description, command titles) still goes through `__MSG_…__`.
 */

export const UI_LANGUAGES = ['en', 'ja'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
/** What the agent chose in the options page: a language, or follow the browser. */
export type UiLanguageSetting = UiLanguage | 'auto';

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Record<string, MessageEntry>;

export const CATALOGS: Record<UiLanguage, Catalog> = { en: en as Catalog, ja: ja as Catalog };

/** Chrome's substitution rules: `$name$` → its placeholder's content, `$1`…`$9` → substitutions, `$$` → `$`. */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[] = []): string {
  const fill = (text: string) => text.replace(/\$\$|\$([1-9])/g, (match, digit?: string) => (digit ? (substitutions[Number(digit) - 1] ?? '') : '$'));
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]));
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$([1-9])/g, (match, name?: string, digit?: string) => {
    if (match === '$$') return '$';
    if (digit) return substitutions[Number(digit) - 1] ?? '';
    const content = placeholders[name!.toLowerCase()];
    return content === undefined ? match : fill(content);
  });
}

/** A missing key shows itself, so a gap is visible on screen and caught by tests, never a blank control. */
export function translate(lang: UiLanguage, key: string, substitutions?: readonly string[]): string {
  const entry = CATALOGS[lang][key] ?? CATALOGS.en[key];
  return entry ? formatMessage(entry, substitutions) : key;
}

export function browserUiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    // Test environments and pages without the i18n API.
    return typeof navigator === 'undefined' ? 'en' : navigator.language;
  }
}

export function resolveUiLanguage(setting: UiLanguageSetting, browserLanguage: string = browserUiLanguage()): UiLanguage {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

// Decided on first use, and the document is only touched by setUiLanguage: importing this module has
// no effect of its own (it must never change a helpdesk page's <html lang> if a bundle pulls it in).
let current: UiLanguage | undefined;
const listeners = new Set<() => void>();

function applyToDocument(lang: UiLanguage) {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

export function getUiLanguage(): UiLanguage {
  return (current ??= resolveUiLanguage('auto'));
}

/** Switches every `t()` and re-renders every component that used `useUiLanguage` / `useT`. */
export function setUiLanguage(lang: UiLanguageSetting): void {
  const next = resolveUiLanguage(lang);
  applyToDocument(next);
  if (next === getUiLanguage()) return;
  current = next;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function useUiLanguage(): UiLanguage {
  return useSyncExternalStore(subscribe, getUiLanguage, getUiLanguage);
}

/** A `t` bound to the current language, so the component re-renders when it changes. */
export function useT(): (key: string, substitutions?: string[]) => string {
  const lang = useUiLanguage();
  return useCallback((key: string, substitutions?: string[]) => translate(lang, key, substitutions), [lang]);
}

export function t(key: string, substitutions?: string[]): string {
  return translate(getUiLanguage(), key, substitutions);
}

/** The name of a language in the UI: "English", "日本語", or the tag itself for others. */
export function languageName(tag: string): string {
  const base = tag.toLowerCase().split('-')[0];
  if (base === 'en') return t('common_languageEnglish');
  if (base === 'ja') return t('common_languageJapanese');
  return tag;
}

/**
 * Keeps the UI language in step with the stored preference, in this page and when the options page
 * changes it. Call once per extension page (panel, options); returns the stop function.
 */
export function followUiLanguagePreference(): () => void {
  let settled = false;
  const apply = (value: unknown) => {
    settled = true;
    setUiLanguage(normalizePreferences(value).uiLanguage);
  };
  const unwatch = preferencesItem.watch(apply);
  void preferencesItem
    .getValue()
    .then((value) => !settled && apply(value))
    .catch(() => undefined);
  return () => {
    settled = true;
    unwatch();
  };
}
