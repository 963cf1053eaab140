import { useId } from 'react';
import type { OptionStatus, ReturnOptionId } from '../../utils/pack/schema';
import type { ReturnOption } from '../../utils/policy';
import { formatMoney } from '../../utils/policy/explain';
import { t } from './i18n';

interface Props {
  option: ReturnOption;
  /** The customer-facing line, in the conversation's language. */
  line: string;
  lineLanguage: 'en' | 'ja';
  currency: string;
  onInsert(text: string): void;
  onCopy(text: string): void;
}

/** Status as an icon and a word, never colour alone. */
const STATUS: Record<OptionStatus, { icon: string; key: string }> = {
  allowed: { icon: '✓', key: 'returns_status_allowed' },
  'needs-approval': { icon: '◔', key: 'returns_status_needsApproval' },
  'not-allowed': { icon: '✕', key: 'returns_status_notAllowed' },
};

export const optionName = (id: ReturnOptionId) => t(`returns_option_${id.replace(/-/g, '_')}`);

/** One return option: status, why (the clauses), fees, who approves, and the line to send. */
export function OptionCard({ option, line, lineLanguage, currency, onInsert, onCopy }: Props) {
  const titleId = useId();
  const status = STATUS[option.status];
  const name = optionName(option.id);
  return (
    <article className={`returns-card is-${option.status}${option.requested ? ' is-requested' : ''}`} aria-labelledby={titleId}>
      <header className="returns-card-head">
        <h3 id={titleId}>{name}</h3>
        <span className="returns-status" data-status={option.status}>
          <span aria-hidden="true">{status.icon} </span>
          {t(status.key)}
        </span>
        {option.requested && <span className="returns-requested">{t('returns_requested')}</span>}
      </header>
      {option.approver && (
        <p className="returns-approver">
          {option.youCanApprove ? t('returns_youCanApprove') : t('returns_approver', [t(`returns_role_${option.approver}`)])}
        </p>
      )}
      <ul className="returns-facts-list">
        {option.fees.length === 0 && option.status !== 'not-allowed' && <li>{t('returns_feesNone')}</li>}
        {option.fees.map((fee) => (
          <li key={fee.label}>
            {t('returns_fee', [fee.label, fee.amount === null ? t('returns_feeNoAmount') : formatMoney(lineLanguage, currency, fee.amount)])}
            {fee.note && <span className="returns-note"> {fee.note}</span>}
          </li>
        ))}
        {option.prepaidLabel && <li>{t('returns_prepaidLabel')}</li>}
      </ul>
      <ul className="returns-reasons" aria-label={t('returns_why')} lang={lineLanguage}>
        {option.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p className="returns-line" lang={lineLanguage}>
        {line}
      </p>
      <div className="returns-actions">
        <button type="button" onClick={() => onInsert(line)} aria-label={t('returns_insertLabel', [name])}>
          {t('returns_insert')}
        </button>
        <button type="button" onClick={() => onCopy(line)} aria-label={t('returns_copyLabel', [name])}>
          {t('returns_copy')}
        </button>
      </div>
    </article>
  );
}
