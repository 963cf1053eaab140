import { describe, expect, it } from 'vitest';
import { MAX_THREAD_ITEMS } from '../../utils/adapters/dom';
import { helpscout } from '../../utils/adapters/sites/helpscout';
import { conversationOf as ok, fixture, load as page, stripped as without } from './helpers';

const URL_ = 'https://secure.helpscout.net/conversation/2615606748/8821?folderId=1781329';
const EXPECTED = [
  {
    role: 'customer',
    author: 'Aiko Tanaka',
    time: '2026-11-04T09:12:00Z',
    text: "Hello,\n\nThe sneakers I got are a 9 but I ordered 8.5 (order #D-30991). I'm really disappointed, they were for a race this weekend.\n\nRegards,",
  },
  { role: 'note', author: 'Sam Rivera', time: '2026-11-04T15:58:00Z', text: 'Warehouse confirms mis-pick, size 9 sent instead of 8.5. Free exchange approved.' },
  {
    role: 'agent',
    author: 'Sam Rivera',
    time: '2026-11-04T16:02:00Z',
    text: "Hi Aiko,\n\nI'm sorry the size was off. Here is your prepaid return label; we'll ship the 8.5 as soon as it's scanned.\n\nBest,",
  },
  { role: 'system', time: '2026-11-04T16:03:00Z', text: 'Sam Rivera changed the status to Pending' },
  {
    role: 'customer',
    author: 'Aiko Tanaka',
    time: '2026-11-05T10:20:00Z',
    text: "Thank you for the quick answer. I already printed the label, but the drop-off shop says the code is invalid. I'm getting anxious because the exchange window closes on Friday.",
  },
];

describe('helpscout adapter', () => {
  const html = fixture('helpscout-email.html');
  const { doc, url } = page(html, URL_);

  it('reads threads oldest first even when the page lists the newest on top', () => {
    const c = ok(helpscout.read(doc, url));
    expect(c.site).toBe('helpscout');
    expect(c.channel).toBe('email');
    expect(c.ticketId).toBe('2615606748');
    expect(c.subject).toBe('Wrong size sneakers, order #D-30991');
    expect(c.customerName).toBe('Aiko Tanaka');
    expect(c.orderIds).toEqual(['D-30991']);
    expect(c.messages).toEqual(EXPECTED);
  });

  it('keeps oldest-first order when the page already lists it so', () => {
    const threads = doc.querySelector('#threads')!;
    const reversed = page(html, URL_);
    const list = reversed.doc.querySelector('#threads')!;
    for (const item of [...threads.querySelectorAll('article.thread')].reverse()) list.append(reversed.doc.importNode(item, true));
    for (const item of [...list.querySelectorAll('article.thread')].slice(0, 5)) item.remove();
    expect(ok(helpscout.read(reversed.doc, reversed.url)).messages).toEqual(EXPECTED);
  });

  it('never reads a note or an unknown thread kind as the customer', () => {
    const renamed = page(html.replace('class="thread note"', 'class="thread note customer"').replace('class="thread lineitem"', 'class="thread workflow"'), URL_);
    const roles = ok(helpscout.read(renamed.doc, renamed.url)).messages.map((m) => m.role);
    expect(roles).toEqual(['customer', 'note', 'agent', 'system', 'customer']);
  });

  it('detects Help Scout conversations only', () => {
    expect(helpscout.detect(doc, url)).toBe(true);
    const blank = page('<html><body></body></html>', 'https://example.com/');
    expect(helpscout.detect(blank.doc, blank.url)).toBe(false);
    const zendesk = page(fixture('zendesk-email.html'), 'https://acme.zendesk.com/agent/tickets/51203');
    expect(helpscout.detect(zendesk.doc, zendesk.url)).toBe(false);
  });

  it('finds the reply editor and the thread list', () => {
    expect(helpscout.findEditor(doc)?.classList.contains('redactor_editor')).toBe(true);
    expect(helpscout.threadRoot(doc)?.id).toBe('threads');
  });

  it('names the missing selector instead of throwing', () => {
    const broken = without(html, '#threads', URL_);
    expect(helpscout.read(broken.doc, broken.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'thread' });
    const blank = page('<html><body></body></html>', URL_);
    expect(helpscout.findEditor(blank.doc)).toBeNull();
    expect(helpscout.threadRoot(blank.doc)).toBeNull();
  });

  it('falls back to the parent of the threads when the list container is renamed', () => {
    const renamed = page(html.replace('<div id="threads" class="threads js-threads">', '<div class="c-thread-list">'), URL_);
    expect(ok(helpscout.read(renamed.doc, renamed.url)).messages).toEqual(EXPECTED);
  });

  it('takes the conversation id from the URL', () => {
    expect(helpscout.ticketId(doc, new URL('https://secure.helpscout.net/conversation/123/45'))).toBe('123');
    expect(helpscout.ticketId(doc, new URL('https://secure.helpscout.net/mailbox/9/'))).toBeUndefined();
  });
});

