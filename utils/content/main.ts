import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage, type Snapshot } from '../messaging';
import { createCaretKeeper, insertText } from '../insert';
import { watchConversation } from './watcher';
import { disabledSitesOf, PREFERENCES_KEY, readDisabledSites } from '../settings/disabled-sites';
import type { SiteAdapter } from '../adapters/types';

type Watcher = ReturnType<typeof watchConversation>;

/**
 * Everything the content script does, owned by WXT's context so nothing outlives an extension reload:
 * one observer, message handlers, and the caret keeper. Errors from a panel that is closed (nobody
 * listening) or an invalidated context are expected and dropped, never thrown into the helpdesk.
 *
 * Helpdesks the agent switched off in the options page keep only their adapters out: with none left the
 * script publishes 'no-conversation' and does nothing else until the setting changes (no reload needed).
 */
export function startContentScript(ctx: ContentScriptContext, adapters: readonly SiteAdapter[]) {
  const keeper = createCaretKeeper(document, ctx.signal);
  const publish = (snapshot: Snapshot) => {
    document.documentElement.dataset.attune = snapshot.state;
    if (ctx.isValid) sendMessage('snapshot:changed', snapshot).catch(() => undefined);
  };
  const idle = (): Snapshot => ({ state: 'no-conversation', url: location.href, at: Date.now() });

  let watcher: Watcher | undefined;
  let stopWatcher: AbortController | undefined;
  let activeIds: string | undefined;
  const apply = (disabled: readonly string[]) => {
    const active = adapters.filter((adapter) => !disabled.includes(adapter.id));
    const ids = active.map((adapter) => adapter.id).join();
    if (ids === activeIds || ctx.signal.aborted) return;
    activeIds = ids;
    stopWatcher?.abort();
    watcher = stopWatcher = undefined;
    if (active.length === 0) return publish(idle());
    stopWatcher = new AbortController();
    watcher = watchConversation({ doc: document, location: () => new URL(location.href), signal: stopWatcher.signal, publish, adapters: active });
  };
  ctx.onInvalidated(() => stopWatcher?.abort());
  const ready = readDisabledSites(browser.storage.sync).then(apply);
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && changes[PREFERENCES_KEY]) apply(disabledSitesOf(changes[PREFERENCES_KEY].newValue));
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.addEventListener(window, 'wxt:locationchange', () => watcher?.navigated());

  const removers = [
    onMessage('snapshot:get', () => ready.then(() => watcher?.snapshot() ?? idle())),
    onMessage('selection:get', () => (watcher ? String(window.getSelection() ?? '') : '')),
    onMessage('reply:insert', ({ data }) => {
      const editor = watcher?.adapter()?.findEditor(document) ?? null;
      if (!editor) return { ok: false, reason: 'no-editor' } as const;
      return insertText(editor, data.text, keeper);
    }),
    () => browser.storage.onChanged.removeListener(onStorage),
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
