// The test's content script: utils/insert as the extension carries it, plus a postMessage bridge the
// test pages call (a real content script hears the side panel through the extension's messaging instead).
import { createCaretKeeper, insertText } from '../../utils/insert/index';

const keeper = createCaretKeeper(document, new AbortController().signal);
window.addEventListener('message', (e: MessageEvent) => {
  if (e.source !== window || e.data?.type !== 'attune-test-insert') return;
  const { id, text, editor } = e.data as { id: number; text: string; editor: string | null };
  const outcome = insertText(editor ? document.querySelector<HTMLElement>(editor) : null, text, keeper);
  window.postMessage({ type: 'attune-test-outcome', id, outcome }, '*');
});
