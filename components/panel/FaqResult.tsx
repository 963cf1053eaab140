import { useState, type ReactNode } from 'react';
import type { FaqEntry } from '../../utils/pack/schema';
import type { FaqSearchResult } from '../../utils/search';
import { t } from '../../utils/i18n';
import { LineActions } from './LineActions';

/** Answers longer than this are clamped behind "show more" (Japanese packs more per character). */
const LONG = { en: 280, ja: 120 } as Record<string, number>;

/** The question with the words that matched the query marked, built as text nodes. */
function highlighted(question: string, result: FaqSearchResult): ReactNode[] {
  const spans = result.matches.filter((m) => m.field === 'question').sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    out.push(question.slice(at, span.start), <mark key={span.start}>{question.slice(span.start, span.end)}</mark>);
    at = span.end;
  }
  out.push(question.slice(at));
  return out;
}

export function FaqResult({ result, entry, language, position }: { result: FaqSearchResult; entry: FaqEntry; language: string; position: number }) {
  const [expanded, setExpanded] = useState(false);
  const long = entry.answer.length > (LONG[language] ?? LONG.en!);
  // FAQ ids come from help-centre exports and may hold spaces: element ids use the position instead.
  const questionId = `faq-q-${position}`;
  const answerId = `faq-a-${position}`;
  return (
    <li className="faq-result" data-testid="faq-result">
      <h3 id={questionId} lang={language}>
        {highlighted(entry.question, result)}
      </h3>
      <p id={answerId} className={long && !expanded ? 'answer clamped' : 'answer'} lang={language}>
        {entry.answer}
      </p>
      {long && (
        <button type="button" className="link" aria-expanded={expanded} aria-controls={answerId} onClick={() => setExpanded(!expanded)}>
          {t(expanded ? 'panel_faqLess' : 'panel_faqMore')}
        </button>
      )}
      <div className="row">
        <LineActions text={entry.answer} describedBy={questionId} insertLabel={t('panel_faqInsertAnswer')} copyLabel={t('panel_faqCopyAnswer')} />
        {entry.url && <LineActions text={entry.url} describedBy={questionId} insertLabel={t('panel_faqInsertLink')} copyLabel={t('panel_faqCopyLink')} />}
      </div>
    </li>
  );
}
