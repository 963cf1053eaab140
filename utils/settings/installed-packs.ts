import { storage } from '@wxt-dev/storage';
import type { Pack } from '../pack/schema';
import type { ActiveLayer } from '../subscriptions/layers';
import type { Subscription, SubscriptionState } from '../subscriptions/poll';

/**
 * What the options page lists about each pack layer. Bundled packs change only with Attune itself, so their
 * last update is when this version of Attune was installed (recorded by the background on install and
 * update); a subscribed pack's is when its release was activated; an imported file has no date.
 */
export interface InstalledPack {
  id: string;
  name: string;
  locale: string;
  version: string;
  source: 'bundled' | 'subscription' | 'local';
  /** The host a subscribed pack comes from. */
  host?: string;
  /** A subscribed pack the enterprise policy added. */
  byPolicy?: boolean;
  /** ISO time, or undefined when unknown (development builds, imported files). */
  updatedAt?: string;
  counts: { emotions: number; phrasings: number; faq: number };
}

export const bundledPacksInstalledItem = storage.defineItem<string | null>('local:bundledPacksInstalledAt', {
  fallback: null,
  version: 1,
});

function describe(pack: Pack): Pick<InstalledPack, 'id' | 'name' | 'locale' | 'version' | 'counts'> {
  return {
    id: pack.id,
    name: pack.name,
    locale: pack.locale,
    version: pack.version,
    counts: { emotions: pack.emotions?.length ?? 0, phrasings: pack.phrasings?.length ?? 0, faq: pack.faq?.length ?? 0 },
  };
}

export function listInstalledPacks(bundled: readonly Pack[], installedAt: string | null): InstalledPack[] {
  return bundled.map((pack) => ({ ...describe(pack), source: 'bundled' as const, ...(installedAt ? { updatedAt: installedAt } : {}) }));
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The layers in use (activeLayers order: bundled, subscribed, imported), as the options page lists them. */
export function listLayerPacks(
  layers: readonly ActiveLayer[],
  context: { installedAt: string | null; subscriptions: readonly Subscription[]; states: Readonly<Record<string, SubscriptionState>> },
): InstalledPack[] {
  return layers.map(({ pack, source, url }) => {
    if (source === 'bundled') return { ...describe(pack), source, ...(context.installedAt ? { updatedAt: context.installedAt } : {}) };
    if (source === 'local') return { ...describe(pack), source };
    const activatedAt = url ? context.states[url]?.active?.activatedAt : undefined;
    return {
      ...describe(pack),
      source,
      ...(url ? { host: hostOf(url) } : {}),
      byPolicy: context.subscriptions.some((sub) => sub.url === url && sub.addedBy === 'policy'),
      ...(activatedAt ? { updatedAt: activatedAt } : {}),
    };
  });
}
