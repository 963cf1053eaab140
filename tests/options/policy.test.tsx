// @vitest-environment jsdom
import { act, cleanup, render, renderHook, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PacksSection } from '../../components/options/PacksSection';
import { usePreferences } from '../../components/options/usePreferences';
import { setUiLanguage } from '../../utils/i18n';
import { BUNDLED_PACKS } from '../../utils/pack/bundled';
import { customDomainsItem } from '../../utils/settings/items';
import { LOCKABLE_SETTING_NAMES, type LockableSetting } from '../../utils/settings/locked';
import { readPreferences, updatePreferences } from '../../utils/settings/preferences';
import { localPacksItem } from '../../utils/subscriptions/local';
import { managedPolicyItem, startManagedPolicy, type PolicyBrowser } from '../../utils/subscriptions/policy';
import type { ActiveRelease } from '../../utils/subscriptions/poll';
import { subscriptionStatesItem, subscriptionsItem } from '../../utils/subscriptions/store';
import { expectNoAxeViolations, renderOptionsPage, setupOptionsTests } from './setup';

const KEY = `${'A'.repeat(42)}E=`;
const TEAM = 'https://packs.example.com/team/manifest.json';
const RETURNS = 'https://cdn.example.org/returns/manifest.json';
const DOMAIN = { pattern: 'https://help.acme.com/*', addedAt: '2026-11-23T10:00:00.000Z' };
const HINT = 'Set by your organization';

function pack(id: string, name: string, version: string, faq = 1) {
  return {
    id,
    name,
    version,
    locale: 'en',
    faq: Array.from({ length: faq }, (_, i) => ({ id: `${id}-q${i}`, question: `Question ${i}?`, answer: `Answer ${i}.` })),
  };
}

function release(p: ReturnType<typeof pack>, activatedAt = '2026-11-23T12:00:00.000Z'): ActiveRelease {
  return {
    manifest: { format: 1, packId: p.id, version: p.version, locale: p.locale, sha256: p.version.replace(/\D/g, '').padEnd(64, '0'), signature: 'AAAA', keyId: '0'.repeat(16), publishedAt: activatedAt, pack: 'p.json' },
    packText: JSON.stringify(p),
    activatedAt,
  } as ActiveRelease;
}

const lock = (...locked: LockableSetting[]) => managedPolicyItem.setValue({ active: true, locked, problems: [] });

const permissions = setupOptionsTests();

const isDisabled = (el: HTMLElement) => (el as HTMLInputElement).disabled;
const describedBy = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent);
const group = (name: string) => screen.getByRole('group', { name });

/** The options controls each lockable setting freezes (with one custom domain, one subscription with a previous release and one imported pack). */
const CONTROLS: Record<LockableSetting, () => HTMLElement[]> = {
  uiLanguage: () => within(group('Language of Attune’s screens')).getAllByRole('radio'),
  japaneseRegister: () => within(group('Politeness of Japanese lines')).getAllByRole('radio'),
  disabledSites: () => within(group('Read conversations on')).getAllByRole('checkbox'),
  customDomains: () => [
    screen.getByRole('textbox', { name: 'Helpdesk address' }),
    screen.getByRole('combobox', { name: 'Helpdesk' }),
    screen.getByRole('button', { name: 'Add' }),
    screen.getByRole('button', { name: `Remove ${DOMAIN.pattern}` }),
  ],
  subscriptions: () => [
    screen.getByRole('textbox', { name: 'Release manifest URL' }),
    screen.getByRole('textbox', { name: 'Publisher public key' }),
    screen.getByRole('button', { name: 'Subscribe' }),
    screen.getByRole('button', { name: `Remove ${TEAM}` }),
    screen.getByRole('button', { name: 'Roll back to 1.1.0' }),
  ],
  localPacks: () => [screen.getByLabelText('Import a pack file'), screen.getByRole('button', { name: 'Remove the imported pack My answers' })],
  reset: () => [screen.getByRole('button', { name: 'Reset to defaults…' })],
};

async function seedEverything() {
  await customDomainsItem.setValue([DOMAIN]);
  await subscriptionsItem.setValue([{ url: TEAM, publicKey: KEY, addedBy: 'agent' }]);
  await subscriptionStatesItem.setValue({ [TEAM]: { active: release(pack('acme-en', 'Acme support', '1.2.0')), previous: release(pack('acme-en', 'Acme support', '1.1.0')) } });
  await localPacksItem.setValue([JSON.stringify(pack('mine-en', 'My answers', '0.1.0'))]);
}

