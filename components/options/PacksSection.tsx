import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { languageName, useT, useUiLanguage } from '../../utils/i18n';
import { BUNDLED_PACKS } from '../../utils/pack/bundled';
import { bundledPacksInstalledItem, listInstalledPacks, type InstalledPack } from '../../utils/settings/installed-packs';

/** The packs Attune uses now. Bundled ones today; subscribed packs join this list in a later issue. */
export function PacksSection() {
  const t = useT();
  const lang = useUiLanguage();
  const id = useId();
  const [installedAt, setInstalledAt] = useState<string | null>(null);

  useEffect(() => {
    void bundledPacksInstalledItem.getValue().then(setInstalledAt);
    return bundledPacksInstalledItem.watch(setInstalledAt);
  }, []);

  const attuneVersion = browser.runtime.getManifest().version;
  const updated = (pack: InstalledPack) =>
    pack.updatedAt
      ? t('options_packUpdatedOn', [new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(pack.updatedAt)), attuneVersion])
      : t('options_packUpdatedWith', [attuneVersion]);

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('options_packsHeading')}</h2>
      <p>{t('options_packsIntro')}</p>
      <ul className="packs">
        {listInstalledPacks(BUNDLED_PACKS, installedAt).map((pack) => (
          <li key={pack.id} className="pack">
            <h3 id={`${id}-${pack.id}`}>{pack.name}</h3>
            <dl>
              <dt>{t('options_packVersion')}</dt>
              <dd>{pack.version}</dd>
              <dt>{t('options_packLanguage')}</dt>
              <dd>{languageName(pack.locale)}</dd>
              <dt>{t('options_packSource')}</dt>
              <dd>{t('options_packSourceBundled')}</dd>
              <dt>{t('options_packUpdated')}</dt>
              <dd>{updated(pack)}</dd>
              <dt>{t('options_packContents')}</dt>
              <dd>{t('options_packCounts', [String(pack.counts.emotions), String(pack.counts.phrasings), String(pack.counts.faq)])}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
