import { describe, expect, it } from 'vitest';
import { MAX_THREAD_ITEMS } from '../../utils/adapters/dom';
import { freshdesk } from '../../utils/adapters/sites/freshdesk';
import { conversationOf as ok, fixture, load as page, stripped as without } from './helpers';

const MINT_URL = 'https://acme.freshdesk.com/a/tickets/4512';
const LEGACY_URL = 'https://acme.freshdesk.com/helpdesk/tickets/3120';
const CHAT_URL = 'https://acme.freshdesk.com/a/tickets/4630';

describe('freshdesk adapter: current ticket view', () => {
  const html = fixture('freshdesk-email.html');
  const { doc, url } = page(html, MINT_URL);

  it('reads the description, replies and private notes without quoted history', () => {
    const c = ok(freshdesk.read(doc, url));
    expect(c.site).toBe('freshdesk');
    expect(c.channel).toBe('email');
    expect(c.ticketId).toBe('4512');
    expect(c.subject).toBe('Package marked delivered but never arrived');
    expect(c.customerName).toBe('Grace Okafor');
    expect(c.orderIds).toEqual(['E-42018']);
    expect(c.messages).toEqual([
      {
        role: 'customer',
        author: 'Grace Okafor',
        time: '2026-11-06T13:05:00Z',
        text: "Hi,\n\nTracking says my order #E-42018 was delivered on Tuesday, but nothing came. I've checked with neighbours and the building office. I'm really upset, it's a winter coat for my son and it's getting cold.\n\nGrace",
      },
      { role: 'note', author: 'Tomás Ruiz', time: '2026-11-06T13:40:00Z', text: 'Carrier GPS shows the drop 2 km away. Opened claim 77-1192 with the carrier.' },
      {
        role: 'agent',
        author: 'Tomás Ruiz',
        time: '2026-11-06T13:52:00Z',
        text: "Hi Grace,\n\nI'm sorry, that's stressful with the weather turning. The carrier's GPS shows the parcel was left at the wrong address, so I've opened a claim and I'm sending a new coat today by express.\n\nTomás",
      },
      { role: 'customer', author: 'Grace Okafor', time: '2026-11-07T08:15:00Z', text: "Thank you so much, that's a relief." },
    ]);
  });

  it('detects Freshdesk ticket pages only', () => {
    expect(freshdesk.detect(doc, url)).toBe(true);
    expect(freshdesk.detect(doc, new URL('https://acme.freshdesk.com/a/dashboard/default'))).toBe(false);
    const blank = page('<html><body></body></html>', 'https://example.com/');
    expect(freshdesk.detect(blank.doc, blank.url)).toBe(false);
    const helpscout = page(fixture('helpscout-email.html'), 'https://secure.helpscout.net/conversation/2615606748/8821');
    expect(freshdesk.detect(helpscout.doc, helpscout.url)).toBe(false);
  });

  it('finds the Froala editor and the conversation list', () => {
    expect(freshdesk.findEditor(doc)?.classList.contains('fr-element')).toBe(true);
    expect(freshdesk.threadRoot(doc)?.getAttribute('data-test-id')).toBe('ticket-conversations');
  });

  it('names the missing selector instead of throwing', () => {
    const noThread = without(html, '[data-test-id="ticket-conversations"]', MINT_URL);
    expect(freshdesk.read(noThread.doc, noThread.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'thread' });
    const noDescription = without(html, '.ticket-description', MINT_URL);
    expect(freshdesk.read(noDescription.doc, noDescription.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'description' });
    const blank = page('<html><body></body></html>', MINT_URL);
    expect(freshdesk.findEditor(blank.doc)).toBeNull();
  });

  it('takes the ticket id from the URL, else from the breadcrumb', () => {
    expect(freshdesk.ticketId(doc, new URL('https://acme.freshdesk.com/a/tickets/77'))).toBe('77');
    expect(freshdesk.ticketId(doc, new URL('https://acme.freshdesk.com/a/tickets/filters/all'))).toBe('4512');
  });
});

describe('freshdesk adapter: legacy ticket view', () => {
  const html = fixture('freshdesk-legacy.html');
  const { doc, url } = page(html, LEGACY_URL);

  it('reads the original request as the customer and private notes as notes', () => {
    const c = ok(freshdesk.read(doc, url));
    expect(c.ticketId).toBe('3120');
    expect(c.subject).toBe('Refund for returned headphones (order #F-11873)');
    expect(c.customerName).toBe('Oliver Grant');
    expect(c.orderIds).toEqual(['F-11873']);
    expect(c.messages).toEqual([
      {
        role: 'customer',
        author: 'Oliver Grant',
        time: '2026-11-10T09:00:00.000Z',
        text: 'I sent the headphones back three weeks ago and still no refund. This is really annoying.\n\nOliver',
      },
      { role: 'note', author: 'Priya Shah', time: '2026-11-10T10:00:00.000Z', text: 'Return scanned at the depot on Nov 2, refund never triggered. Pushing it manually.' },
      {
        role: 'agent',
        author: 'Priya Shah',
        time: '2026-11-10T10:10:00.000Z',
        text: "Hi Oliver,\n\nYou're right to be annoyed, the refund should have gone out when the return arrived. I've issued it now; it will show within 5 business days.\n\nPriya",
      },
      { role: 'customer', author: 'Oliver Grant', time: '2026-11-10T11:10:00.000Z', text: 'Thanks Priya, appreciated.' },
    ]);
  });

  it('finds the Redactor editor and the notes thread', () => {
    expect(freshdesk.detect(doc, url)).toBe(true);
    expect(freshdesk.findEditor(doc)?.classList.contains('redactor_editor')).toBe(true);
    expect(freshdesk.threadRoot(doc)?.id).toBe('all_notes');
  });
});

