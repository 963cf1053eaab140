import { useId, useState, type ReactNode } from 'react';
import type { ConversationMessage } from '../../utils/conversation/model';
import type { Evidence } from '../../utils/policy/prefill';
import { t } from './i18n';

interface Props {
  label: string;
  /** Present when the value came from the conversation. */
  evidence?: Evidence;
  messages?: readonly ConversationMessage[];
  /** Checkboxes put the label after the control. */
  inline?: boolean;
  problem?: string;
  children: (control: { id: string; describedBy?: string; invalid: boolean }) => ReactNode;
}

const CONTEXT = 32;

/** A few words either side of the evidence, so the agent sees what the customer said in context. */
function EvidenceQuote({ evidence, messages }: { evidence: Evidence; messages?: readonly ConversationMessage[] }) {
  const text = messages?.[evidence.messageIndex]?.text;
  if (text === undefined || text.slice(evidence.start, evidence.end) !== evidence.text) return <q><mark>{evidence.text}</mark></q>;
  const from = Math.max(0, evidence.start - CONTEXT);
  const to = Math.min(text.length, evidence.end + CONTEXT);
  return (
    <q>
      {from > 0 && '…'}
      {text.slice(from, evidence.start)}
      <mark>{evidence.text}</mark>
      {text.slice(evidence.end, to)}
      {to < text.length && '…'}
    </q>
  );
}

/**
 * One field of the facts row: label and control. A prefilled field carries a quote mark after its label
 * and a dashed, tinted control (the legend under the row says "from the conversation"); the customer's
 * words show on hover or focus, and are the control's description for screen readers.
 */
export function FactField({ label, evidence, messages, inline, problem, children }: Props) {
  const id = useId();
  // Escape hides the customer's words without moving focus (content on hover or focus must be dismissible).
  const [dismissed, setDismissed] = useState(false);
  const hintId = `${id}-from`;
  const problemId = `${id}-problem`;
  const describedBy = [evidence && hintId, problem && problemId].filter(Boolean).join(' ') || undefined;
  const control = children({ id, describedBy, invalid: Boolean(problem) });
  // The legend under the form explains the mark; the tooltip says it in words to screen readers.
  const mark = evidence && (
    <span className="returns-mark" aria-hidden="true">
      {' “'}
    </span>
  );
  return (
    <div
      className={`returns-field${inline ? ' returns-field--inline' : ''}${evidence ? ' is-prefilled' : ''}${dismissed ? ' is-dismissed' : ''}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && evidence && !dismissed) {
          event.stopPropagation();
          setDismissed(true);
        }
      }}
      onBlur={() => setDismissed(false)}
      onMouseLeave={() => setDismissed(false)}
    >
      {inline ? (
        <label htmlFor={id} className="returns-check">
          {control}
          <span>{label}</span>
          {mark}
        </label>
      ) : (
        <>
          <label htmlFor={id}>
            {label}
            {mark}
          </label>
          {control}
        </>
      )}
      {evidence && (
        <span id={hintId} role="tooltip" className="returns-evidence">
          {t('returns_fromConversationSaid')} <EvidenceQuote evidence={evidence} messages={messages} />
        </span>
      )}
      {problem && (
        <span id={problemId} className="returns-problem">
          {problem}
        </span>
      )}
    </div>
  );
}
