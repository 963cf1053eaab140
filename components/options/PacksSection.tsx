import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { languageName, useT, useUiLanguage } from '../../utils/i18n';
import { BUNDLED_PACKS } from '../../utils/pack/bundled';
import { bundledPacksInstalledItem, listInstalledPacks, listLayerPacks, type InstalledPack } from '../../utils/settings/installed-packs';
import { localPacksItem } from '../../utils/subscriptions/local';
import { subscriptionStatesItem, subscriptionsItem } from '../../utils/subscriptions/store';
import { storedLayersReader } from '../../utils/subscriptions/stored-layers';

const readStored = storedLayersReader();

/** The packs in use, in layering order, from what the background and the agent stored. */
export async function readPackRows(): Promise<InstalledPack[]> {
  const [{ layers, subscriptions, states }, installedAt] = await Promise.all([readStored(), bundledPacksInstalledItem.getValue()]);
  return listLayerPacks(layers, { installedAt, subscriptions, states });
}

/** The packs Attune uses now, in the order they are layered: bundled, team packs, then imported files. */
export function PacksSection() {
  const t = useT();
  const lang = useUiLanguage();
  const id = useId();
  // The bundled packs show at once; the stored layers replace them as soon as they are read.
  const [rows, setRows] = useState<InstalledPack[]>(() => listInstalledPacks(BUNDLED_PACKS, null));

  useEffect(() => {
    let live = true;
    let reading = Promise.resolve();
    // One read after another, so a slow read never overwrites a newer one.
    const refresh = () => {
      reading = reading
        .then(readPackRows)
        .then((next) => {
          if (live) setRows(next);
        })
        .catch(() => undefined);
    };
    refresh();
    const stops = [subscriptionsItem.watch(refresh), subscriptionStatesItem.watch(refresh), localPacksItem.watch(refresh), bundledPacksInstalledItem.watch(refresh)];
    return () => {
      live = false;
      stops.forEach((stop) => stop());
    };
  }, []);

  const attuneVersion = browser.runtime.getManifest().version;
  const date = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(iso));
  const source = (pack: InstalledPack) => {
    if (pack.source === 'bundled') return t('options_packSourceBundled');
    if (pack.source === 'local') return t('options_packSourceLocal');
    return t(pack.byPolicy ? 'options_packSourcePolicy' : 'options_packSourceSubscription', [pack.host ?? '']);
  };
  const updated = (pack: InstalledPack) => {
    if (pack.source === 'subscription') return pack.updatedAt ? t('options_packActivatedOn', [date(pack.updatedAt)]) : undefined;
    if (pack.source === 'local') return undefined;
    return pack.updatedAt ? t('options_packUpdatedOn', [date(pack.updatedAt), attuneVersion]) : t('options_packUpdatedWith', [attuneVersion]);
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('options_packsHeading')}</h2>
      <p>{t('options_packsIntro')}</p>
      <ol className="packs">
        {rows.map((pack, i) => {
          const when = updated(pack);
          return (
            <li key={`${i}-${pack.source}-${pack.id}`} className="pack" data-testid="pack-layer">
              <h3>{pack.name}</h3>
              <dl>
                <dt>{t('options_packVersion')}</dt>
                <dd>{pack.version}</dd>
                <dt>{t('options_packLanguage')}</dt>
                <dd>{languageName(pack.locale)}</dd>
                <dt>{t('options_packSource')}</dt>
                <dd>{source(pack)}</dd>
                {when && (
                  <>
                    <dt>{t('options_packUpdated')}</dt>
                    <dd>{when}</dd>
                  </>
                )}
                <dt>{t('options_packContents')}</dt>
                <dd>{t('options_packCounts', [String(pack.counts.emotions), String(pack.counts.phrasings), String(pack.counts.faq)])}</dd>
              </dl>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
