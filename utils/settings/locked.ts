import type { Preferences } from './preferences';

/**
 * The settings an enterprise policy may lock (`lockedSettings`). This list is the contract: policy.ts refuses
 * other names (as a policy problem), the options page disables their controls (components/options/usePolicy.ts
 * LOCK_LABELS names them) and refuses their writes, and README.md / public/managed_schema.json describe each.
 */
export const LOCKABLE_SETTING_NAMES = ['uiLanguage', 'japaneseRegister', 'disabledSites', 'customDomains', 'subscriptions', 'localPacks', 'reset'] as const;

export type LockableSetting = (typeof LOCKABLE_SETTING_NAMES)[number];

export function isLockableSetting(name: unknown): name is LockableSetting {
  return (LOCKABLE_SETTING_NAMES as readonly unknown[]).includes(name);
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
