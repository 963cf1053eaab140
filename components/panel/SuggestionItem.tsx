import { t } from '../../utils/i18n';
import { LineActions } from './LineActions';
import { LineText } from './LineText';
import type { SuggestionLine } from './reply';
import { usePanelStore } from './store';

/** One suggested line: tick to add it to the composed reply, or insert/copy it alone (Alt+n for the first nine). */
export function SuggestionItem({ line, number, language }: { line: SuggestionLine; number: number; language: string }) {
  const checked = usePanelStore((s) => s.selected.includes(line.id));
  const toggle = usePanelStore((s) => s.toggleLine);
  const textId = `line-${line.id}`;
  const shortcut = number <= 9 ? `Alt+${number}` : undefined;
  return (
    <li className="suggestion" data-testid="suggestion" data-step={line.step}>
      <LineText line={line} id={textId} language={language} />
      <div className="row">
        <label className="pick">
          <input type="checkbox" checked={checked} onChange={() => toggle(line.id)} aria-describedby={textId} />
          {t('panel_addToReply')}
        </label>
        <LineActions text={line.text} describedBy={textId} shortcut={shortcut} />
        {shortcut && (
          <kbd className="hint" aria-hidden="true">
            {shortcut}
          </kbd>
        )}
      </div>
    </li>
  );
}
