import { useEffect, useId, useRef, useState } from 'react';
import { useStatus } from './useStatus';
import { setUiLanguage, useT } from '../../utils/i18n';
import { DEFAULT_PREFERENCES, resetSettings } from '../../utils/settings/preferences';

/**
 * Reset asks first, inline: the confirmation takes the focus on its safe choice (Cancel), Escape cancels,
 * and the focus returns to the reset button either way.
 */
export function ResetSection({ reset = resetSettings }: { reset?: () => Promise<void> }) {
  const t = useT();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useStatus();
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);

  const close = () => {
    setConfirming(false);
    // After the confirmation unmounts, so the focus lands on a button that is there.
    queueMicrotask(() => opener.current?.focus());
  };

  const confirm = async () => {
    try {
      await reset();
      setUiLanguage(DEFAULT_PREFERENCES.uiLanguage);
      setStatus('options_resetDone');
    } catch {
      setStatus('options_resetFailed');
    }
    close();
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('options_resetHeading')}</h2>
      <p>{t('options_resetIntro')}</p>
      <button ref={opener} type="button" className="danger" aria-expanded={confirming} aria-controls={confirming ? `${id}-confirm` : undefined} onClick={() => setConfirming(true)}>
        {t('options_resetButton')}
      </button>
      {confirming && (
        <div
          id={`${id}-confirm`}
          role="alertdialog"
          aria-labelledby={`${id}-confirm-title`}
          aria-describedby={`${id}-confirm-body`}
          className="confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <h3 id={`${id}-confirm-title`}>{t('options_resetConfirmTitle')}</h3>
          <p id={`${id}-confirm-body`}>{t('options_resetConfirmBody')}</p>
          <div className="actions">
            <button ref={cancel} type="button" onClick={close}>
              {t('common_cancel')}
            </button>
            <button type="button" className="danger" onClick={() => void confirm()}>
              {t('options_resetConfirm')}
            </button>
          </div>
        </div>
      )}
      <p role="status" className="status">{status}</p>
    </section>
  );
}
