import { sendMessage } from '../../utils/messaging';

/** The text the agent selected in the helpdesk tab ('' when nothing is selected or the tab cannot answer). */
export async function readPageSelection(tabId: number | undefined): Promise<string> {
  if (tabId === undefined) return '';
  return sendMessage('selection:get', undefined, tabId).catch(() => '');
}
