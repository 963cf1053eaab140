import { useEffect, useId, useState } from 'react';
import { useT, useUiLanguage } from '../../utils/i18n';
import { readSubscriptions, subscriptionsItem } from '../../utils/subscriptions/store';
import { formatList, LOCK_LABELS, usePolicy } from './usePolicy';

/**
 * What the organization's policy sets, at the top of the page: the team packs it adds, the check interval,
 * the locked settings, and the entries it had to skip (by path, for the administrator). A plain section,
 * not a live region: it describes the page rather than announcing a change.
 */
export function PolicyNotice() {
  const t = useT();
  const lang = useUiLanguage();
  const id = useId();
  const policy = usePolicy();
  const [policyPacks, setPolicyPacks] = useState(0);

  useEffect(() => {
    const refresh = () => void readSubscriptions().then((subs) => setPolicyPacks(subs.filter((sub) => sub.addedBy === 'policy').length));
    refresh();
    return subscriptionsItem.watch(refresh);
  }, []);

  if (!policy.active) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className="policy-notice">
      <h2 id={`${id}-heading`}>{t('options_policyHeading')}</h2>
      <p>{t('options_policyIntro')}</p>
      <ul className="policy-facts">
        <li>{t('options_policyPacks', [String(policyPacks)])}</li>
        {policy.intervalMinutes !== undefined && <li>{t('options_policyInterval', [String(policy.intervalMinutes)])}</li>}
        <li>
          {policy.locked.length > 0
            ? t('options_policyLocked', [formatList(lang, policy.locked.map((name) => t(LOCK_LABELS[name])))])
            : t('options_policyNothingLocked')}
        </li>
      </ul>
      {policy.problems.length > 0 && (
        <>
          <p id={`${id}-problems`}>{t('options_policyProblems')}</p>
          {/* The messages come from the policy check in English, like the pack problems: they are for the administrator. */}
          <ul className="problems" aria-labelledby={`${id}-problems`}>
            {policy.problems.map((problem, i) => (
              <li key={i}>
                <code>{problem.path || t('options_policyProblemRoot')}</code> — {problem.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
