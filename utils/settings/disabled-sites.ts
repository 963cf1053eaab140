/**
 * The one preference a content script needs: is its helpdesk switched off? Read with a plain storage call,
 * not @wxt-dev/storage, to keep every content script small. `preferencesItem` (preferences.ts) is
 * 'sync:preferences', which @wxt-dev/storage keeps under this key of `storage.sync`.
 */
export const PREFERENCES_KEY = 'preferences';

export interface SyncAreaReader {
  get(key: string): Promise<Record<string, unknown>>;
}

/** Tolerates anything stored there: a value from an older or newer Attune must never stop the script. */
export function disabledSitesOf(value: unknown): string[] {
  const list = value && typeof value === 'object' ? (value as { disabledSites?: unknown }).disabledSites : undefined;
  return Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : [];
}

export async function readDisabledSites(area: SyncAreaReader): Promise<string[]> {
  try {
    return disabledSitesOf((await area.get(PREFERENCES_KEY))[PREFERENCES_KEY]);
  } catch {
    return [];
  }
}
