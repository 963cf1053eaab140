import { copyText, insertText } from './actions';
import { t } from '../../utils/i18n';
import { hasBlank } from './reply';
import { usePanelStore } from './store';

/** The composed reply ("Text to insert"): ticked lines land here, the agent may edit, then insert or copy it whole. */
export function Composer() {
  const draft = usePanelStore((s) => s.draft);
  const setDraft = usePanelStore((s) => s.setDraft);
  const language = usePanelStore((s) => s.analysis?.language);
  const empty = !draft.trim();
  return (
    <div className="composer">
      <label htmlFor="draft">{t('panel_draftLabel')}</label>
      <textarea id="draft" rows={4} value={draft} lang={language} onChange={(event) => setDraft(event.target.value)} aria-describedby="draft-hint" />
      <p id="draft-hint" className={hasBlank(draft) ? 'hint warn' : 'hint'}>
        {hasBlank(draft) ? t('panel_draftHasBlanks') : t('panel_draftHint')}
      </p>
      <div className="row">
        <button type="button" className="primary" disabled={empty} onClick={() => void insertText(draft)}>
          {t('panel_draftInsert')}
        </button>
        <button type="button" disabled={empty} onClick={() => void copyText(draft)}>
          {t('panel_draftCopy')}
        </button>
        <button type="button" disabled={empty} onClick={() => setDraft('')}>
          {t('panel_draftClear')}
        </button>
      </div>
    </div>
  );
}
