import { useId, useMemo } from 'react';
import type { Conversation } from '../../utils/conversation/model';
import { mergePacks, packsByLanguage } from '../../utils/pack/merge';
import { BUNDLED_PACKS } from '../../utils/pack/bundled';
import { OPTION_STATUSES, RETURN_OPTIONS, type Pack, type ReturnPolicy } from '../../utils/pack/schema';
import { safeEvaluateReturnOptions, type ReturnOption } from '../../utils/policy';
import { explainOption } from '../../utils/policy/explain';
import { detectLanguageDetailed } from '../../utils/text/language';
import { usePanelStore } from '../panel/store';
import { draftToFacts, type DraftField } from './draft';
import { FactsForm } from './FactsForm';
import { t } from './i18n';
import { OptionCard } from './OptionCard';
import { useFactsDraft } from './useFactsDraft';
import './returns.css';

export interface ReturnOptionsProps {
  conversation?: Conversation;
  /** The conversation's language as the panel knows it; used when the customer's text is too short to tell. */
  language: 'en' | 'ja';
  onInsert(text: string): void;
  onCopy(text: string): void;
  /** Active packs (bundled by default); the policy is the layered one of the conversation's language. */
  packs?: readonly Pack[];
  /** For tests: the clock "three weeks ago" counts from. */
  now?: Date;
}

/** The policy follows the conversation: a Japanese customer gets the Japanese store's policy and lines. */
function conversationLanguage(conversation: Conversation | undefined, fallback: 'en' | 'ja'): 'en' | 'ja' {
  const text = conversation?.messages.filter((m) => m.role === 'customer').map((m) => m.text).join('\n') ?? '';
  const guess = detectLanguageDetailed(text);
  return guess.confident ? guess.language : fallback;
}

function policyFor(packs: readonly Pack[], language: 'en' | 'ja'): ReturnPolicy | undefined {
  const group = packsByLanguage(packs).get(language);
  return group ? mergePacks(group).returnPolicy : undefined;
}

/** Allowed first, then needs approval, then not allowed; the customer's request leads its group. */
function byStatus(a: ReturnOption, b: ReturnOption): number {
  return (
    OPTION_STATUSES.indexOf(a.status) - OPTION_STATUSES.indexOf(b.status) ||
    Number(Boolean(b.requested)) - Number(Boolean(a.requested)) ||
    RETURN_OPTIONS.indexOf(a.id) - RETURN_OPTIONS.indexOf(b.id)
  );
}

export function ReturnOptions({ conversation, language, onInsert, onCopy, packs = BUNDLED_PACKS, now }: ReturnOptionsProps) {
  const headingId = useId();
  const lang = useMemo(() => conversationLanguage(conversation, language), [conversation, language]);
  const policy = useMemo(() => policyFor(packs, lang), [packs, lang]);
  const currency = policy?.currency ?? (lang === 'ja' ? 'JPY' : 'USD');
  // The options page's Japanese politeness, kept live in the panel store (usePreferences), like the phrasings.
  const register = usePanelStore((s) => s.register);
  const { ticket, setField } = useFactsDraft(conversation, lang, currency, now);
  const input = draftToFacts(ticket.draft);
  const result = policy && input.ok ? safeEvaluateReturnOptions(policy, input.facts, { locale: lang }) : undefined;
  const problems: Partial<Record<DraftField, string>> = {};
  if (result && !result.ok) for (const p of result.problems) problems[p.path as DraftField] = t('returns_problemMin0');
  const decision = result?.ok ? result.value : undefined;
  const options = decision ? [...decision.options].sort(byStatus) : [];

  return (
    <section className="returns" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('returns_title')}</h2>
      {policy ? <p className="returns-policy">{t('returns_policy', [policy.name])}</p> : <p>{t('returns_noPolicy')}</p>}
      <FactsForm
        draft={ticket.draft}
        evidence={ticket.evidence}
        messages={conversation?.messages}
        currency={currency}
        problems={problems}
        onChange={setField}
      />
      <div className="returns-options">
        {!input.ok && policy && <p className="returns-empty">{t('returns_needFacts')}</p>}
        {decision && (
          <ol className="returns-cards" aria-label={t('returns_optionsLabel')}>
            {options.map((option) => (
              <li key={option.id}>
                <OptionCard
                  option={option}
                  line={explainOption(lang, {
                    option,
                    options: decision.options,
                    condition: input.ok ? input.facts.condition : 'unopened',
                    currency: decision.currency,
                    goodwillAmount: input.ok ? input.facts.goodwillAmount : 0,
                    register,
                  })}
                  lineLanguage={lang}
                  currency={decision.currency}
                  onInsert={onInsert}
                  onCopy={onCopy}
                />
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
