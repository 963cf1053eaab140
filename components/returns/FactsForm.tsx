import { ITEM_CATEGORIES, ITEM_CONDITIONS, RETURN_OPTIONS, type Role } from '../../utils/pack/schema';
import type { ConversationMessage } from '../../utils/conversation/model';
import type { Evidence, PrefillField } from '../../utils/policy/prefill';
import type { DraftField, FactsDraft } from './draft';
import { FactField } from './FactField';
import { t } from './i18n';

interface Props {
  draft: FactsDraft;
  evidence: Partial<Record<PrefillField, Evidence>>;
  messages?: readonly ConversationMessage[];
  currency: string;
  problems: Partial<Record<DraftField, string>>;
  onChange<F extends DraftField>(field: F, value: FactsDraft[F]): void;
}

/** Agents pick between these two in the panel; managers use the CLI or a lead's panel. */
const PANEL_ROLES: readonly Role[] = ['agent', 'lead'];

/** The order facts as one wrapping row of small controls. */
export function FactsForm({ draft, evidence, messages, currency, problems, onChange }: Props) {
  const money = currency === 'JPY' ? '1' : '0.01';
  const number = (field: 'daysSinceDelivery' | 'price' | 'goodwillAmount', label: string, step: string) => (
    <FactField label={label} evidence={field === 'goodwillAmount' ? undefined : evidence[field]} messages={messages} problem={problems[field]}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={0}
          step={step}
          value={draft[field]}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => onChange(field, event.target.value)}
        />
      )}
    </FactField>
  );
  const select = <F extends 'condition' | 'category' | 'request' | 'role'>(
    field: F,
    label: string,
    values: readonly FactsDraft[F][],
    name: (value: FactsDraft[F]) => string,
    empty?: string,
  ) => (
    <FactField label={label} evidence={field === 'role' ? undefined : evidence[field as PrefillField]} messages={messages} problem={problems[field]}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          value={draft[field]}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => onChange(field, event.target.value as FactsDraft[F])}
        >
          {empty !== undefined && <option value="">{empty}</option>}
          {values.map((value) => (
            <option key={value} value={value}>
              {name(value)}
            </option>
          ))}
        </select>
      )}
    </FactField>
  );
  const check = (field: 'finalSale' | 'gift', label: string) => (
    <FactField label={label} inline evidence={field === 'gift' ? evidence.gift : undefined} messages={messages}>
      {({ id, describedBy }) => (
        <input id={id} type="checkbox" checked={draft[field]} aria-describedby={describedBy} onChange={(event) => onChange(field, event.target.checked)} />
      )}
    </FactField>
  );

  return (
    <form className="returns-facts" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>{t('returns_factsLegend')}</legend>
        <div className="returns-row">
          {number('daysSinceDelivery', t('returns_days'), '1')}
          {select('condition', t('returns_condition'), ITEM_CONDITIONS, (v) => t(`returns_condition_${v.replace('-', '_')}`), t('returns_choose'))}
          {select('category', t('returns_category'), ITEM_CATEGORIES, (v) => t(`returns_category_${v}`), t('returns_choose'))}
          {number('price', t('returns_price', [currency]), money)}
          {select('request', t('returns_request'), RETURN_OPTIONS, (v) => t(`returns_option_${v.replace(/-/g, '_')}`), t('returns_requestNone'))}
          {check('gift', t('returns_gift'))}
          {check('finalSale', t('returns_finalSale'))}
          {select('role', t('returns_role'), PANEL_ROLES, (v) => t(`returns_role_${v}`))}
          {number('goodwillAmount', t('returns_goodwill', [currency]), money)}
        </div>
        {/* Always rendered, so the layout does not move when the first fact is prefilled. */}
        <p className="returns-legend">
          {Object.keys(evidence).length > 0 && (
            <>
              <span className="returns-mark" aria-hidden="true">
                {'“ '}
              </span>
              {t('returns_fromConversationLegend')}
            </>
          )}
        </p>
      </fieldset>
    </form>
  );
}
