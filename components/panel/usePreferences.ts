import { useEffect } from 'react';
import { followUiLanguagePreference } from '../../utils/i18n';
import { normalizePreferences, preferencesItem } from '../../utils/settings/preferences';
import { usePanelStore } from './store';

/** Keeps the UI language and the Japanese register in step with the options page, live. */
export function usePreferences(): void {
  useEffect(() => {
    const stopLanguage = followUiLanguagePreference();
    const apply = (value: unknown) => usePanelStore.getState().setRegister(normalizePreferences(value).japaneseRegister);
    const unwatch = preferencesItem.watch(apply);
    void preferencesItem
      .getValue()
      .then(apply)
      .catch(() => undefined);
    return () => {
      stopLanguage();
      unwatch();
    };
  }, []);
}
