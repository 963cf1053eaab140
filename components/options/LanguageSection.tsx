import { useId } from 'react';
import { useStatus } from './useStatus';
import { resolveUiLanguage, setUiLanguage, useT } from '../../utils/i18n';
import type { Preferences } from '../../utils/settings/preferences';
import type { SectionProps } from './section';
import { useLocked } from './usePolicy';
import { LockedHint } from './LockedHint';

/** The UI language (independent of the conversation's) and the politeness of Japanese lines. */
export function LanguageSection({ preferences, update }: SectionProps) {
  const t = useT();
  const id = useId();
  const [status, setStatus] = useStatus();
  const browserLanguage = resolveUiLanguage('auto') === 'ja' ? t('common_languageJapanese') : t('common_languageEnglish');

  const uiLocked = useLocked('uiLanguage');
  const registerLocked = useLocked('japaneseRegister');

  const save = async (patch: Partial<Preferences>) => {
    const next = await update(patch);
    setUiLanguage(next.uiLanguage);
    // update() leaves out a preference the policy locked meanwhile: then nothing was saved.
    setStatus((Object.keys(patch) as (keyof Preferences)[]).every((key) => next[key] === patch[key]) ? 'common_saved' : 'options_lockedMeanwhile');
  };

  const languages = [
    { value: 'auto', label: t('options_uiLanguageAuto', [browserLanguage]) },
    { value: 'en', label: t('common_languageEnglish'), lang: 'en' },
    { value: 'ja', label: t('common_languageJapanese'), lang: 'ja' },
  ] as const;
  const registers = [
    { value: 'polite', label: t('options_registerPolite'), example: t('options_registerPoliteExample') },
    { value: 'formal', label: t('options_registerFormal'), example: t('options_registerFormalExample') },
  ] as const;

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('options_languageHeading')}</h2>
      <fieldset aria-describedby={`${id}-ui-hint`}>
        <legend>{t('options_uiLanguageLegend')}</legend>
        {uiLocked && <LockedHint id={`${id}-ui-locked`} />}
        {languages.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={`${id}-ui`}
              value={option.value}
              checked={preferences.uiLanguage === option.value}
              disabled={uiLocked}
              aria-describedby={uiLocked ? `${id}-ui-locked` : undefined}
              onChange={() => void save({ uiLanguage: option.value })}
            />
            <span lang={'lang' in option ? option.lang : undefined}>{option.label}</span>
          </label>
        ))}
        <p id={`${id}-ui-hint`} className="hint">{t('options_uiLanguageHint')}</p>
      </fieldset>
      <fieldset aria-describedby={`${id}-register-hint`}>
        <legend>{t('options_registerLegend')}</legend>
        {registerLocked && <LockedHint id={`${id}-register-locked`} />}
        {registers.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={`${id}-register`}
              value={option.value}
              checked={preferences.japaneseRegister === option.value}
              disabled={registerLocked}
              aria-describedby={registerLocked ? `${id}-register-locked` : undefined}
              onChange={() => void save({ japaneseRegister: option.value })}
            />
            <span>
              {option.label}
              <span className="example">{option.example}</span>
            </span>
          </label>
        ))}
        <p id={`${id}-register-hint`} className="hint">{t('options_registerHint')}</p>
      </fieldset>
      <p role="status" className="status">{status}</p>
    </section>
  );
}
