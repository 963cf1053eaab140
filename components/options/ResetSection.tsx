import { useEffect, useId, useRef, useState } from 'react';
import { useStatus } from './useStatus';
import { setUiLanguage, useT, useUiLanguage } from '../../utils/i18n';
import { DEFAULT_PREFERENCES, resetSettings } from '../../utils/settings/preferences';
import type { LockableSetting } from '../../utils/settings/locked';
import { formatList, LOCK_LABELS, lockedNow, usePolicy } from './usePolicy';
import { LockedHint } from './LockedHint';

/** The locked settings a reset would otherwise change (subscriptions and pack files are never reset). */
const RESET_TOUCHES: readonly LockableSetting[] = ['uiLanguage', 'japaneseRegister', 'disabledSites', 'customDomains'];

/**
 * Reset asks first, inline: the confirmation takes the focus on its safe choice (Cancel), Escape cancels,
 * and the focus returns to the reset button either way. What the policy locked is left alone, and said so.
 */
export function ResetSection({ reset = (locked) => resetSettings(undefined, locked) }: { reset?: (locked: readonly LockableSetting[]) => Promise<void> }) {
  const t = useT();
  const lang = useUiLanguage();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useStatus();
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const { locked } = usePolicy();
  const resetLocked = locked.includes('reset');
  const kept = RESET_TOUCHES.filter((name) => locked.includes(name));
  const keptText = kept.length > 0 ? t('options_resetKeeps', [formatList(lang, kept.map((name) => t(LOCK_LABELS[name])))]) : '';

  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);

  // A reset locked while the confirmation is open closes it: its button would do nothing.
  useEffect(() => {
    if (resetLocked) setConfirming(false);
  }, [resetLocked]);

  const close = () => {
    setConfirming(false);
    // After the confirmation unmounts, so the focus lands on a button that is there.
    queueMicrotask(() => opener.current?.focus());
  };

  const confirm = async () => {
    // Read at the click: the policy may have changed since the page rendered.
    const now = await lockedNow();
    if (now.includes('reset')) {
      setStatus('options_lockedMeanwhile');
      return close();
    }
    try {
      await reset(now);
      if (!now.includes('uiLanguage')) setUiLanguage(DEFAULT_PREFERENCES.uiLanguage);
      setStatus(RESET_TOUCHES.some((name) => now.includes(name)) ? 'options_resetDoneKept' : 'options_resetDone');
    } catch {
      setStatus('options_resetFailed');
    }
    close();
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('options_resetHeading')}</h2>
      <p>{t('options_resetIntro')}</p>
      {keptText && <p className="hint">{keptText}</p>}
      {resetLocked && <LockedHint id={`${id}-locked`} />}
      <button
        ref={opener}
        type="button"
        className="danger"
        disabled={resetLocked}
        aria-describedby={resetLocked ? `${id}-locked` : undefined}
        aria-expanded={confirming}
        aria-controls={confirming ? `${id}-confirm` : undefined}
        onClick={() => setConfirming(true)}
      >
        {t('options_resetButton')}
      </button>
      {confirming && (
        <div
          id={`${id}-confirm`}
          role="alertdialog"
          aria-labelledby={`${id}-confirm-title`}
          aria-describedby={keptText ? `${id}-confirm-body ${id}-confirm-kept` : `${id}-confirm-body`}
          className="confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <h3 id={`${id}-confirm-title`}>{t('options_resetConfirmTitle')}</h3>
          <p id={`${id}-confirm-body`}>{t('options_resetConfirmBody')}</p>
          {keptText && <p id={`${id}-confirm-kept`}>{keptText}</p>}
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
