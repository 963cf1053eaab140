// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { watchConversation } from '../../utils/content/watcher';
import type { Snapshot } from '../../utils/messaging';
import type { SiteAdapter } from '../../utils/adapters/types';
import { conversation } from '../../utils/adapters/define';

// A minimal adapter over a toy page, so the watcher's own behaviour is tested apart from any real helpdesk.
const toy: SiteAdapter = {
  id: 'toy',
  name: 'Toy desk',
  matches: ['https://toy.example/*'],
  detect: (doc) => doc.querySelector('[data-desk]') !== null,
  ticketId: (_doc, url) => url.pathname.split('/').pop(),
  read: (doc, url) => {
    const thread = doc.querySelector('#thread');
    if (!thread) return { ok: false, reason: 'selector-missing', missing: 'thread' };
    const messages = [...thread.querySelectorAll('li')].map((li) => ({ role: li.dataset.role as 'customer' | 'agent', text: li.textContent ?? '' }));
    return conversation({ site: 'toy', channel: 'chat', ticketId: url.pathname.split('/').pop(), messages });
  },
  findEditor: (doc) => doc.querySelector('textarea'),
  threadRoot: (doc) => doc.querySelector('#thread'),
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let controller: AbortController;
afterEach(() => controller?.abort());

function start(html: string, path = '/tickets/1') {
  document.body.innerHTML = html;
  let url = new URL(`https://toy.example${path}`);
  const published: Snapshot[] = [];
  controller = new AbortController();
  const watcher = watchConversation({
    doc: document,
    location: () => url,
    signal: controller.signal,
    publish: (snapshot) => published.push(snapshot),
    debounceMs: 10,
    adapters: [toy],
  });
  return { watcher, published, go: (next: string) => (url = new URL(`https://toy.example${next}`)) };
}

const page = '<div data-desk><ol id="thread"><li data-role="customer">Order #55123 is late</li></ol><textarea></textarea></div>';

describe('watchConversation', () => {
  it('publishes the first reading at once', () => {
    const { published } = start(page);
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ state: 'reading', site: { id: 'toy' }, conversation: { orderIds: ['55123'] } });
  });

  it('publishes one snapshot for a burst of DOM changes, after the quiet period', async () => {
    const { published } = start(page);
    const thread = document.querySelector('#thread')!;
    for (const text of ['Hello?', 'Anyone there?', 'I am really frustrated']) {
      const li = document.createElement('li');
      li.dataset.role = 'customer';
      li.textContent = text;
      thread.append(li);
    }
    await wait(50);
    expect(published).toHaveLength(2);
    const last = published[1]!;
    expect(last.state === 'reading' && last.conversation.messages.map((message) => message.text)).toEqual([
      'Order #55123 is late', 'Hello?', 'Anyone there?', 'I am really frustrated',
    ]);
  });

  it('stays quiet when the DOM changes but the conversation does not', async () => {
    const { published } = start(page);
    document.querySelector('#thread')!.setAttribute('class', 're-rendered');
    document.querySelector('li')!.replaceWith(Object.assign(document.createElement('li'), { textContent: 'Order #55123 is late' }));
    document.querySelector('li')!.dataset.role = 'customer';
    await wait(50);
    expect(published).toHaveLength(1);
  });

  it('follows navigation to another ticket, observing its new thread element', async () => {
    const { watcher, published, go } = start(page);
    go('/tickets/2');
    document.body.innerHTML = '<div data-desk><ol id="thread"><li data-role="customer">Wrong size sent</li></ol></div>';
    watcher.navigated();
    await wait(50);
    expect(published.at(-1)).toMatchObject({ state: 'reading', conversation: { ticketId: '2' } });
    document.querySelector('#thread')!.append(Object.assign(document.createElement('li'), { textContent: 'Hello?' }));
    await wait(50);
    const last = published.at(-1)!;
    expect(last.state === 'reading' && last.conversation.messages).toHaveLength(2);
  });

  it('reports a page it cannot read instead of throwing', () => {
    const { published } = start('<div data-desk><p>layout changed</p></div>');
    expect(published[0]).toMatchObject({ state: 'cannot-read', site: { id: 'toy' }, missing: 'thread' });
  });

  it('stops observing when its signal aborts', async () => {
    const { published } = start(page);
    controller.abort();
    document.querySelector('#thread')!.append(document.createElement('li'));
    await wait(50);
    expect(published).toHaveLength(1);
  });
});
