import { useId } from 'react';
import { useStatus } from './useStatus';
import { useT } from '../../utils/i18n';
import { SITE_IDS, SITE_NAMES } from '../../utils/adapters/site-ids';
import { withSite } from '../../utils/settings/preferences';
import type { SectionProps } from './section';
import { useLocked } from './usePolicy';
import { LockedHint } from './LockedHint';

/** A switch per helpdesk; a switched-off helpdesk's content script stays idle (utils/content/main.ts). */
export function SitesSection({ preferences, update }: SectionProps) {
  const t = useT();
  const id = useId();
  const [status, setStatus] = useStatus();

  const locked = useLocked('disabledSites');

  const toggle = async (site: (typeof SITE_IDS)[number], enabled: boolean) => {
    if (locked) return;
    const next = await update(({ disabledSites }) => ({ disabledSites: withSite(disabledSites, site, enabled) }));
    // update() leaves the switches alone when the policy locked them meanwhile.
    if (next.disabledSites.includes(site) === enabled) return setStatus('options_lockedMeanwhile');
    setStatus(enabled ? 'options_siteOn' : 'options_siteOff', [SITE_NAMES[site]]);
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('options_sitesHeading')}</h2>
      <p id={`${id}-intro`}>{t('options_sitesIntro')}</p>
      <fieldset aria-describedby={`${id}-intro`}>
        <legend>{t('options_sitesLegend')}</legend>
        {locked && <LockedHint id={`${id}-locked`} />}
        <ul className="sites">
          {SITE_IDS.map((site) => (
            <li key={site}>
              <label className="choice">
                <input
                  type="checkbox"
                  checked={!preferences.disabledSites.includes(site)}
                  disabled={locked}
                  aria-describedby={locked ? `${id}-locked` : undefined}
                  onChange={(event) => void toggle(site, event.target.checked)}
                />
                <span>{SITE_NAMES[site]}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p role="status" className="status">{status}</p>
    </section>
  );
}
