// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Subscriptions } from '../../components/options/Subscriptions';
import { setUiLanguage } from '../../utils/i18n';
import type { ReleaseManifest } from '../../utils/release/manifest';
import type { ActiveRelease } from '../../utils/subscriptions/poll';
import { lastChecksItem, subscriptionStatesItem, subscriptionsItem } from '../../utils/subscriptions/store';
import { localPacksItem } from '../../utils/subscriptions/local';
import { parsePack } from '../../utils/pack/parse';
import { BUNDLED_PACKS } from '../../utils/pack/bundled';
import { setupOptionsTests } from './setup';

const URL_ = 'https://packs.example.com/team/manifest.json';
const KEY = `${'A'.repeat(42)}E=`;

function release(version: string): ActiveRelease {
  const manifest = { packId: 'acme-en', version, locale: 'en', sha256: version.replace(/\D/g, '').padEnd(64, '0') } as ReleaseManifest;
  return { manifest, packText: JSON.stringify({ id: 'acme-en', name: 'Acme support', version, locale: 'en' }), activatedAt: '2026-11-23T12:00:00.000Z' };
}

const permissions = setupOptionsTests();

async function renderSection() {
  const user = userEvent.setup();
  const view = render(<Subscriptions />);
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return { user, ...view };
}

/** The subscriptions' status line (the pack files block has its own, after it). */
const status = () => screen.getAllByRole('status')[0]!.textContent;
const urlBox = () => screen.getByRole('textbox', { name: 'Release manifest URL' });
const keyBox = () => screen.getByRole('textbox', { name: 'Publisher public key' });

