import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, sendMessage, type Snapshot } from '../messaging';
import { createCaretKeeper, insertText } from '../insert';
import { watchConversation } from './watcher';
import type { SiteAdapter } from '../adapters/types';

/**
 * Everything the content script does, owned by WXT's context so nothing outlives an extension reload:
 * one observer, message handlers, and the caret keeper. Errors from a panel that is closed (nobody
 * listening) or an invalidated context are expected and dropped, never thrown into the helpdesk.
 */
export function startContentScript(ctx: ContentScriptContext, adapters: readonly SiteAdapter[]) {
  const keeper = createCaretKeeper(document, ctx.signal);
  const publish = (snapshot: Snapshot) => {
    document.documentElement.dataset.attune = snapshot.state;
    if (ctx.isValid) sendMessage('snapshot:changed', snapshot).catch(() => undefined);
  };
  const watcher = watchConversation({ doc: document, location: () => new URL(location.href), signal: ctx.signal, publish, adapters });
  ctx.addEventListener(window, 'wxt:locationchange', () => watcher.navigated());

  const removers = [
    onMessage('snapshot:get', () => watcher.snapshot()),
    onMessage('selection:get', () => String(window.getSelection() ?? '')),
    onMessage('reply:insert', ({ data }) => {
      const editor = watcher.adapter()?.findEditor(document) ?? null;
      if (!editor) return { ok: false, reason: 'no-editor' } as const;
      return insertText(editor, data.text, keeper);
    }),
  ];
  ctx.onInvalidated(() => removers.forEach((remove) => remove()));

  if (import.meta.env.MODE === 'e2e') {
    // Firefox's WebDriver BiDi cannot open moz-extension:// pages; e2e builds let the test page ask for one.
    ctx.addEventListener(window, 'message', (event: MessageEvent) => {
      const data = event.data as { type?: string; path?: string } | null;
      if (event.source === window && data?.type === 'attune-e2e-open' && typeof data.path === 'string') {
        sendMessage('e2e:open', { path: data.path }).catch(() => undefined);
      }
    });
  }
}
