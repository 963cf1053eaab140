import type { Preferences, PreferencesPatch } from '../../utils/settings/preferences';

/** What every preferences section gets from the page: the stored values and a way to change them. */
export interface SectionProps {
  preferences: Preferences;
  update: (patch: PreferencesPatch) => Promise<Preferences>;
}
