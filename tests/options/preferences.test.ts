import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_PREFERENCES,
  normalizePreferences,
  preferencesItem,
  readPreferences,
  resetSettings,
  setSiteEnabled,
  updatePreferences,
} from '../../utils/settings/preferences';
import { customDomainsItem } from '../../utils/settings/items';
import { PREFERENCES_KEY, disabledSitesOf, readDisabledSites } from '../../utils/settings/disabled-sites';
import { bundledPacksInstalledItem, listInstalledPacks } from '../../utils/settings/installed-packs';
import { BUNDLED_PACKS } from '../../utils/pack/bundled';
import { followUiLanguagePreference, getUiLanguage, setUiLanguage } from '../../utils/i18n';
import { lockedSettingsOf, withoutLocked } from '../../utils/settings/locked';

beforeEach(() => {
  fakeBrowser.reset();
  setUiLanguage('en');
});

describe('preferences', () => {
  it('start at the defaults: language of the browser, polite Japanese, every helpdesk on', async () => {
    expect(await readPreferences()).toEqual({ uiLanguage: 'auto', japaneseRegister: 'polite', disabledSites: [] });
    expect(DEFAULT_PREFERENCES).toEqual({ uiLanguage: 'auto', japaneseRegister: 'polite', disabledSites: [] });
  });

  // Runs before anything else writes the item: @wxt-dev/storage records the version with the first value.
  it('live in sync storage, version 1, under the key content scripts read', async () => {
    expect(preferencesItem.key).toBe(`sync:${PREFERENCES_KEY}`);
    await updatePreferences({ japaneseRegister: 'formal', disabledSites: ['gmail'] });
    const stored = await fakeBrowser.storage.sync.get([PREFERENCES_KEY, `${PREFERENCES_KEY}$`]);
    expect(stored[PREFERENCES_KEY]).toEqual({ uiLanguage: 'auto', japaneseRegister: 'formal', disabledSites: ['gmail'] });
    expect(stored[`${PREFERENCES_KEY}$`]).toEqual({ v: 1 });
    expect(await readDisabledSites(fakeBrowser.storage.sync)).toEqual(['gmail']);
  });

  it('keep a version-1 value as it is when migrations run (on every extension update)', async () => {
    const saved = { uiLanguage: 'ja', japaneseRegister: 'formal', disabledSites: ['front'] };
    await fakeBrowser.storage.sync.set({ [PREFERENCES_KEY]: saved, [`${PREFERENCES_KEY}$`]: { v: 1 } });
    await preferencesItem.migrate();
    expect(await readPreferences()).toEqual(saved);
  });

  it('keep what they understand from a stray or partial value, default the rest', () => {
    expect(normalizePreferences({ uiLanguage: 'fr', japaneseRegister: 'formal', disabledSites: ['zendesk', 3, 'zendesk', 'front'], theme: 'dark' })).toEqual({
      uiLanguage: 'auto',
      japaneseRegister: 'formal',
      disabledSites: ['front', 'zendesk'],
    });
    expect(normalizePreferences(null)).toEqual(DEFAULT_PREFERENCES);
    expect(normalizePreferences('ja')).toEqual(DEFAULT_PREFERENCES);
    expect(disabledSitesOf({ disabledSites: 'gmail' })).toEqual([]);
  });

  it('read a malformed stored value without failing', async () => {
    await fakeBrowser.storage.sync.set({ [PREFERENCES_KEY]: { uiLanguage: 'ja', disabledSites: 'all' } });
    expect(await readPreferences()).toEqual({ uiLanguage: 'ja', japaneseRegister: 'polite', disabledSites: [] });
    expect(await readDisabledSites(fakeBrowser.storage.sync)).toEqual([]);
    expect(await readDisabledSites({ get: () => Promise.reject(new Error('storage unavailable')) })).toEqual([]);
  });

  it('switch helpdesks off and on without losing a change made in between', async () => {
    await Promise.all([setSiteEnabled('gmail', false), setSiteEnabled('outlook', false)]);
    await setSiteEnabled('front', false);
    await setSiteEnabled('gmail', true);
    const { disabledSites } = await readPreferences();
    expect(disabledSites).toContain('front');
    expect(disabledSites).not.toContain('gmail');
  });

  it('patch from what is stored when given a function', async () => {
    await updatePreferences({ disabledSites: ['zammad'] });
    const next = await updatePreferences(({ disabledSites }) => ({ disabledSites: [...disabledSites, 'freescout'] }));
    expect(next.disabledSites).toEqual(['freescout', 'zammad']);
  });
});

