// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { panelEngine } from '../../components/engine';
import { readPanelPacks, setPanelPacks } from '../../components/panel/packs';
import { BUNDLED_PACKS } from '../../utils/pack/bundled';
import type { ActiveRelease, SubscriptionState } from '../../utils/subscriptions/poll';
import type { ReleaseManifest } from '../../utils/release/manifest';
import { subscriptionStatesItem, subscriptionsItem } from '../../utils/subscriptions/store';
import { localPacksItem } from '../../utils/subscriptions/local';
import { CALM_EN, NO_CONVERSATION, reading } from './fixtures';
import { expectNoAxeViolations, freshPanel, renderPanel } from './helpers';

vi.mock('../../components/useSnapshot', () => ({ useSnapshot: vi.fn() }));
vi.mock('../../components/insert', () => ({ insertIntoReply: vi.fn() }));
vi.mock('../../components/panel/selection', () => ({ readPageSelection: vi.fn(async () => '') }));

const URL_ = 'https://packs.example.com/team/manifest.json';
const KEY = `${'A'.repeat(43)}=`;

function release(version: string, answer: string): ActiveRelease {
  const pack = {
    id: 'acme-en',
    name: 'Acme support',
    version,
    locale: 'en',
    faq: [{ id: 'acme-warranty', question: 'Does the kettle have a warranty?', answer }],
  };
  // The panel trusts what the background activated (it verified hash and signature); only the pack is re-validated.
  const manifest = { packId: 'acme-en', version, locale: 'en', sha256: version.replace(/\D/g, '').padEnd(64, '0') } as ReleaseManifest;
  return { manifest, packText: JSON.stringify(pack), activatedAt: '2026-11-23T12:00:00.000Z' };
}

async function store(state: SubscriptionState) {
  await subscriptionsItem.setValue([{ url: URL_, publicKey: KEY, addedBy: 'agent' }]);
  await subscriptionStatesItem.setValue({ [URL_]: state });
}

/** Storage watchers and the re-read are asynchronous: wait until the panel shows the expected state. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

beforeEach(async () => {
  fakeBrowser.reset();
  act(() => setPanelPacks({ packs: BUNDLED_PACKS, updateFailed: false }));
  await freshPanel();
});
afterEach(cleanup);

describe('subscribed packs in the panel', () => {
  it("layers an active subscription's pack on the bundled one: its FAQ entry is searchable and its version shows", async () => {
    await store({ active: release('1.2.0', 'Two years, parts and labour.'), lastCheck: '2026-11-23T12:00:00.000Z' });
    const user = userEvent.setup();
    await renderPanel(reading(CALM_EN));
    await settle();
    expect(screen.getByTestId('pack').textContent).toBe('Acme support 1.2.0');
    const search = screen.getByRole('searchbox', { name: 'Search the FAQ' });
    await user.clear(search);
    await user.type(search, 'kettle warranty');
    expect(screen.getAllByTestId('faq-result')[0]!.querySelector('h3')!.textContent).toBe('Does the kettle have a warranty?');
    // Bundled entries are still there underneath.
    await user.clear(search);
    await user.type(search, 'refund');
    expect(screen.getAllByTestId('faq-result').length).toBeGreaterThan(0);
    expect(screen.queryByTestId('pack-update-failed')).toBeNull();
  });

  it('picks up a newly activated release without a reload', async () => {
    await renderPanel(reading(CALM_EN));
    await settle();
    expect(screen.getByTestId('pack').textContent).toBe('Attune defaults (English) 1.0.0');
    await store({ active: release('1.3.0', 'Three years.') });
    await settle();
    expect(screen.getByTestId('pack').textContent).toBe('Acme support 1.3.0');
  });

  it("puts the agent's imported pack on top of the subscribed one", async () => {
    await store({ active: release('1.2.0', 'Two years.') });
    await renderPanel(reading(CALM_EN));
    await settle();
    const local = { ...JSON.parse(release('9.0.0', 'Ask the store.').packText), id: 'my-en', name: 'My tweaks' };
    await localPacksItem.setValue([JSON.stringify(local)]);
    await settle();
    expect(screen.getByTestId('pack').textContent).toBe('My tweaks 9.0.0');
  });

  it('shows a quiet badge when the last check failed, which opens the options page; the last good pack stays', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    await store({
      active: release('1.2.0', 'Two years.'),
      failure: { reason: 'signature', detail: 'signature does not verify', at: '2026-11-23T12:15:00.000Z', count: 1 },
    });
    const { container } = await renderPanel(reading(CALM_EN));
    await settle();
    const badge = screen.getByRole('button', { name: 'Pack update failed — see options' });
    expect(screen.getByTestId('pack').textContent).toBe('Acme support 1.2.0');
    await userEvent.setup().click(badge);
    expect(open).toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('leaves out a stored pack that no longer validates, and shows no badge without a failure', async () => {
    await store({ active: { ...release('1.2.0', 'x'), packText: '{"id":"acme-en"}' } });
    await renderPanel(NO_CONVERSATION);
    await settle();
    expect(screen.queryByTestId('pack-update-failed')).toBeNull();
    const search = screen.getByRole('searchbox', { name: 'Search the FAQ' });
    await userEvent.setup().type(search, 'kettle warranty');
    expect(screen.queryAllByTestId('faq-result').map((r) => r.textContent).join()).not.toContain('kettle');
  });
});

describe('panel layers', () => {
  it('compiles the engine once per change of layers, and a storage change that keeps the packs keeps the engine', async () => {
    const first = panelEngine();
    expect(panelEngine()).toBe(first);
    await store({ active: release('1.2.0', 'Two years.') });
    const read = await readPanelPacks();
    expect(read.packs.map((p) => p.id)).toEqual([...BUNDLED_PACKS.map((p) => p.id), 'acme-en']);
    act(() => setPanelPacks(read));
    const second = panelEngine();
    expect(second).not.toBe(first);
    await subscriptionStatesItem.setValue({ [URL_]: { ...(await subscriptionStatesItem.getValue())[URL_], lastCheck: '2026-11-23T13:00:00.000Z' } });
    const again = await readPanelPacks();
    expect(again.packs.at(-1)).toBe(read.packs.at(-1));
    act(() => setPanelPacks(again));
    expect(panelEngine()).toBe(second);
  });
});
