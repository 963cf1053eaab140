import { useEffect, useState } from 'react';
import { lockedSettingsOf, type LockableSetting } from '../../utils/settings/locked';
import { managedPolicyItem, type ManagedPolicyState } from '../../utils/subscriptions/policy';

/** The stored policy state, its lock list narrowed to the names this Attune enforces. */
export type PagePolicy = Omit<ManagedPolicyState, 'locked'> & { locked: LockableSetting[] };

const NO_POLICY: PagePolicy = { active: false, locked: [], problems: [] };

/** The stored policy with its lock list cut to the names this Attune enforces (storage may hold an older list). */
function normalize(value: ManagedPolicyState | null | undefined): PagePolicy {
  if (!value || typeof value !== 'object') return NO_POLICY;
  return {
    ...value,
    locked: lockedSettingsOf(value.locked),
    problems: Array.isArray(value.problems) ? value.problems : [],
  };
}

/** The enterprise policy as the background stored it, live: an admin's change shows while the page is open. */
export function usePolicy(): PagePolicy {
  const [policy, setPolicy] = useState<PagePolicy>(NO_POLICY);
  useEffect(() => {
    let live = true;
    void managedPolicyItem.getValue().then((value) => live && setPolicy(normalize(value)));
    const unwatch = managedPolicyItem.watch((value) => setPolicy(normalize(value)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return policy;
}

/** Whether one setting is locked now, for a section that freezes its controls. */
export function useLocked(name: LockableSetting): boolean {
  return usePolicy().locked.includes(name);
}

/**
 * The lock list read from storage at the moment of a write: the guard behind the disabled controls, for a
 * policy that arrives after the page rendered (or a click that lands before the first read finishes).
 */
export async function lockedNow(): Promise<LockableSetting[]> {
  return lockedSettingsOf((await managedPolicyItem.getValue())?.locked);
}

export async function isLockedNow(name: LockableSetting): Promise<boolean> {
  return (await lockedNow()).includes(name);
}

/** Message keys of the lockable settings' names, as the page titles them (listed in the notice and the reset text). */
export const LOCK_LABELS: Record<LockableSetting, string> = {
  uiLanguage: 'options_uiLanguageLegend',
  japaneseRegister: 'options_registerLegend',
  disabledSites: 'options_sitesHeading',
  customDomains: 'options_domainsHeading',
  subscriptions: 'options_subsHeading',
  localPacks: 'options_filesHeading',
  reset: 'options_resetHeading',
};

/** "A, B and C" in the page's language (「A、B、C」 in Japanese). */
export function formatList(lang: string, items: readonly string[]): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
}
