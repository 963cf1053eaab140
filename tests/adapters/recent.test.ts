import { describe, expect, it } from 'vitest';
import { MAX_THREAD_ITEMS, recent } from '../../utils/adapters/dom';
import { zendesk } from '../../utils/adapters/sites/zendesk';
import { conversationOf as ok, fixture, load as page } from './helpers';

describe('recent', () => {
  it('keeps the newest items in page order', () => {
    const items = Array.from({ length: MAX_THREAD_ITEMS + 50 }, (_, i) => i);
    const kept = recent(items);
    expect(kept).toHaveLength(MAX_THREAD_ITEMS);
    expect([kept[0], kept.at(-1)]).toEqual([50, MAX_THREAD_ITEMS + 49]);
    expect(recent([1, 2, 3])).toEqual([1, 2, 3]);
  });

  it('bounds what an adapter reads on a very long thread, keeping the newest messages', () => {
    const { doc, url } = page(fixture('zendesk-chat.html'), 'https://acme.zendesk.com/agent/tickets/48817');
    const item = doc.querySelector('[data-test-id="omni-log-comment-item"]')!;
    const before = ok(zendesk.read(doc, url)).messages;
    // Grow the thread to over a thousand items by repeating the first one ahead of the real conversation.
    for (let i = 0; i < 1000; i++) item.before(item.cloneNode(true));
    const after = ok(zendesk.read(doc, url)).messages;
    expect(after.length).toBeLessThanOrEqual(MAX_THREAD_ITEMS);
    expect(after.slice(-before.length + 1)).toEqual(before.slice(1));
  });
});