describe('locked settings in the options page', () => {
  it('maps every lockable name to controls', () => {
    expect(Object.keys(CONTROLS).sort()).toEqual([...LOCKABLE_SETTING_NAMES].sort());
  });

  it.each(LOCKABLE_SETTING_NAMES)('%s: its controls are disabled and say why; every other control still works', async (name) => {
    await seedEverything();
    await lock(name);
    await renderOptionsPage();
    await screen.findByRole('button', { name: 'Remove the imported pack My answers' });
    await vi.waitFor(() => expect(CONTROLS[name]().map(isDisabled)).toEqual(CONTROLS[name]().map(() => true)));
    for (const control of CONTROLS[name]()) expect(describedBy(control), control.outerHTML.slice(0, 80)).toContain(HINT);
    for (const other of LOCKABLE_SETTING_NAMES.filter((n) => n !== name)) {
      for (const control of CONTROLS[other]()) expect(isDisabled(control), `${other}: ${control.outerHTML.slice(0, 80)}`).toBe(false);
    }
  });

  it('a locked switch cannot be changed; an unlocked setting next to it still saves', async () => {
    await lock('disabledSites');
    const { user } = await renderOptionsPage();
    const gmail = screen.getByRole('checkbox', { name: 'Gmail' }) as HTMLInputElement;
    await vi.waitFor(() => expect(gmail.disabled).toBe(true));
    await user.click(gmail);
    await user.click(gmail.closest('label')!);
    expect(gmail.checked).toBe(true);
    expect((await readPreferences()).disabledSites).toEqual([]);

    await user.click(screen.getByRole('radio', { name: /Formal/ }));
    await vi.waitFor(async () => expect((await readPreferences()).japaneseRegister).toBe('formal'));
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Saved.')).toBe(true);
  });

  it('a preference change that reaches the store while its lock is new leaves the locked value alone', async () => {
    const { result } = renderHook(() => usePreferences());
    await vi.waitFor(() => expect(result.current[0]).toBeDefined());
    // The hook has not re-rendered since: only the guard in update() stands between the change and the store.
    await lock('japaneseRegister');
    await act(() => result.current[1]({ japaneseRegister: 'formal', disabledSites: ['gmail'] }));
    expect(await readPreferences()).toEqual({ uiLanguage: 'auto', japaneseRegister: 'polite', disabledSites: ['gmail'] });
    await act(() => result.current[1](() => ({ japaneseRegister: 'formal' })));
    expect((await readPreferences()).japaneseRegister).toBe('polite');
  });

  it('follows a policy that arrives or goes while the page is open', async () => {
    await renderOptionsPage();
    const gmail = screen.getByRole('checkbox', { name: 'Gmail' }) as HTMLInputElement;
    expect(gmail.disabled).toBe(false);
    expect(screen.queryByRole('heading', { name: 'Managed by your organization' })).toBeNull();
    await act(() => lock('disabledSites'));
    await vi.waitFor(() => expect(gmail.disabled).toBe(true));
    expect(screen.getByRole('heading', { level: 2, name: 'Managed by your organization' })).toBeTruthy();
    await act(() => managedPolicyItem.setValue({ active: false, locked: [], problems: [] }));
    await vi.waitFor(() => expect(gmail.disabled).toBe(false));
    expect(screen.queryByText(HINT)).toBeNull();
  });

  it('a domain locked while the permission prompt is open is not added, and its new permission goes', async () => {
    permissions.request.mockImplementation(async () => {
      await lock('customDomains');
      return true;
    });
    const { user } = await renderOptionsPage();
    await user.type(screen.getByRole('textbox', { name: 'Helpdesk address' }), 'desk.acme.co.jp');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Your organization has just locked this setting, so nothing was changed.')).toBeTruthy();
    expect(await customDomainsItem.getValue()).toEqual([]);
    expect(permissions.remove).toHaveBeenCalledWith({ origins: ['https://desk.acme.co.jp/*'] });
  });

  it('a subscription locked while the permission prompt is open is not added', async () => {
    permissions.request.mockImplementation(async () => {
      await lock('subscriptions');
      return true;
    });
    const { user } = await renderOptionsPage();
    await user.type(screen.getByRole('textbox', { name: 'Release manifest URL' }), TEAM);
    await user.type(screen.getByRole('textbox', { name: 'Publisher public key' }), KEY);
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(await screen.findByText('Your organization has just locked this setting, so nothing was changed.')).toBeTruthy();
    expect(await subscriptionsItem.getValue()).toEqual([]);
  });
});

