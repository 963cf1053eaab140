import { useMemo } from 'react';
import { REPLY_STEPS } from '../../utils/pack/schema';
import { Blanks } from './Blanks';
import { Composer } from './Composer';
import { t } from '../../utils/i18n';
import { situationLabel, stepLabel } from './labels';
import { packFor, usePanelPacks } from './packs';
import { blankNames, suggestionLines } from './reply';
import { usePanelStore } from './store';
import { SuggestionItem } from './SuggestionItem';

/** Phrasings for the recognised situations, acknowledge → explain → resolve → next step, and the composer. */
export function Suggestions() {
  const analysis = usePanelStore((s) => s.analysis);
  const blanks = usePanelStore((s) => s.blanks);
  const loading = usePanelStore((s) => s.snapshot.state === 'loading');
  usePanelPacks(); // situation labels come from the active pack
  const lines = useMemo(() => suggestionLines(analysis, blanks), [analysis, blanks]);
  const names = useMemo(() => blankNames(analysis), [analysis]);
  const language = analysis?.language ?? 'en';
  const situations = analysis?.situations.map((id) => situationLabel(id, packFor(language)?.situations?.find((s) => s.id === id)?.label));
  let number = 0;
  return (
    <section className="card suggestions" aria-labelledby="reply-title" aria-busy={loading}>
      <h2 id="reply-title">{t('panel_replyTitle')}</h2>
      {situations && situations.length > 0 && <p className="situations">{t('panel_replyFor', [situations.join(', ')])}</p>}
      {lines.length === 0 && <p className="empty">{t(loading ? 'common_loading' : analysis ? 'panel_replyEmpty' : 'panel_replyNone')}</p>}
      <Blanks names={names} />
      {REPLY_STEPS.map((step) => {
        const inStep = lines.filter((line) => line.step === step);
        if (inStep.length === 0) return null;
        return (
          <div key={step} className="step">
            <h3>{stepLabel(step)}</h3>
            <ul>
              {inStep.map((line) => (
                <SuggestionItem key={line.id} line={line} number={++number} language={language} />
              ))}
            </ul>
          </div>
        );
      })}
      <Composer />
    </section>
  );
}