describe('team pack subscriptions', () => {
  it('adds a subscription after the host permission is granted from the click', async () => {
    const { user, container } = await renderSection();
    expect(screen.getByText('No subscriptions yet: Attune uses its bundled packs.')).toBeTruthy();
    await user.type(urlBox(), URL_);
    await user.type(keyBox(), KEY);
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://packs.example.com/*'] });
    expect(await screen.findByText('Subscribed to packs.example.com. Attune is checking it now.')).toBeTruthy();
    expect(await subscriptionsItem.getValue()).toEqual([{ url: URL_, publicKey: KEY, addedBy: 'agent' }]);
    const list = await screen.findByRole('list', { name: 'Pack subscriptions' });
    expect(within(list).getByText(URL_)).toBeTruthy();
    expect(within(list).getByText('No release active yet.')).toBeTruthy();
    expect(within(list).getByText('Not checked yet')).toBeTruthy();
    const { violations } = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(violations.map((v) => v.id)).toEqual([]);
  });

  it.each([
    ['http://packs.example.com/m.json', KEY, 'Enter the https:// address of the release manifest'],
    ['not a url', KEY, 'Enter the https:// address of the release manifest'],
    [URL_, 'not-a-key', 'The publisher key must be the base64 Ed25519 public key'],
  ])('refuses %s / %s with a clear reason and asks no permission', async (url, key, reason) => {
    const { user } = await renderSection();
    await user.type(urlBox(), url);
    await user.type(keyBox(), key);
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(status()).toContain(reason);
    expect(permissions.request).not.toHaveBeenCalled();
    expect(await subscriptionsItem.getValue()).toEqual([]);
  });

  it('refuses a duplicate, and stores nothing when the permission is refused', async () => {
    await subscriptionsItem.setValue([{ url: URL_, publicKey: KEY, addedBy: 'agent' }]);
    const { user } = await renderSection();
    await user.type(urlBox(), URL_);
    await user.type(keyBox(), KEY);
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(status()).toBe(`You already subscribe to ${URL_}.`);
    permissions.request.mockResolvedValue(false);
    await user.clear(urlBox());
    await user.type(urlBox(), 'https://other.example.com/release.json');
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(await screen.findByText('Permission for other.example.com was not granted, so Attune cannot fetch packs from it.')).toBeTruthy();
    expect(await subscriptionsItem.getValue()).toHaveLength(1);
  });

  it('shows the active version, the failure reason with schema paths, and rolls back to the previous version', async () => {
    await subscriptionsItem.setValue([{ url: URL_, publicKey: KEY, addedBy: 'agent' }]);
    await subscriptionStatesItem.setValue({
      [URL_]: {
        active: release('1.2.0'),
        previous: release('1.1.0'),
        lastCheck: '2026-11-23T12:00:00.000Z',
        failure: { reason: 'schema', detail: 'pack does not validate', problems: [{ path: 'faq[0].answer', message: 'Required' }], at: '2026-11-23T12:15:00.000Z', count: 1 },
      },
    });
    const { user } = await renderSection();
    const item = screen.getByTestId('subscription');
    expect(within(item).getByText('Active: Acme support 1.2.0')).toBeTruthy();
    expect(within(item).getByText(/^Last checked .*Nov 23, 2026/)).toBeTruthy();
    // A quiet poll records its time apart from the state (no pack texts rewritten); the later time shows.
    await lastChecksItem.setValue({ [URL_]: '2026-11-24T12:00:00.000Z' });
    expect(await within(item).findByText(/^Last checked .*Nov 24, 2026/)).toBeTruthy();
    expect(within(item).getByText(/The pack does not follow the pack format:/)).toBeTruthy();
    expect(within(within(item).getByRole('list', { name: 'Problems in the pack' })).getByText('faq[0].answer')).toBeTruthy();
    await user.click(within(item).getByRole('button', { name: 'Roll back to 1.1.0' }));
    expect(await screen.findByText('Rolled back to 1.1.0.')).toBeTruthy();
    expect((await subscriptionStatesItem.getValue())[URL_]!.active!.manifest.version).toBe('1.1.0');
    // The one rolled back from is now the previous one: the button offers to undo.
    expect(await within(item).findByText('Active: Acme support 1.1.0')).toBeTruthy();
    expect(within(item).getByRole('button', { name: 'Roll back to 1.2.0' })).toBeTruthy();
  });

  it('check now polls with force and shows why it failed; the active version stays', async () => {
    await subscriptionsItem.setValue([{ url: URL_, publicKey: KEY, addedBy: 'agent' }]);
    await subscriptionStatesItem.setValue({ [URL_]: { active: release('1.2.0'), backoffUntil: '2999-01-01T00:00:00.000Z' } });
    const fetch = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    const { user } = await renderSection();
    await user.click(screen.getByRole('button', { name: 'Check now' }));
    expect(await screen.findByText('Checked. Any new release is active.')).toBeTruthy();
    expect(fetch).toHaveBeenCalled();
    expect((await subscriptionStatesItem.getValue())[URL_]!.failure!.reason).toBe('network');
    const item = screen.getByTestId('subscription');
    expect(await within(item).findByText(/The pack host could not be reached\./)).toBeTruthy();
    // No host permission in the test browser: the detail names CORS as the other likely cause.
    expect(within(item).getByTestId('failure-detail').textContent).toMatch(/^network error: Failed to fetch .*Access-Control-Allow-Origin/);
    expect(within(item).getByText('Active: Acme support 1.2.0')).toBeTruthy();
  });

  it('a policy pack on a host without CORS can be granted that one host from its failure, then checked again', async () => {
    const policyUrl = 'https://intranet.example.com/packs/manifest.json';
    await subscriptionsItem.setValue([{ url: policyUrl, publicKey: KEY, addedBy: 'policy' }]);
    const failure = { reason: 'network' as const, detail: 'network error: Failed to fetch (or the host does not send Access-Control-Allow-Origin: *)', at: '2026-11-23T12:15:00.000Z', count: 1 };
    await subscriptionStatesItem.setValue({ [policyUrl]: { failure } });
    let granted = false;
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => granted);
    permissions.request.mockImplementation(async () => (granted = true));
    const fetch = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    const { user, container } = await renderSection();
    const item = screen.getByTestId('subscription');
    const button = await within(item).findByRole('button', { name: 'Allow Attune to reach intranet.example.com' });
    expect(button.getAttribute('aria-describedby')).toBeTruthy();
    const { violations } = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(violations.map((v) => v.id)).toEqual([]);

    await user.click(button);
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://intranet.example.com/*'] });
    // Checked again at once, now as a granted host.
    expect(await screen.findByText('Checked. Any new release is active.')).toBeTruthy();
    expect(fetch).toHaveBeenCalledWith(policyUrl, expect.objectContaining({ cache: 'no-store' }));
    expect(within(item).queryByRole('button', { name: /Allow Attune to reach/ })).toBeNull();
  });

  it('offers no grant for a failure that is not a network one, or for a host already granted', async () => {
    await subscriptionsItem.setValue([
      { url: URL_, publicKey: KEY, addedBy: 'agent' },
      { url: 'https://cdn.example.org/m.json', publicKey: KEY, addedBy: 'policy' },
    ]);
    const at = '2026-11-23T12:15:00.000Z';
    await subscriptionStatesItem.setValue({
      [URL_]: { failure: { reason: 'network', detail: 'network error', at, count: 1 } },
      'https://cdn.example.org/m.json': { failure: { reason: 'http-404', detail: 'the manifest was not found (404)', at, count: 1 } },
    });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (query: { origins?: string[] }) => query.origins?.[0] === 'https://packs.example.com/*');
    await renderSection();
    expect(screen.getAllByTestId('subscription')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /Allow Attune to reach/ })).toBeNull();
  });

  it('removes an agent subscription; a policy one cannot be removed and says why', async () => {
    const policyUrl = 'https://packs.example.com/policy/manifest.json';
    await subscriptionsItem.setValue([
      { url: URL_, publicKey: KEY, addedBy: 'agent' },
      { url: policyUrl, publicKey: KEY, addedBy: 'policy' },
    ]);
    const { user } = await renderSection();
    const locked = screen.getByRole('button', { name: `Remove ${policyUrl}` }) as HTMLButtonElement;
    expect(locked.disabled).toBe(true);
    expect(locked.getAttribute('aria-describedby') && document.getElementById(locked.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Your organization added this subscription, so it cannot be removed here.',
    );
    await user.click(screen.getByRole('button', { name: `Remove ${URL_}` }));
    expect(await screen.findByText(`Removed ${URL_}.`)).toBeTruthy();
    expect((await subscriptionsItem.getValue()).map((s) => s.url)).toEqual([policyUrl]);
  });

  it('speaks Japanese when the page does', async () => {
    act(() => setUiLanguage('ja'));
    await renderSection();
    expect(screen.getByRole('heading', { name: 'チームのパック購読' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '購読する' })).toBeTruthy();
  });
});

