import { useDeferredValue, useMemo } from 'react';
import { searchFaq } from '../../utils/search';
import { FAQ_SEARCH_ID } from './actions';
import { FaqResult } from './FaqResult';
import { t, useUiLanguage } from '../../utils/i18n';
import { faqFor, usePanelPacks } from './packs';
import { usePanelStore } from './store';

/** FAQ search, prefilled from the customer's latest question; results as the agent types. */
export function Faq() {
  const query = usePanelStore((s) => s.faqQuery);
  const setQuery = usePanelStore((s) => s.setFaqQuery);
  const uiLanguage = useUiLanguage();
  // The conversation's language picks the FAQ: the agent answers in the customer's language.
  const language = usePanelStore((s) => s.analysis?.language) ?? uiLanguage;
  usePanelPacks(); // a new pack brings a new index
  const deferred = useDeferredValue(query);
  const { index, byId } = faqFor(language);
  const results = useMemo(() => (deferred.trim() ? searchFaq(index, deferred, { limit: 5 }) : []), [index, deferred]);
  return (
    <section className="card faq" aria-labelledby="faq-title">
      <h2 id="faq-title">{t('panel_faqTitle')}</h2>
      <div role="search" className="field">
        <label htmlFor={FAQ_SEARCH_ID}>{t('panel_faqSearchLabel')}</label>
        <input id={FAQ_SEARCH_ID} type="search" value={query} lang={language} aria-keyshortcuts="/" onChange={(event) => setQuery(event.target.value)} />
      </div>
      <p className="hint" aria-live="polite">
        {!deferred.trim() ? t('panel_faqType') : results.length === 0 ? t('panel_faqNoResults') : t('panel_faqResults', [String(results.length)])}
      </p>
      <ul className="faq-results">
        {results.map((result, position) => {
          const entry = byId.get(result.id);
          return entry ? <FaqResult key={result.id} result={result} entry={entry} language={language} position={position} /> : null;
        })}
      </ul>
    </section>
  );
}
