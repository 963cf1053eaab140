import { sendMessage } from '../utils/messaging';

export type InsertNotice = { kind: 'inserted' | 'copied' | 'composing' | 'failed'; message: string };

/**
 * Puts text into the reply box of the tab; where that is impossible (no editor, an editor that refuses),
 * copies it to the clipboard and says so. Never loses the text.
 */
export async function insertIntoReply(tabId: number | undefined, text: string): Promise<InsertNotice> {
  if (tabId !== undefined) {
    const outcome = await sendMessage('reply:insert', { text }, tabId).catch(() => undefined);
    if (outcome?.ok) return { kind: 'inserted', message: 'Inserted at the caret in the reply box.' };
    if (outcome?.reason === 'composing') {
      return { kind: 'composing', message: 'Finish the text you are composing (IME), then insert again.' };
    }
  }
  try {
    await navigator.clipboard.writeText(text);
    return { kind: 'copied', message: 'No reply box found — copied to the clipboard instead. Paste it with Ctrl+V.' };
  } catch {
    return { kind: 'failed', message: 'Could not insert or copy. Select the text and copy it by hand.' };
  }
}
