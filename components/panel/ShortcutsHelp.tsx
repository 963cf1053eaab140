import { t } from '../../utils/i18n';
import { usePanelStore } from './store';

const SHORTCUTS: [keys: string, what: string][] = [
  ['/', 'panel_shortcutFaq'],
  ['Alt+1 … Alt+9', 'panel_shortcutInsertNth'],
  ['?', 'panel_shortcutHelp'],
  ['Esc', 'panel_shortcutClose'],
];

/** The "?" popover listing the panel's shortcuts and the browser commands. */
export function ShortcutsHelp() {
  const open = usePanelStore((s) => s.helpOpen);
  const setOpen = usePanelStore((s) => s.setHelpOpen);
  return (
    <div className="shortcuts">
      <button type="button" className="icon" aria-expanded={open} aria-controls="shortcuts-help" onClick={() => setOpen(!open)}>
        <span aria-hidden="true">?</span>
        <span className="sr-only">{t('panel_shortcutsButton')}</span>
      </button>
      <div id="shortcuts-help" className="popover" role="group" aria-label={t('panel_shortcutsTitle')} hidden={!open}>
        <h2>{t('panel_shortcutsTitle')}</h2>
        <dl>
          {SHORTCUTS.map(([keys, what]) => (
            <div key={what}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{t(what)}</dd>
            </div>
          ))}
        </dl>
        <p>{t('panel_shortcutsCommands')}</p>
      </div>
    </div>
  );
}