describe('helpscout adapter: Beacon chat', () => {
  const CHAT_URL = 'https://secure.helpscout.net/conversation/2741853301/9184?viewId=8514301';
  const html = fixture('helpscout-chat.html');
  const { doc, url } = page(html, CHAT_URL);
  const CHAT = [
    { role: 'customer', author: 'Daniel Osei', time: '2026-11-10T13:02:14Z', text: 'hi, I was charged twice for my subscription renewal this morning, order #S-77310' },
    { role: 'system', author: 'Help Bot', time: '2026-11-10T13:02:15Z', text: 'Thanks for reaching out! Someone from the team will be with you shortly.' },
    { role: 'system', time: '2026-11-10T13:03:40Z', text: 'Mira Patel accepted the chat' },
    { role: 'customer', author: 'Daniel Osei', time: '2026-11-10T13:03:52Z', text: "that's $49 gone twice and rent is due friday. I'm pretty stressed about it" },
    {
      role: 'agent',
      author: 'Mira Patel',
      time: '2026-11-10T13:04:30Z',
      text: "Hi Daniel, I'm sorry, that's a stressful thing to see right before rent. Let me look at the payments now.",
    },
    { role: 'note', author: 'Mira Patel', time: '2026-11-10T13:05:05Z', text: 'Stripe shows a retried renewal, second capture is real. Refunding it.' },
    {
      role: 'agent',
      author: 'Mira Patel',
      time: '2026-11-10T13:06:10Z',
      text: "You're right, the renewal went through twice. I've refunded the second $49; your bank should show it within 3-5 days.",
    },
    { role: 'customer', author: 'Daniel Osei', time: '2026-11-10T13:06:45Z', text: 'ok thank you. can I get that in writing by email?' },
    { role: 'note', author: 'Mira Patel', time: '2026-11-10T13:08:00Z', text: 'Chat summary: duplicate renewal refunded ($49). Customer wants written confirmation by email.' },
    { role: 'system', time: '2026-11-10T13:08:01Z', text: 'Mira Patel ended the chat' },
  ];

  it('reads the transcript as chat: visitor and teammate by side, Help Bot and line items as system, notes apart', () => {
    const c = ok(helpscout.read(doc, url));
    expect(c.site).toBe('helpscout');
    expect(c.channel).toBe('chat');
    expect(c.ticketId).toBe('2741853301');
    expect(c.subject).toBeUndefined();
    expect(c.customerName).toBe('Daniel Osei');
    expect(c.orderIds).toEqual(['S-77310']);
    expect(c.messages).toEqual(CHAT);
  });

  it('never reads a chat line without a side, or a note, as the customer', () => {
    const sideless = page(html.replaceAll('class="thread chat user"', 'class="thread chat"').replaceAll('class="thread note"', 'class="thread note customer"'), CHAT_URL);
    const roles = ok(helpscout.read(sideless.doc, sideless.url)).messages.map((m) => m.role);
    expect(roles).toEqual(['customer', 'system', 'system', 'customer', 'system', 'note', 'system', 'customer', 'note', 'system']);
  });

  it('reads the chat oldest first when the page lists the newest thread on top', () => {
    const reversed = page(html, CHAT_URL);
    const list = reversed.doc.querySelector('#tkContent')!;
    for (const item of [...list.querySelectorAll('article.thread')].reverse()) list.append(item);
    expect(list.firstElementChild?.id).toBe('thread-8110');
    expect(ok(helpscout.read(reversed.doc, reversed.url)).messages).toEqual(CHAT);
  });

  it('reads only the newest threads of a very long chat, in order', () => {
    const long = page(html, CHAT_URL);
    const first = long.doc.querySelector('#thread-8101')!;
    // Older chat lines ahead of the transcript, numbered below it so the order stays oldest first.
    for (let i = 0; i < 400; i++) {
      const copy = first.cloneNode(true) as Element;
      copy.id = `thread-${7000 + i}`;
      first.before(copy);
    }
    const c = ok(helpscout.read(long.doc, long.url));
    expect(c.messages).toHaveLength(MAX_THREAD_ITEMS);
    expect(c.messages.slice(-CHAT.length)).toEqual(CHAT);
    expect(c.channel).toBe('chat');
    // Newest on top: the cap must still keep the newest threads, not the top of the page.
    const list = long.doc.querySelector('#tkContent')!;
    for (const item of [...list.querySelectorAll('article.thread')].reverse()) list.append(item);
    expect(ok(helpscout.read(long.doc, long.url)).messages).toEqual(c.messages);
  });

  it('observes #tkContent, the element whose children are the threads, and finds the reply editor', () => {
    expect(helpscout.detect(doc, url)).toBe(true);
    expect(helpscout.threadRoot(doc)?.id).toBe('tkContent');
    expect(helpscout.findEditor(doc)?.classList.contains('redactor_editor')).toBe(true);
    const broken = without(html, '#tkContent', CHAT_URL);
    expect(helpscout.read(broken.doc, broken.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'thread' });
  });
});
