import { copyText, insertText } from './actions';
import { t } from '../../utils/i18n';

/** Insert and Copy for one insertable text; `describedBy` names the text so "Insert" is never ambiguous. */
export function LineActions(props: { text: string; describedBy: string; insertLabel?: string; copyLabel?: string; shortcut?: string }) {
  const { text, describedBy, insertLabel, copyLabel, shortcut } = props;
  return (
    <span className="line-actions">
      <button type="button" className="primary" aria-describedby={describedBy} aria-keyshortcuts={shortcut} onClick={() => void insertText(text)}>
        {insertLabel ?? t('panel_insert')}
      </button>
      <button type="button" aria-describedby={describedBy} onClick={() => void copyText(text)}>
        {copyLabel ?? t('panel_copy')}
      </button>
    </span>
  );
}
