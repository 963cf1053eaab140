import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { customDomainsItem } from './items';
import { disabledSitesOf, PREFERENCES_KEY } from './disabled-sites';
import { lockedPreferences } from './locked';

export const UI_LANGUAGE_SETTINGS = ['auto', 'en', 'ja'] as const;
/** Japanese lines: 丁寧語 (です・ます) or 尊敬語・謙譲語 throughout. English always uses polite. */
export const JAPANESE_REGISTERS = ['polite', 'formal'] as const;

export interface Preferences {
  uiLanguage: (typeof UI_LANGUAGE_SETTINGS)[number];
  japaneseRegister: (typeof JAPANESE_REGISTERS)[number];
  /** Helpdesk ids (utils/adapters/site-ids.ts) whose content script stays idle. */
  disabledSites: string[];
}

export const DEFAULT_PREFERENCES: Readonly<Preferences> = Object.freeze({ uiLanguage: 'auto', japaneseRegister: 'polite', disabledSites: [] });

/**
 * Sync storage may hold a value written by another computer's Attune, older or newer than this one:
 * keep what is understood, default the rest, so a stray value never breaks the panel.
 */
export function normalizePreferences(value: unknown): Preferences {
  const raw = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof Preferences, unknown>>;
  const pick = <T extends string>(options: readonly T[], given: unknown, fallback: T): T => (options.includes(given as T) ? (given as T) : fallback);
  return {
    uiLanguage: pick(UI_LANGUAGE_SETTINGS, raw.uiLanguage, DEFAULT_PREFERENCES.uiLanguage),
    japaneseRegister: pick(JAPANESE_REGISTERS, raw.japaneseRegister, DEFAULT_PREFERENCES.japaneseRegister),
    disabledSites: [...new Set(disabledSitesOf(raw))].sort(),
  };
}

/**
 * Version 1 is the first shape. A later shape adds `migrations[2]` from it rather than dropping what agents
 * set; an empty map already makes @wxt-dev/storage record the version beside the first value saved.
 */
export const preferencesItem = storage.defineItem<Preferences>(`sync:${PREFERENCES_KEY}`, {
  fallback: { ...DEFAULT_PREFERENCES, disabledSites: [] },
  version: 1,
  migrations: {},
});

export async function readPreferences(): Promise<Preferences> {
  return normalizePreferences(await preferencesItem.getValue());
}

export type PreferencesPatch = Partial<Preferences> | ((current: Preferences) => Partial<Preferences>);

/** A function patch sees what is stored now, so two quick changes never undo each other. */
export async function updatePreferences(patch: PreferencesPatch): Promise<Preferences> {
  const current = await readPreferences();
  const next = normalizePreferences({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) });
  await preferencesItem.setValue(next);
  return next;
}

export function withSite(disabledSites: readonly string[], site: string, enabled: boolean): string[] {
  const others = disabledSites.filter((id) => id !== site);
  return enabled ? others : [...others, site];
}

export function setSiteEnabled(site: string, enabled: boolean): Promise<Preferences> {
  return updatePreferences(({ disabledSites }) => ({ disabledSites: withSite(disabledSites, site, enabled) }));
}

interface PermissionRemover {
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

/**
 * Everything back to defaults, except what an enterprise policy locked (utils/settings/locked.ts): a locked
 * preference keeps its value, locked custom domains keep their permissions. Custom domains that are reset go
 * with their host permissions, so no access outlives the domain that needed it; the background then
 * unregisters their content scripts (it watches the list). Refuses outright when `reset` itself is locked.
 */
export async function resetSettings(permissions: PermissionRemover = browser.permissions, locked: readonly string[] = []): Promise<void> {
  if (locked.includes('reset')) throw new Error('reset is locked by policy');
  if (!locked.includes('customDomains')) {
    const domains = await customDomainsItem.getValue();
    const origins = domains.map((domain) => domain.pattern);
    if (origins.length > 0) await permissions.remove({ origins }).catch(() => false);
    await customDomainsItem.setValue([]);
  }
  const kept = lockedPreferences(await readPreferences(), locked);
  await preferencesItem.setValue({ ...DEFAULT_PREFERENCES, disabledSites: [], ...kept });
}