describe('reset under a policy', () => {
  beforeEach(async () => {
    await updatePreferences({ uiLanguage: 'ja', japaneseRegister: 'formal', disabledSites: ['gmail', 'zendesk'] });
    await customDomainsItem.setValue([DOMAIN]);
    act(() => setUiLanguage('ja'));
  });

  it('resets what is not locked, says what it keeps, and leaves the locked settings alone', async () => {
    await lock('uiLanguage', 'customDomains');
    const { user } = await renderOptionsPage();
    const kept = '組織が設定した項目（Attune の表示言語、独自ドメインのヘルプデスク）は変更されません。';
    expect(await screen.findByText(kept)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '初期設定に戻す…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'すべての設定を初期状態に戻しますか？' });
    expect(within(dialog).getByText(kept)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: '初期状態に戻す' }));
    expect(await screen.findByText('組織が設定した項目を除き、設定を初期状態に戻しました。')).toBeTruthy();
    expect(await readPreferences()).toEqual({ uiLanguage: 'ja', japaneseRegister: 'polite', disabledSites: [] });
    expect(await customDomainsItem.getValue()).toEqual([DOMAIN]);
    expect(permissions.remove).not.toHaveBeenCalled();
    // The page language is locked too: the page stays in Japanese.
    expect(screen.getByRole('heading', { level: 1, name: 'Attune の設定' })).toBeTruthy();
  });

  it('cannot be started when reset is locked', async () => {
    await lock('reset');
    const { user } = await renderOptionsPage();
    const button = screen.getByRole('button', { name: '初期設定に戻す…' }) as HTMLButtonElement;
    await vi.waitFor(() => expect(button.disabled).toBe(true));
    expect(describedBy(button)).toEqual(['組織によって設定されています']);
    await user.click(button);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((await readPreferences()).disabledSites).toEqual(['gmail', 'zendesk']);
  });

  it('closes an open confirmation when reset is locked meanwhile, changing nothing', async () => {
    const { user } = await renderOptionsPage();
    const opener = screen.getByRole('button', { name: '初期設定に戻す…' }) as HTMLButtonElement;
    await user.click(opener);
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    await act(() => lock('reset'));
    await vi.waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(opener.disabled).toBe(true);
    expect((await readPreferences()).disabledSites).toEqual(['gmail', 'zendesk']);
    expect(await customDomainsItem.getValue()).toEqual([DOMAIN]);
  });
});