describe('resetSettings', () => {
  it('restores the defaults and removes custom domains with their permissions', async () => {
    await updatePreferences({ uiLanguage: 'ja', japaneseRegister: 'formal', disabledSites: ['gmail', 'zendesk'] });
    await customDomainsItem.setValue([
      { pattern: 'https://help.acme.com/*', addedAt: '2026-11-01T00:00:00.000Z' },
      { pattern: 'https://desk.acme.co.jp/*', site: 'zammad', addedAt: '2026-11-02T00:00:00.000Z' },
    ]);
    const remove = vi.fn(async () => true);
    await resetSettings({ remove });
    expect(remove).toHaveBeenCalledWith({ origins: ['https://help.acme.com/*', 'https://desk.acme.co.jp/*'] });
    expect(await readPreferences()).toEqual(DEFAULT_PREFERENCES);
    expect(await customDomainsItem.getValue()).toEqual([]);
  });

  it('still resets when the browser refuses to remove a permission, and asks nothing without domains', async () => {
    await customDomainsItem.setValue([{ pattern: 'https://help.acme.com/*', addedAt: '2026-11-01T00:00:00.000Z' }]);
    await resetSettings({ remove: () => Promise.reject(new Error('not allowed')) });
    expect(await customDomainsItem.getValue()).toEqual([]);
    const remove = vi.fn(async () => true);
    await resetSettings({ remove });
    expect(remove).not.toHaveBeenCalled();
  });
});

describe('resetSettings under a policy', () => {
  const domain = { pattern: 'https://help.acme.com/*', addedAt: '2026-11-01T00:00:00.000Z' };
  beforeEach(async () => {
    await updatePreferences({ uiLanguage: 'ja', japaneseRegister: 'formal', disabledSites: ['gmail', 'zendesk'] });
    await customDomainsItem.setValue([domain]);
  });

  it('leaves locked preferences and locked custom domains (with their permissions) as they are, resets the rest', async () => {
    const remove = vi.fn(async () => true);
    await resetSettings({ remove }, ['japaneseRegister', 'customDomains']);
    expect(await readPreferences()).toEqual({ uiLanguage: 'auto', japaneseRegister: 'formal', disabledSites: [] });
    expect(await customDomainsItem.getValue()).toEqual([domain]);
    expect(remove).not.toHaveBeenCalled();

    await updatePreferences({ uiLanguage: 'ja' });
    await resetSettings({ remove }, ['uiLanguage', 'disabledSites']);
    expect(await readPreferences()).toEqual({ uiLanguage: 'ja', japaneseRegister: 'polite', disabledSites: [] });
    expect(await customDomainsItem.getValue()).toEqual([]);
    expect(remove).toHaveBeenCalledWith({ origins: [domain.pattern] });
  });

  it('refuses when reset itself is locked, changing nothing', async () => {
    const remove = vi.fn(async () => true);
    await expect(resetSettings({ remove }, ['reset'])).rejects.toThrow(/locked/);
    expect(await readPreferences()).toEqual({ uiLanguage: 'ja', japaneseRegister: 'formal', disabledSites: ['gmail', 'zendesk'] });
    expect(await customDomainsItem.getValue()).toEqual([domain]);
    expect(remove).not.toHaveBeenCalled();
  });
});

describe('locked settings helpers', () => {
  it('take locked preferences out of a change and keep the others', () => {
    expect(withoutLocked({ uiLanguage: 'ja', japaneseRegister: 'formal', disabledSites: ['gmail'] }, ['japaneseRegister', 'subscriptions'])).toEqual({ uiLanguage: 'ja', disabledSites: ['gmail'] });
    expect(withoutLocked({ disabledSites: [] }, [])).toEqual({ disabledSites: [] });
  });

  it('read a stored lock list as the known names only, in a fixed order', () => {
    expect(lockedSettingsOf(['reset', 'nonsense', 3, 'uiLanguage'])).toEqual(['uiLanguage', 'reset']);
    expect(lockedSettingsOf(undefined)).toEqual([]);
    expect(lockedSettingsOf('reset')).toEqual([]);
  });
});

describe('followUiLanguagePreference', () => {
  it('applies the stored language and follows changes until stopped', async () => {
    await updatePreferences({ uiLanguage: 'ja' });
    const stop = followUiLanguagePreference();
    await vi.waitFor(() => expect(getUiLanguage()).toBe('ja'));
    await updatePreferences({ uiLanguage: 'en' });
    await vi.waitFor(() => expect(getUiLanguage()).toBe('en'));
    stop();
    await updatePreferences({ uiLanguage: 'ja' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(getUiLanguage()).toBe('en');
  });
});

describe('installed packs', () => {
  it('lists the bundled packs with version, source and the install time as last update', async () => {
    expect(listInstalledPacks(BUNDLED_PACKS, null).map(({ id, locale, source, updatedAt }) => ({ id, locale, source, updatedAt }))).toEqual([
      { id: 'attune-en', locale: 'en', source: 'bundled', updatedAt: undefined },
      { id: 'attune-ja', locale: 'ja', source: 'bundled', updatedAt: undefined },
    ]);
    await bundledPacksInstalledItem.setValue('2026-11-23T10:00:00.000Z');
    const [en] = listInstalledPacks(BUNDLED_PACKS, await bundledPacksInstalledItem.getValue());
    expect(en).toMatchObject({ version: BUNDLED_PACKS[0]!.version, updatedAt: '2026-11-23T10:00:00.000Z' });
    expect(en!.counts.emotions).toBeGreaterThanOrEqual(9);
    expect(en!.counts.faq).toBeGreaterThan(0);
  });
});
