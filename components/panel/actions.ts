import { insertIntoReply } from '../insert';
import { t } from '../../utils/i18n';
import { hasBlank, topSuggestion } from './reply';
import { readPageSelection } from './selection';
import { usePanelStore } from './store';

export const FAQ_SEARCH_ID = 'faq-search';

const INSERT_NOTICES = {
  inserted: 'panel_noticeInserted',
  copied: 'panel_noticeCopiedInstead',
  composing: 'panel_noticeComposing',
  failed: 'panel_noticeInsertFailed',
} as const;

/** Inserts at the caret in the helpdesk's reply box (or copies), and says what happened. */
export async function insertText(text: string): Promise<void> {
  const { tabId, setNotice } = usePanelStore.getState();
  if (!text.trim()) return;
  const outcome = await insertIntoReply(tabId, text);
  let message = t(INSERT_NOTICES[outcome.kind]);
  // A line with an unfilled placeholder must not go out as is: say so where the agent looks.
  if (outcome.kind !== 'failed' && outcome.kind !== 'composing' && hasBlank(text)) message += ' ' + t('panel_noticeFillBlanks');
  setNotice({ kind: outcome.kind, message });
}

export async function copyText(text: string): Promise<void> {
  const { setNotice } = usePanelStore.getState();
  try {
    await navigator.clipboard.writeText(text);
    setNotice({ kind: 'copied', message: t('panel_noticeCopied') + (hasBlank(text) ? ' ' + t('panel_noticeFillBlanks') : '') });
  } catch {
    setNotice({ kind: 'failed', message: t('panel_noticeCopyFailed') });
  }
}

/** The "insert top suggestion" command and Alt+1. */
export async function insertTopSuggestion(): Promise<void> {
  const { analysis, blanks, setNotice } = usePanelStore.getState();
  const text = topSuggestion(analysis, blanks);
  if (text) await insertText(text);
  else setNotice({ kind: 'info', message: t('panel_noticeNothingToInsert') });
}

export function focusFaqSearch(): void {
  const input = document.getElementById(FAQ_SEARCH_ID) as HTMLInputElement | null;
  input?.focus();
  input?.select();
}

/** The selection fallback: analyse what the agent selected on the page as the customer's message. */
export async function analyseSelection(): Promise<void> {
  const { tabId, setPasted, setNotice } = usePanelStore.getState();
  const text = (await readPageSelection(tabId)).trim();
  if (!text) {
    setNotice({ kind: 'info', message: t('panel_noticeNoSelection') });
    return;
  }
  setPasted({ text, source: 'selection' });
  setNotice({ kind: 'info', message: t('panel_noticeSelectionRead') });
}