describe('the policy notice', () => {
  /** The real chain: managed storage → startManagedPolicy → local:managedPolicy → the page. */
  async function applyPolicy(managed: Record<string, unknown>) {
    await fakeBrowser.storage.managed.set(managed);
    await startManagedPolicy(fakeBrowser as unknown as PolicyBrowser, () => 0.5).idle();
  }

  it('says what the organization sets and lists each skipped entry with its path', async () => {
    await subscriptionsItem.setValue([{ url: 'https://mine.example.net/m.json', publicKey: KEY, addedBy: 'agent' }]);
    await applyPolicy({
      packUrls: [TEAM, 'http://evil.example.com/m.json', RETURNS],
      publisherKeys: [KEY],
      updateIntervalMinutes: 30,
      lockedSettings: ['disabledSites', 'colour', 'reset'],
    });
    const { container } = await renderOptionsPage();
    const notice = (await screen.findByRole('heading', { level: 2, name: 'Managed by your organization' })).closest('section')!;
    expect(screen.getAllByRole('heading', { level: 2 })[0]!.textContent).toBe('Managed by your organization');
    await vi.waitFor(() => expect(within(notice).getByText('Team packs added by your organization: 2')).toBeTruthy());
    expect(within(notice).getByText('Team packs are checked every 30 minutes.')).toBeTruthy();
    expect(within(notice).getByText('Locked settings: Helpdesks and Reset')).toBeTruthy();
    const problems = within(notice).getByRole('list', { name: 'Attune skipped these policy entries. Please pass them on to your administrator:' });
    expect(within(problems).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'packUrls.1 — must be an https:// URL without credentials',
      'lockedSettings.1 — unknown setting "colour"; known: uiLanguage, japaneseRegister, disabledSites, customDomains, subscriptions, localPacks, reset',
    ]);
    // It describes the page; it does not interrupt on every load.
    expect(within(notice).queryByRole('alert')).toBeNull();
    expect(notice.getAttribute('aria-live')).toBeNull();
    await expectNoAxeViolations(container);
    act(() => setUiLanguage('ja'));
    expect(await within(notice).findByText('変更できない設定：ヘルプデスク、リセット')).toBeTruthy();
    expect(within(notice).getByText('組織が追加したチームパック：2 件')).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('says nothing is locked when the policy only adds packs, and is absent without a policy', async () => {
    await applyPolicy({ packUrls: [TEAM], publisherKeys: [KEY] });
    await renderOptionsPage();
    expect(await screen.findByText('No settings are locked: you can change them all.')).toBeTruthy();
    expect(screen.queryByText(/checked every/)).toBeNull();
    expect(screen.queryByRole('list', { name: /skipped/ })).toBeNull();
    cleanup();
    await fakeBrowser.storage.managed.clear();
    await startManagedPolicy(fakeBrowser as unknown as PolicyBrowser, () => 0.5).idle();
    await renderOptionsPage();
    expect(screen.queryByRole('heading', { name: 'Managed by your organization' })).toBeNull();
  });
});

describe('phrase packs in use', () => {
  const names = () => screen.getAllByTestId('pack-layer').map((li) => within(li).getByRole('heading', { level: 3 }).textContent);
  const card = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li')!;

  it('lists subscribed and imported packs after the bundled ones, in layering order, as storage changes', async () => {
    render(<PacksSection />);
    await vi.waitFor(() => expect(names()).toEqual(BUNDLED_PACKS.map((p) => p.name)));

    // The background activates a policy pack and an agent's pack (policy ones layer first).
    await act(async () => {
      await subscriptionsItem.setValue([
        { url: RETURNS, publicKey: KEY, addedBy: 'policy' },
        { url: TEAM, publicKey: KEY, addedBy: 'agent' },
      ]);
      await subscriptionStatesItem.setValue({
        [TEAM]: { active: release(pack('acme-en', 'Acme support', '1.2.0', 3), '2026-11-23T12:00:00.000Z') },
        [RETURNS]: { active: release(pack('returns-en', 'Returns desk', '4.0.1', 2), '2026-11-20T09:00:00.000Z') },
      });
    });
    await vi.waitFor(() => expect(names()).toEqual([...BUNDLED_PACKS.map((p) => p.name), 'Returns desk', 'Acme support']));
    const acme = card('Acme support');
    expect(within(acme).getByText('1.2.0')).toBeTruthy();
    expect(within(acme).getByText('English')).toBeTruthy();
    expect(within(acme).getByText('Team pack from packs.example.com')).toBeTruthy();
    expect(within(acme).getByText('Activated on Nov 23, 2026')).toBeTruthy();
    expect(within(acme).getByText('0 feelings, 0 suggested lines, 3 FAQ answers')).toBeTruthy();
    expect(within(card('Returns desk')).getByText('Team pack from cdn.example.org, added by your organization')).toBeTruthy();
    expect(within(card('Returns desk')).getByText('Activated on Nov 20, 2026')).toBeTruthy();

    // The agent imports a file: it goes on top.
    await act(() => localPacksItem.setValue([JSON.stringify(pack('mine-en', 'My answers', '0.1.0'))]));
    await vi.waitFor(() => expect(names()).toEqual([...BUNDLED_PACKS.map((p) => p.name), 'Returns desk', 'Acme support', 'My answers']));
    expect(within(card('My answers')).getByText('Imported file')).toBeTruthy();
    expect(within(card('My answers')).queryByText('Last update')).toBeNull();
    // Bundled packs keep their Attune version line.
    expect(within(card(BUNDLED_PACKS[0]!.name)).getByText('With Attune 0.1.0')).toBeTruthy();

    // A rollback or removal shows too.
    await act(() => subscriptionsItem.setValue([{ url: RETURNS, publicKey: KEY, addedBy: 'policy' }]));
    await vi.waitFor(() => expect(names()).toEqual([...BUNDLED_PACKS.map((p) => p.name), 'Returns desk', 'My answers']));
    act(() => setUiLanguage('ja'));
    expect(within(card('Returns desk')).getByText('cdn.example.org のチームパック（組織が追加）')).toBeTruthy();
    expect(within(card('Returns desk')).getByText('2026/11/20 に有効化')).toBeTruthy();
    expect(within(card('My answers')).getByText('読み込んだファイル')).toBeTruthy();
  });

  it('leaves out a stored release that no longer validates', async () => {
    await subscriptionsItem.setValue([{ url: TEAM, publicKey: KEY, addedBy: 'agent' }]);
    await subscriptionStatesItem.setValue({ [TEAM]: { active: { ...release(pack('acme-en', 'Acme support', '1.2.0')), packText: '{"id": 1}' } } });
    await localPacksItem.setValue([JSON.stringify(pack('mine-en', 'My answers', '0.1.0'))]);
    render(<PacksSection />);
    await vi.waitFor(() => expect(names()).toEqual([...BUNDLED_PACKS.map((p) => p.name), 'My answers']));
  });
});
