// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../../utils/adapters/types';
import { conversation } from '../../utils/adapters/define';
import { updatePreferences } from '../../utils/settings/preferences';

// The messaging layer is replaced so the test sees what the content script publishes and can call its handlers.
const messaging = vi.hoisted(() => ({
  handlers: new Map<string, (message: { data?: unknown }) => unknown>(),
  published: [] as { state: string }[],
}));
vi.mock('../../utils/messaging', () => ({
  onMessage: (type: string, handler: (message: { data?: unknown }) => unknown) => {
    messaging.handlers.set(type, handler);
    return () => messaging.handlers.delete(type);
  },
  sendMessage: async (type: string, data: { state: string }) => {
    if (type === 'snapshot:changed') messaging.published.push(data);
  },
}));

const { startContentScript } = await import('../../utils/content/main');

function toy(id: string): SiteAdapter {
  return {
    id,
    name: `Desk ${id}`,
    matches: ['https://toy.example/*'],
    detect: (doc) => doc.querySelector(`[data-desk=${id}]`) !== null,
    ticketId: () => '1',
    read: (doc) => conversation({ site: id, channel: 'chat', ticketId: '1', messages: [...doc.querySelectorAll('#thread li')].map((li) => ({ role: 'customer' as const, text: li.textContent ?? '' })) }),
    findEditor: (doc) => doc.querySelector('textarea'),
    threadRoot: (doc) => doc.querySelector('#thread'),
  };
}

const state = () => document.documentElement.dataset.attune;
const snapshot = () => messaging.handlers.get('snapshot:get')!({}) as Promise<{ state: string }>;
let ctx: ContentScriptContext;

beforeEach(() => {
  fakeBrowser.reset();
  messaging.handlers.clear();
  messaging.published.length = 0;
  delete document.documentElement.dataset.attune;
  document.body.innerHTML = '<div data-desk="zendesk"><ul id="thread"><li>My order arrived broken.</li></ul><textarea></textarea></div>';
  ctx = new ContentScriptContext('test');
});
afterEach(() => ctx.abort());

describe('a helpdesk switched off in the options page', () => {
  it('publishes no-conversation, answers with it, and reads nothing', async () => {
    await updatePreferences({ disabledSites: ['zendesk'] });
    startContentScript(ctx, [toy('zendesk')]);
    expect(await snapshot()).toMatchObject({ state: 'no-conversation' });
    expect(state()).toBe('no-conversation');
    expect(messaging.published.map((s) => s.state)).toEqual(['no-conversation']);

    // No observer: the thread changing publishes nothing.
    document.querySelector('#thread')!.append(Object.assign(document.createElement('li'), { textContent: 'Hello?' }));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(messaging.published).toHaveLength(1);
    expect(await messaging.handlers.get('reply:insert')!({ data: { text: 'Hi' } })).toEqual({ ok: false, reason: 'no-editor' });
    expect(document.querySelector('textarea')!.value).toBe('');
  });

  it('is read as usual while it is on', async () => {
    await updatePreferences({ disabledSites: ['gmail'] });
    startContentScript(ctx, [toy('zendesk')]);
    expect(await snapshot()).toMatchObject({ state: 'reading', site: { id: 'zendesk' } });
  });

  it('follows the switch live, without a reload', async () => {
    startContentScript(ctx, [toy('zendesk')]);
    expect(await snapshot()).toMatchObject({ state: 'reading' });
    await updatePreferences({ disabledSites: ['zendesk'] });
    await vi.waitFor(() => expect(state()).toBe('no-conversation'));
    expect(await snapshot()).toMatchObject({ state: 'no-conversation' });
    await updatePreferences({ disabledSites: [] });
    await vi.waitFor(() => expect(state()).toBe('reading'));
    expect(messaging.published.map((s) => s.state)).toEqual(['reading', 'no-conversation', 'reading']);
  });

  it('leaves only its own adapter out of the script that carries them all (custom domains)', async () => {
    await updatePreferences({ disabledSites: ['zendesk'] });
    document.body.innerHTML += '<div data-desk="zammad"></div>';
    startContentScript(ctx, [toy('zendesk'), toy('zammad')]);
    expect(await snapshot()).toMatchObject({ state: 'reading', site: { id: 'zammad' } });
  });

  it('stops listening for the setting when the extension context goes away', async () => {
    startContentScript(ctx, [toy('zendesk')]);
    await snapshot();
    ctx.abort();
    await updatePreferences({ disabledSites: ['zendesk'] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(state()).toBe('reading');
    expect(messaging.handlers.size).toBe(0);
  });
});
