// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { setUiLanguage } from '../../utils/i18n';
import { readPreferences, updatePreferences, DEFAULT_PREFERENCES } from '../../utils/settings/preferences';
import { customDomainsItem } from '../../utils/settings/items';
import { bundledPacksInstalledItem } from '../../utils/settings/installed-packs';
import { BUNDLED_PACKS } from '../../utils/pack/bundled';
import { SITE_IDS } from '../../utils/adapters/site-ids';
import { expectNoAxeViolations, renderOptionsPage, setupOptionsTests } from './setup';

const permissions = setupOptionsTests();

describe('the options page', () => {
  it('shows every section, in English by default', async () => {
    await renderOptionsPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Attune settings' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Language',
      'Helpdesks',
      'Custom helpdesk domains',
      'Phrase packs',
      'Team pack subscriptions',
      'Keyboard shortcuts',
      'Privacy',
      'Reset',
    ]);
    expect(document.title).toBe('Attune settings');
  });

  it('is busy until the settings are read, then shows them', async () => {
    await updatePreferences({ japaneseRegister: 'formal' });
    render(<OptionsApp />);
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(((await screen.findByRole('radio', { name: /Formal/ })) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('main').hasAttribute('aria-busy')).toBe(false);
  });

  it('has no axe violations, in English and in Japanese', async () => {
    const { container } = await renderOptionsPage();
    await expectNoAxeViolations(container);
    act(() => setUiLanguage('ja'));
    await expectNoAxeViolations(container);
  });
});

