import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { customDomainsItem } from '../../utils/settings/items';
import { addDomain, parseDomainInput, removeDomain, type CustomDomain } from '../../utils/settings/custom-domains';
import { SITE_IDS, SITE_NAMES } from '../../utils/adapters/site-ids';
import { useStatus } from './useStatus';
import { useT, useUiLanguage } from '../../utils/i18n';
import { domainErrorMessage } from './domain-errors';
import { isLockedNow, useLocked } from './usePolicy';
import { LockedHint } from './LockedHint';

/** Adds a self-hosted helpdesk: the browser asks the agent for that one host, nothing more. */
export function CustomDomains() {
  const t = useT();
  const lang = useUiLanguage();
  const id = useId();
  const [domains, setDomains] = useState<CustomDomain[]>([]);
  const [input, setInput] = useState('');
  const [site, setSite] = useState('');
  const [message, setMessage] = useStatus();
  const locked = useLocked('customDomains');
  const lockedBy = locked ? `${id}-locked` : undefined;

  useEffect(() => {
    void customDomainsItem.getValue().then(setDomains);
    return customDomainsItem.watch((next) => setDomains(next ?? []));
  }, []);

  const add = async () => {
    if (locked) return;
    const parsed = parseDomainInput(input);
    if (!parsed.ok) {
      const error = domainErrorMessage(input);
      return setMessage(error.key, error.substitutions);
    }
    // The permission prompt must come straight from the click, before anything else is awaited.
    const granted = await browser.permissions.request({ origins: [parsed.pattern] }).catch(() => false);
    if (!granted) return setMessage('options_domainDenied', [parsed.host]);
    // The policy may have locked the list while the prompt was open: no domain, so no access either.
    if (await isLockedNow('customDomains')) {
      if (!(await customDomainsItem.getValue()).some((domain) => domain.pattern === parsed.pattern)) await browser.permissions.remove({ origins: [parsed.pattern] }).catch(() => false);
      return setMessage('options_lockedMeanwhile');
    }
    await customDomainsItem.setValue(addDomain(await customDomainsItem.getValue(), parsed.pattern, new Date(), site || undefined));
    setInput('');
    setMessage('options_domainAdded', [parsed.host]);
  };

  const remove = async (pattern: string) => {
    if (await isLockedNow('customDomains')) return setMessage('options_lockedMeanwhile');
    await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    await customDomainsItem.setValue(removeDomain(await customDomainsItem.getValue(), pattern));
    setMessage('options_domainRemoved', [pattern]);
  };

  const siteName = (domain: CustomDomain) => (domain.site ? (SITE_NAMES[domain.site as keyof typeof SITE_NAMES] ?? domain.site) : t('options_domainDetected'));
  const date = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(iso));

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('options_domainsHeading')}</h2>
      <p>{t('options_domainsIntro')}</p>
      {locked && <LockedHint id={`${id}-locked`} />}
      <form
        className="domain-form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-domain`}>{t('options_domainLabel')}</label>
          <input id={`${id}-domain`} value={input} onChange={(event) => setInput(event.target.value)} placeholder={t('options_domainPlaceholder')} autoComplete="off" spellCheck={false} inputMode="url" disabled={locked} aria-describedby={lockedBy} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-site`}>{t('options_domainSiteLabel')}</label>
          <select id={`${id}-site`} value={site} onChange={(event) => setSite(event.target.value)} disabled={locked} aria-describedby={lockedBy}>
            <option value="">{t('options_domainDetect')}</option>
            {SITE_IDS.map((siteId) => (
              <option key={siteId} value={siteId}>
                {SITE_NAMES[siteId]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={locked} aria-describedby={lockedBy}>
          {t('options_domainAdd')}
        </button>
      </form>
      {domains.length === 0 ? (
        <p className="empty">{t('options_domainsEmpty')}</p>
      ) : (
        <ul className="domains" aria-label={t('options_domainListLabel')}>
          {domains.map((domain) => (
            <li key={domain.pattern}>
              <span className="domain">{domain.pattern}</span>
              <span className="meta">
                {siteName(domain)} · {t('options_domainAddedOn', [date(domain.addedAt)])}
              </span>
              <button type="button" aria-label={t('options_domainRemoveLabel', [domain.pattern])} disabled={locked} aria-describedby={lockedBy} onClick={() => void remove(domain.pattern)}>
                {t('options_domainRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="status">{message}</p>
    </section>
  );
}
