import type { Preferences } from './preferences';

/**
 * The settings an enterprise policy may lock (`lockedSettings`), each with the options controls it freezes.
 * This list is the contract: policy.ts refuses other names (as a policy problem), the options page disables
 * these controls and refuses their writes, and README.md / public/managed_schema.json describe the same names.
 */
export const LOCKABLE_SETTINGS = {
  uiLanguage: 'Language: the choice of language for Attune’s screens',
  japaneseRegister: 'Language: the politeness of Japanese lines',
  disabledSites: 'Helpdesks: the on/off switch of every helpdesk',
  customDomains: 'Custom helpdesk domains: adding and removing domains',
  subscriptions: 'Team pack subscriptions: subscribing, removing and switching back to a previous release (policy packs can never be removed)',
  localPacks: 'Pack files: importing and removing pack files (export stays available)',
  reset: 'Reset: the reset-to-defaults button',
} as const;

export type LockableSetting = keyof typeof LOCKABLE_SETTINGS;

export const LOCKABLE_SETTING_NAMES = Object.keys(LOCKABLE_SETTINGS) as LockableSetting[];

export function isLockableSetting(name: unknown): name is LockableSetting {
  return typeof name === 'string' && Object.hasOwn(LOCKABLE_SETTINGS, name);
}

/** The known names of a stored lock list, in the order above; storage may hold anything. */
export function lockedSettingsOf(value: unknown): LockableSetting[] {
  const given = Array.isArray(value) ? value : [];
  return LOCKABLE_SETTING_NAMES.filter((name) => given.includes(name));
}

/** Preferences whose lock has the same name as the preference. */
const PREFERENCE_KEYS = ['uiLanguage', 'japaneseRegister', 'disabledSites'] as const satisfies readonly (keyof Preferences & LockableSetting)[];

/** A preferences change with the locked preferences taken out, so a locked value never changes. */
export function withoutLocked(patch: Partial<Preferences>, locked: readonly string[]): Partial<Preferences> {
  const out: Partial<Preferences> = { ...patch };
  for (const key of PREFERENCE_KEYS) if (locked.includes(key)) delete out[key];
  return out;
}

/** The locked preferences' current values, to lay over the defaults on reset. */
export function lockedPreferences(current: Preferences, locked: readonly string[]): Partial<Preferences> {
  const out: Partial<Preferences> = {};
  for (const key of PREFERENCE_KEYS) if (locked.includes(key)) Object.assign(out, { [key]: current[key] });
  return out;
}
