import { useState } from 'react';
import { analyseSelection } from './actions';
import { t } from '../../utils/i18n';
import { usePanelStore } from './store';

/**
 * When Attune cannot read the page: analyse the agent's selection on the page, or pasted text, as the
 * customer's message. The selection needs the content script, so it is offered only where one runs.
 */
export function ReadFallback() {
  const state = usePanelStore((s) => s.snapshot.state);
  const pasted = usePanelStore((s) => s.pasted);
  const setPasted = usePanelStore((s) => s.setPasted);
  const [text, setText] = useState('');
  if (state === 'reading' || state === 'loading') return null;
  const withSelection = state === 'cannot-read' || state === 'no-conversation';
  return (
    <section className="card fallback" aria-labelledby="fallback-title">
      <h2 id="fallback-title">{t('panel_fallbackTitle')}</h2>
      {withSelection && (
        <button type="button" onClick={() => void analyseSelection()}>
          {t('panel_fallbackSelection')}
        </button>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) setPasted({ text, source: 'paste' });
        }}
      >
        <label htmlFor="paste-box">{t('panel_fallbackPasteLabel')}</label>
        <textarea id="paste-box" rows={3} value={text} onChange={(event) => setText(event.target.value)} />
        <div className="row">
          <button type="submit" className="primary" disabled={!text.trim()}>
            {t('panel_fallbackAnalyse')}
          </button>
          {pasted && (
            <button
              type="button"
              onClick={() => {
                setPasted(undefined);
                setText('');
              }}
            >
              {t('panel_fallbackClear')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
