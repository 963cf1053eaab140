import { storage } from '@wxt-dev/storage';
import type { Pack } from '../pack/schema';

/**
 * What the options page lists about each pack. Bundled packs change only with Attune itself, so their
 * last update is when this version of Attune was installed (recorded by the background on install and
 * update). Subscribed packs (a later issue) add rows with source 'subscription' and their own dates.
 */
export interface InstalledPack {
  id: string;
  name: string;
  locale: string;
  version: string;
  source: 'bundled';
  /** ISO time, or undefined when Attune's install time was never recorded (development builds). */
  updatedAt?: string;
  counts: { emotions: number; phrasings: number; faq: number };
}

export const bundledPacksInstalledItem = storage.defineItem<string | null>('local:bundledPacksInstalledAt', {
  fallback: null,
  version: 1,
});

export function listInstalledPacks(bundled: readonly Pack[], installedAt: string | null): InstalledPack[] {
  return bundled.map((pack) => ({
    id: pack.id,
    name: pack.name,
    locale: pack.locale,
    version: pack.version,
    source: 'bundled' as const,
    ...(installedAt ? { updatedAt: installedAt } : {}),
    counts: { emotions: pack.emotions?.length ?? 0, phrasings: pack.phrasings?.length ?? 0, faq: pack.faq?.length ?? 0 },
  }));
}
