import { useId } from 'react';
import { useT } from '../../utils/i18n';

/** A plain statement of what Attune reads, where it goes (nowhere) and the only network traffic. */
export function PrivacySection() {
  const t = useT();
  const id = useId();
  const points = [
    ['options_privacyReadTitle', 'options_privacyRead'],
    ['options_privacyLocalTitle', 'options_privacyLocal'],
    ['options_privacyNetworkTitle', 'options_privacyNetwork'],
    ['options_privacyStoredTitle', 'options_privacyStored'],
  ] as const;

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('options_privacyHeading')}</h2>
      <dl className="privacy">
        {points.map(([term, text]) => (
          <div key={term}>
            <dt>{t(term)}</dt>
            <dd>{t(text)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
