import { placeholderLabel } from './labels';
import { t } from '../../utils/i18n';
import { usePanelStore } from './store';

/** Values the conversation did not give (order number, agent name): typed once, filled into every line. */
export function Blanks({ names }: { names: string[] }) {
  const blanks = usePanelStore((s) => s.blanks);
  const setBlank = usePanelStore((s) => s.setBlank);
  if (names.length === 0) return null;
  return (
    <fieldset className="blanks">
      <legend>{t('panel_blanksTitle')}</legend>
      {names.map((name) => (
        <div key={name} className="field">
          <label htmlFor={`blank-${name}`}>{placeholderLabel(name)}</label>
          <input id={`blank-${name}`} type="text" value={blanks[name] ?? ''} onChange={(event) => setBlank(name, event.target.value)} />
        </div>
      ))}
    </fieldset>
  );
}
