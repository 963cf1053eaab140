import { useEffect } from 'react';
import { useT } from '../../utils/i18n';
import { usePreferences } from './usePreferences';
import { LanguageSection } from './LanguageSection';
import { SitesSection } from './SitesSection';
import { CustomDomains } from './CustomDomains';
import { PacksSection } from './PacksSection';
import { Subscriptions } from './Subscriptions';
import { ShortcutsSection } from './ShortcutsSection';
import { PrivacySection } from './PrivacySection';
import { ResetSection } from './ResetSection';
import { PolicyNotice } from './PolicyNotice';

/** The options page: one column of sections, each saving as the agent changes it. */
export function OptionsApp() {
  const t = useT();
  const [preferences, update] = usePreferences();

  useEffect(() => {
    document.title = t('options_pageTitle');
  }, [t]);

  return (
    <main className="options" aria-busy={preferences ? undefined : true}>
      <h1>{t('options_pageTitle')}</h1>
      <p className="hint">{t('options_intro')}</p>
      <PolicyNotice />
      {preferences ? (
        <>
          <LanguageSection preferences={preferences} update={update} />
          <SitesSection preferences={preferences} update={update} />
        </>
      ) : (
        <p className="loading">{t('common_loading')}</p>
      )}
      <CustomDomains />
      <PacksSection />
      <Subscriptions />
      <ShortcutsSection />
      <PrivacySection />
      <ResetSection />
    </main>
  );
}