describe('pack files', () => {
  const acme = { id: 'acme-en', name: 'Acme support', version: '2.0.0', locale: 'en', faq: [{ id: 'acme-warranty', question: 'Does the kettle have a warranty?', answer: 'Two years.' }] };
  const file = (text: string, name = 'acme-en.json') => new File([text], name, { type: 'application/json' });
  const importBox = () => screen.getByLabelText('Import a pack file') as HTMLInputElement;

  it('imports a valid pack file as the local layer, one per language, and removes it', async () => {
    const { user } = await renderSection();
    await user.upload(importBox(), file(JSON.stringify(acme)));
    expect(await screen.findByText('Imported Acme support 2.0.0. It is used on top of the other packs.')).toBeTruthy();
    expect(await localPacksItem.getValue()).toEqual([JSON.stringify(acme)]);
    await user.upload(importBox(), file(JSON.stringify({ ...acme, id: 'acme-en-2', version: '2.1.0' })));
    expect(await screen.findByText('Imported: Acme support 2.1.0')).toBeTruthy();
    expect(await localPacksItem.getValue()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Remove the imported pack Acme support' }));
    expect(await screen.findByText('Removed the imported pack Acme support.')).toBeTruthy();
    expect(await localPacksItem.getValue()).toEqual([]);
  });

  it('refuses an invalid file with the same reasons and schema paths as a release, and keeps the previous import', async () => {
    await localPacksItem.setValue([JSON.stringify(acme)]);
    const { user } = await renderSection();
    await user.upload(importBox(), file(JSON.stringify({ ...acme, faq: [{ id: 'x', question: 'Q?' }] }), 'broken.json'));
    expect(await screen.findByText('broken.json is not a valid pack; nothing was changed.')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Problems in the pack' })).getByText('faq[0].answer')).toBeTruthy();
    await user.upload(importBox(), file('{"id": "acme-en", ', 'cut.json'));
    expect(await screen.findByText('cut.json is not a valid pack; nothing was changed.')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Problems in the pack' })).getByText('(file)')).toBeTruthy();
    expect(await localPacksItem.getValue()).toEqual([JSON.stringify(acme)]);
  });

  it("exports a language's merged pack (bundled + subscribed + imported) as a valid pack file", async () => {
    await localPacksItem.setValue([JSON.stringify(acme)]);
    let blob: Blob | undefined;
    const createObjectURL = vi.fn((b: Blob) => ((blob = b), 'blob:attune/1'));
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('attune-pack-en.json');
    });
    const { user } = await renderSection();
    await vi.waitFor(() => expect(screen.getByRole('option', { name: 'English' })).toBeTruthy());
    await user.click(screen.getByRole('button', { name: 'Export as JSON' }));
    expect(await screen.findByText('Exported attune-pack-en.json.')).toBeTruthy();
    expect(click).toHaveBeenCalled();
    const text = await blob!.text();
    const parsed = parsePack(text);
    expect(parsed.ok).toBe(true);
    const pack = JSON.parse(text);
    expect(pack).toMatchObject({ id: 'acme-en', version: '2.0.0' });
    expect(pack.layers).toBeUndefined();
    const bundledEn = BUNDLED_PACKS.find((p) => p.locale.startsWith('en'))!;
    expect(pack.faq.length).toBe(bundledEn.faq!.length + 1);
  });
});
