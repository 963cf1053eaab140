import type { ReadResult, SiteAdapter } from './types';

/**
 * The adapter for this page among those this content script carries. Adapters fail independently: one
 * that throws is skipped, never allowed to break the helpdesk or the others. `preferred` is tried first.
 */
export function findAdapterIn(doc: Document, url: URL, adapters: readonly SiteAdapter[], preferred?: string): SiteAdapter | undefined {
  const ordered = preferred ? [...adapters].sort((a) => (a.id === preferred ? -1 : 0)) : adapters;
  return ordered.find((adapter) => {
    try {
      return adapter.detect(doc, url);
    } catch {
      return false;
    }
  });
}

export function safeRead(adapter: SiteAdapter, doc: Document, url: URL): ReadResult {
  try {
    return adapter.read(doc, url);
  } catch (error) {
    return { ok: false, reason: 'selector-missing', missing: `${adapter.id}: ${error instanceof Error ? error.name : 'error'}` };
  }
}

export function safeCall<T>(call: () => T, fallback: T): T {
  try {
    return call();
  } catch {
    return fallback;
  }
}