describe('language', () => {
  it('switches the page to Japanese and back to the browser language, saving each choice', async () => {
    const { user } = await renderOptionsPage();
    expect((screen.getByRole('radio', { name: 'Same as the browser (English)' }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('radio', { name: '日本語' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Attune の設定' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('ja');
    expect((await readPreferences()).uiLanguage).toBe('ja');
    expect(screen.getAllByRole('status').some((s) => s.textContent === '保存しました。')).toBe(true);

    await user.click(screen.getByRole('radio', { name: 'ブラウザーと同じ（English）' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Attune settings' })).toBeTruthy();
    expect((await readPreferences()).uiLanguage).toBe('auto');
  });

  it('keeps the politeness of Japanese lines, with an example of each', async () => {
    const { user } = await renderOptionsPage();
    const group = screen.getByRole('group', { name: 'Politeness of Japanese lines' });
    expect(within(group).getByText(/お待たせしてしまい/)).toBeTruthy();
    expect(within(group).getByText(/深くお詫び申し上げます/)).toBeTruthy();
    await user.click(within(group).getByRole('radio', { name: /Formal — 尊敬語・謙譲語/ }));
    await vi.waitFor(async () => expect((await readPreferences()).japaneseRegister).toBe('formal'));
    expect((within(group).getByRole('radio', { name: /Polite/ }) as HTMLInputElement).checked).toBe(false);
  });
});

describe('helpdesks', () => {
  it('has a switch per helpdesk, all on by default', async () => {
    await renderOptionsPage();
    const boxes = within(screen.getByRole('group', { name: 'Read conversations on' })).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes).toHaveLength(SITE_IDS.length);
    expect(boxes.every((box) => box.checked)).toBe(true);
  });

  it('turns one off and on again, stored and announced', async () => {
    const { user } = await renderOptionsPage();
    const gmail = screen.getByRole('checkbox', { name: 'Gmail' }) as HTMLInputElement;
    await user.click(gmail);
    await vi.waitFor(() => expect(gmail.checked).toBe(false));
    expect((await readPreferences()).disabledSites).toEqual(['gmail']);
    expect(screen.getByText('Attune no longer reads Gmail.')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Outlook on the web' }));
    await user.click(gmail);
    await vi.waitFor(() => expect(gmail.checked).toBe(true));
    expect((await readPreferences()).disabledSites).toEqual(['outlook']);
    expect(screen.getByText('Attune reads Gmail again.')).toBeTruthy();
  });

  it('shows a change made elsewhere (another window, sync)', async () => {
    await renderOptionsPage();
    await act(() => updatePreferences({ disabledSites: ['front'] }));
    await vi.waitFor(() => expect((screen.getByRole('checkbox', { name: 'Front' }) as HTMLInputElement).checked).toBe(false));
  });
});

describe('custom domains', () => {
  it('adds a domain after the browser grants that one host', async () => {
    const { user } = await renderOptionsPage();
    expect(screen.getByText('No custom domains yet.')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Helpdesk address' }), 'https://desk.acme.co.jp/#ticket/zoom/4');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Helpdesk' }), 'zammad');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://desk.acme.co.jp/*'] });
    expect(await screen.findByText('Attune now reads conversations on desk.acme.co.jp. Reload its tabs.')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Added domains' });
    expect(within(list).getByText('https://desk.acme.co.jp/*')).toBeTruthy();
    expect(within(list).getByText(/Zammad · added/)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Helpdesk address' }) as HTMLInputElement).value).toBe('');
    expect(await customDomainsItem.getValue()).toMatchObject([{ pattern: 'https://desk.acme.co.jp/*', site: 'zammad' }]);
  });

  it('stores nothing when the permission is refused', async () => {
    permissions.request.mockResolvedValue(false);
    const { user } = await renderOptionsPage();
    await user.type(screen.getByRole('textbox', { name: 'Helpdesk address' }), 'help.acme.com{Enter}');
    expect(await screen.findByText('Permission for help.acme.com was not granted, so Attune will not read it.')).toBeTruthy();
    expect(await customDomainsItem.getValue()).toEqual([]);
  });

  it.each([
    ['', 'Type the address of your helpdesk, like help.example.com.', 'ヘルプデスクのアドレスを入力してください（例：help.example.com）。'],
    ['http://help.acme.com', 'Only https:// helpdesks can be added.', '追加できるのは https:// のヘルプデスクだけです。'],
    ['help acme', '“help acme” is not a host name like help.example.com.', '「help acme」はホスト名ではありません（例：help.example.com）。'],
    ['https://', '“https://” is not a web address.', '「https://」はウェブアドレスではありません。'],
  ])('explains why %j is refused, in the UI language', async (input, english, japanese) => {
    const { user } = await renderOptionsPage();
    const field = screen.getByRole('textbox', { name: 'Helpdesk address' });
    if (input) await user.type(field, input);
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText(english)).toBeTruthy();
    act(() => setUiLanguage('ja'));
    expect(await screen.findByText(japanese)).toBeTruthy();
    expect(permissions.request).not.toHaveBeenCalled();
  });

  it('removes a domain and its permission', async () => {
    await customDomainsItem.setValue([{ pattern: 'https://help.acme.com/*', addedAt: '2026-11-23T10:00:00.000Z' }]);
    const { user } = await renderOptionsPage();
    expect(await screen.findByText(/detected automatically · added Nov 23, 2026/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Remove https://help.acme.com/*' }));
    expect(permissions.remove).toHaveBeenCalledWith({ origins: ['https://help.acme.com/*'] });
    expect(await screen.findByText('Removed https://help.acme.com/*.')).toBeTruthy();
    expect(await customDomainsItem.getValue()).toEqual([]);
  });
});

describe('phrase packs', () => {
  it('lists each bundled pack with version, language, source and last update', async () => {
    await renderOptionsPage();
    for (const pack of BUNDLED_PACKS) {
      const card = screen.getByRole('heading', { level: 3, name: pack.name }).closest('li')!;
      expect(within(card).getByText(pack.version)).toBeTruthy();
      expect(within(card).getByText('Bundled with Attune')).toBeTruthy();
      expect(within(card).getByText('With Attune 0.1.0')).toBeTruthy();
      expect(within(card).getByText(new RegExp(`^${pack.emotions!.length} feelings, ${pack.phrasings!.length} suggested lines, ${pack.faq!.length} FAQ answers$`))).toBeTruthy();
    }
    expect(screen.getAllByText('English').length).toBeGreaterThan(0);
    expect(screen.getAllByText('日本語').length).toBeGreaterThan(0);
  });

  it('dates the bundled packs from when this Attune was installed', async () => {
    await bundledPacksInstalledItem.setValue('2026-11-23T10:00:00.000Z');
    await renderOptionsPage();
    expect(await screen.findAllByText('Nov 23, 2026 (Attune 0.1.0)')).toHaveLength(BUNDLED_PACKS.length);
    act(() => setUiLanguage('ja'));
    expect(await screen.findAllByText('2026/11/23（Attune 0.1.0）')).toHaveLength(BUNDLED_PACKS.length);
    expect(screen.getAllByText('Attune に同梱')).toHaveLength(BUNDLED_PACKS.length);
  });
});

describe('keyboard shortcuts', () => {
  it('shows the suggested shortcuts until the browser answers', async () => {
    await renderOptionsPage();
    const section = screen.getByRole('heading', { name: 'Keyboard shortcuts' }).closest('section')!;
    expect(within(section).getByText('Open Attune')).toBeTruthy();
    expect(within(section).getByText('Alt+Shift+S')).toBeTruthy();
    expect(within(section).getByText('Alt+Shift+F')).toBeTruthy();
    expect(within(section).getByText('Alt+Shift+V')).toBeTruthy();
    expect(within(section).getByText(/chrome:\/\/extensions\/shortcuts/)).toBeTruthy();
  });

  it('opens the browser’s shortcut settings from a button', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const { user } = await renderOptionsPage();
    await user.click(screen.getByRole('button', { name: 'Change shortcuts' }));
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });

  it('shows the shortcuts as the agent set them in the browser', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
      { name: '_execute_action', shortcut: 'Alt+Shift+S' },
      { name: 'focus-faq', shortcut: 'Ctrl+Shift+9', description: 'Search the FAQ in the Attune panel' },
      { name: 'insert-top-suggestion', shortcut: '', description: 'Insert Attune’s top suggestion into the reply' },
    ]);
    await renderOptionsPage();
    expect(await screen.findByText('Ctrl+Shift+9')).toBeTruthy();
    expect(screen.getByText('Not set')).toBeTruthy();
  });
});

describe('privacy', () => {
  it('says what is read, that nothing leaves the browser, and the only network traffic', async () => {
    await renderOptionsPage();
    const section = screen.getByRole('heading', { name: 'Privacy' }).closest('section')!;
    expect(within(section).getAllByRole('term').map((term) => term.textContent)).toEqual(['What Attune reads', 'Where it goes', 'Network traffic', 'What is saved']);
    expect(within(section).getByText(/never sent anywhere or saved/)).toBeTruthy();
    expect(within(section).getByText(/Only downloading the phrase packs your team configured/)).toBeTruthy();
  });
});

describe('reset to defaults', () => {
  async function changeEverything() {
    await updatePreferences({ uiLanguage: 'ja', japaneseRegister: 'formal', disabledSites: ['gmail', 'zendesk'] });
    await customDomainsItem.setValue([{ pattern: 'https://help.acme.com/*', addedAt: '2026-11-23T10:00:00.000Z' }]);
    act(() => setUiLanguage('ja'));
  }

  it('asks first; Cancel and Escape change nothing and give the focus back', async () => {
    await changeEverything();
    const { user, container } = await renderOptionsPage();
    const reset = screen.getByRole('button', { name: '初期設定に戻す…' });
    await user.click(reset);
    const dialog = screen.getByRole('alertdialog', { name: 'すべての設定を初期状態に戻しますか？' });
    expect(reset.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'キャンセル' }));
    await expectNoAxeViolations(container);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement).toBe(reset));
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'キャンセル' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((await readPreferences()).disabledSites).toEqual(['gmail', 'zendesk']);
    expect(permissions.remove).not.toHaveBeenCalled();
  });

  it('restores every default on confirmation, custom domains and their permissions included', async () => {
    await changeEverything();
    const { user } = await renderOptionsPage();
    await user.click(screen.getByRole('button', { name: '初期設定に戻す…' }));
    await user.click(screen.getByRole('button', { name: '初期状態に戻す' }));
    expect(await screen.findByText('Settings are back to their defaults.')).toBeTruthy();
    expect(await readPreferences()).toEqual(DEFAULT_PREFERENCES);
    expect(await customDomainsItem.getValue()).toEqual([]);
    expect(permissions.remove).toHaveBeenCalledWith({ origins: ['https://help.acme.com/*'] });
    expect(screen.getByRole('heading', { level: 1, name: 'Attune settings' })).toBeTruthy();
    await vi.waitFor(() => expect(screen.getAllByRole('checkbox').every((box) => (box as HTMLInputElement).checked)).toBe(true));
    expect(screen.getByText('No custom domains yet.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset to defaults…' }));
  });

  it('says so when the reset fails', async () => {
    const { ResetSection } = await import('../../components/options/ResetSection');
    const user = userEvent.setup();
    render(<ResetSection reset={() => Promise.reject(new Error('quota'))} />);
    await user.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    await user.click(screen.getByRole('button', { name: 'Reset settings' }));
    expect(await screen.findByText('The settings could not be reset. Try again.')).toBeTruthy();
  });
});

describe('keyboard only', () => {
  it('reaches every control with Tab, in page order', async () => {
    await customDomainsItem.setValue([{ pattern: 'https://help.acme.com/*', addedAt: '2026-11-23T10:00:00.000Z' }]);
    const { user, container } = await renderOptionsPage();
    await screen.findByRole('button', { name: /Remove/ });
    const controls = [...container.querySelectorAll<HTMLElement>('input, select, button')];
    const reached = new Set<Element>();
    for (let i = 0; i < controls.length + 5; i++) {
      await user.tab();
      if (document.activeElement) reached.add(document.activeElement);
    }
    // Radio groups are one stop each (arrow keys move inside): the first of each group is reached.
    const expected = controls.filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked));
    for (const control of expected) expect(reached.has(control), control.outerHTML.slice(0, 80)).toBe(true);
  });

  it('switches the language with the arrow keys', async () => {
    const { user } = await renderOptionsPage();
    screen.getByRole('radio', { name: 'Same as the browser (English)' }).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Attune の設定' })).toBeTruthy();
  });
});