describe('freshdesk adapter: chat ticket (Freshdesk Messaging)', () => {
  const html = fixture('freshdesk-chat.html');
  const { doc, url } = page(html, CHAT_URL);
  const COURIER = "yes it's clicked in, still nothing\nthanks\nmy number is 06 12 34 56 78 if the courier needs it";
  const EXPECTED = [
    { role: 'customer', author: 'Lucas Moreau', time: '2026-11-09T16:40:12Z', text: "hi, the blender I got yesterday (order #G-58210) won't turn on at all" },
    {
      role: 'customer',
      author: 'Lucas Moreau',
      time: '2026-11-09T16:40:31Z',
      text: "tried two different sockets. it was meant to be a birthday present and I'm honestly really frustrated",
    },
    {
      role: 'agent',
      author: 'Ayesha Khan',
      time: '2026-11-09T16:42:05Z',
      text: "Hi Lucas, I'm sorry, that's really disappointing right before a birthday. Could you check the jug is clicked all the way down onto the base? The motor stays off until it locks.",
    },
    { role: 'note', author: 'Ayesha Khan', time: '2026-11-09T16:43:10Z', text: "Known safety-lock fault on batch 24B. Replace, no more troubleshooting. He's frustrated, keep it short." },
    { role: 'customer', author: 'Lucas Moreau', time: '2026-11-09T16:44:02Z', text: COURIER },
    {
      role: 'agent',
      author: 'Ayesha Khan',
      time: '2026-11-09T16:45:30Z',
      text: "Thanks for checking. A replacement is on its way by express for Thursday; I've given the courier your number and added a prepaid label for the faulty one.",
    },
  ];

  it('reads one message per chat line as chat, the opening row once, notes apart and the reply box left out', () => {
    const c = ok(freshdesk.read(doc, url));
    expect(c.site).toBe('freshdesk');
    expect(c.channel).toBe('chat');
    expect(c.ticketId).toBe('4630');
    expect(c.subject).toBe('Chat with Lucas Moreau');
    expect(c.customerName).toBe('Lucas Moreau');
    expect(c.orderIds).toEqual(['G-58210']);
    expect(c.messages).toEqual(EXPECTED);
  });

  const via = (source: string) => {
    const changed = html.replace('<span class="text__infotext">reported via chat</span>', `<span class="text__infotext">reported via ${source}</span>`);
    if (changed === html) throw new Error('the source label is no longer in the fixture');
    return changed;
  };

  it('keeps chat text as written, where the email clean-up would cut the phone number under "thanks"', () => {
    const viaEmail = page(via('email'), CHAT_URL);
    const c = ok(freshdesk.read(viaEmail.doc, viaEmail.url));
    expect(c.channel).toBe('email');
    expect(c.messages[4]?.text).toBe("yes it's clicked in, still nothing\nthanks");
  });

  it('takes messaging sources for chat and other sources for email, in both views', () => {
    const whatsapp = page(via('WhatsApp'), CHAT_URL);
    expect(ok(freshdesk.read(whatsapp.doc, whatsapp.url)).channel).toBe('chat');
    const phone = page(via('phone'), CHAT_URL);
    expect(ok(freshdesk.read(phone.doc, phone.url)).channel).toBe('email');
    const legacy = fixture('freshdesk-legacy.html');
    const legacyChat = page(legacy.replace(') via Email', ') via Chat'), LEGACY_URL);
    expect(legacy).toContain(') via Email');
    expect(ok(freshdesk.read(legacyChat.doc, legacyChat.url)).channel).toBe('chat');
    const legacyEmail = page(legacy, LEGACY_URL);
    expect(ok(freshdesk.read(legacyEmail.doc, legacyEmail.url)).channel).toBe('email');
  });

  it("never reads the agent's words as the customer's, even when a note loses its private marker", () => {
    const unmarked = page(html.replace('class="ticket-details__item private-note"', 'class="ticket-details__item"'), CHAT_URL);
    const c = ok(freshdesk.read(unmarked.doc, unmarked.url));
    expect(c.messages[3]).toEqual({ ...EXPECTED[3], role: 'agent' });
    expect(c.messages.filter((m) => m.role === 'customer').map((m) => m.author)).toEqual(['Lucas Moreau', 'Lucas Moreau', 'Lucas Moreau']);
    expect(c.messages.filter((m) => m.role === 'customer').some((m) => /safety-lock|replacement/.test(m.text))).toBe(false);
  });

  it('reads only the newest lines of a very long chat, after the opening message', () => {
    const long = page(html, CHAT_URL);
    const second = long.doc.querySelector('[data-album="90002"]')!;
    for (let i = 0; i < 400; i++) second.before(second.cloneNode(true));
    const c = ok(freshdesk.read(long.doc, long.url));
    // The opening message plus the newest rows; the reply box's row is one of those rows and reads as nothing.
    expect(c.messages).toHaveLength(MAX_THREAD_ITEMS);
    expect(c.messages[0]).toEqual(EXPECTED[0]);
    expect(c.messages.slice(-5)).toEqual(EXPECTED.slice(1));
  });

  it('detects the ticket and finds the Froala editor and the conversation list', () => {
    expect(freshdesk.detect(doc, url)).toBe(true);
    expect(freshdesk.findEditor(doc)?.getAttribute('data-test-id')).toBe('active-editor');
    expect(freshdesk.threadRoot(doc)?.classList.contains('ticket-conversations')).toBe(true);
    const noDescription = without(html, '[data-test-id="ticket-description"]', CHAT_URL);
    expect(freshdesk.read(noDescription.doc, noDescription.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'description' });
  });
});
