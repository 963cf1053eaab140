import type { Snapshot } from '../messaging';
import type { SiteAdapter } from '../adapters/types';
import { findAdapterIn, safeCall } from '../adapters/find';
import { readSnapshot, snapshotKey } from './snapshot';

export interface WatcherOptions {
  doc: Document;
  location: () => URL;
  signal: AbortSignal;
  /** Called with every snapshot that differs from the last one sent. */
  publish: (snapshot: Snapshot) => void;
  /** Batches bursts of DOM changes (a helpdesk re-rendering a message list) into one read. */
  debounceMs?: number;
  /** Adapter id the agent chose for a custom domain. */
  preferredSite?: string;
  /** The adapters this content script carries: one helpdesk's, or all of them on a custom domain. */
  adapters: readonly SiteAdapter[];
}

/**
 * Owns the one MutationObserver of the content script. It watches the thread (or the body until a thread
 * appears), re-reads after a quiet period, and publishes only real changes. Navigation to another ticket
 * (a new ticket id) re-resolves the thread root. Everything stops when `signal` aborts.
 */
export function watchConversation(options: WatcherOptions) {
  const { doc, signal, publish, debounceMs = 60, adapters } = options;
  let adapter: SiteAdapter | undefined;
  let observed: Node | undefined;
  let lastKey = '';
  let lastTicket: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: Snapshot = readSnapshot(doc, options.location(), findAdapterIn(doc, options.location(), adapters, options.preferredSite));

  const observer = new MutationObserver(() => schedule());
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });

  function observe() {
    const root = (adapter && safeCall(() => adapter!.threadRoot(doc), null)) ?? doc.body ?? doc.documentElement;
    if (root === observed) return;
    observer.disconnect();
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    observed = root;
  }

  function refresh() {
    if (signal.aborted) return;
    const url = options.location();
    adapter = findAdapterIn(doc, url, adapters, options.preferredSite);
    const ticket = adapter ? safeCall(() => adapter!.ticketId(doc, url), undefined) : undefined;
    if (ticket !== lastTicket) {
      lastTicket = ticket;
      observed = undefined; // a new ticket may render a new thread element
    }
    current = readSnapshot(doc, url, adapter);
    observe();
    const key = snapshotKey(current);
    if (key !== lastKey) {
      lastKey = key;
      publish(current);
    }
  }

  function schedule() {
    if (signal.aborted) return;
    clearTimeout(timer);
    timer = setTimeout(refresh, debounceMs);
  }

  refresh();
  return {
    /** The latest snapshot, read fresh so a panel opening late never gets a stale one. */
    snapshot(): Snapshot {
      refresh();
      return current;
    },
    /** Call on single-page navigation (wxt:locationchange). */
    navigated: schedule,
    adapter: () => adapter,
  };
}
