import { useCallback, useEffect, useState } from 'react';
import { withoutLocked } from '../../utils/settings/locked';
import { lockedNow } from './usePolicy';
import { normalizePreferences, preferencesItem, readPreferences, updatePreferences, type Preferences, type PreferencesPatch } from '../../utils/settings/preferences';

/** The stored preferences, live: a change made in another window or by reset shows up here too. */
export function usePreferences(): [Preferences | undefined, (patch: PreferencesPatch) => Promise<Preferences>] {
  const [preferences, setPreferences] = useState<Preferences>();

  useEffect(() => {
    let live = true;
    void readPreferences().then((value) => live && setPreferences(value));
    const unwatch = preferencesItem.watch((value) => setPreferences(normalizePreferences(value)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  // A locked preference is taken out of every change, even one from a control that was not yet disabled.
  const update = useCallback(async (patch: PreferencesPatch) => {
    const locked = await lockedNow();
    const next = await updatePreferences((current) => withoutLocked(typeof patch === 'function' ? patch(current) : patch, locked));
    setPreferences(next);
    return next;
  }, []);

  return [preferences, update];
}
