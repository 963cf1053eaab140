import type { Snapshot } from '../messaging';
import type { SiteAdapter } from '../adapters/types';
import { safeRead } from '../adapters/find';

/** Reads the page once. Never throws: an adapter that fails becomes a 'cannot-read' snapshot. */
export function readSnapshot(doc: Document, url: URL, adapter: SiteAdapter | undefined, now = Date.now()): Snapshot {
  const href = url.href;
  if (!adapter) return { state: 'no-conversation', url: href, at: now };
  const site = { id: adapter.id, name: adapter.name };
  const result = safeRead(adapter, doc, url);
  if (result.ok) return { state: 'reading', site, conversation: result.conversation, url: href, at: now };
  if (result.reason === 'not-a-conversation') return { state: 'no-conversation', url: href, at: now };
  return { state: 'cannot-read', site, ...(result.missing ? { missing: result.missing } : {}), url: href, at: now };
}

/** What decides whether the panel needs a new snapshot: everything but the timestamp. */
export function snapshotKey(snapshot: Snapshot): string {
  const { at: _at, ...rest } = snapshot;
  return JSON.stringify(rest);
}
