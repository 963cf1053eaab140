import { describe, expect, it } from 'vitest';
import { zammad } from '../../utils/adapters/sites/zammad';
import { BLANK, conversationOf, fixture, load, stripped } from './helpers';

// Self-hosted: any domain, the ticket in the hash route.
const EMAIL_URL = 'https://helpdesk.example.com/#ticket/zoom/4711';
const CHAT_URL = 'https://acme.zammad.com/#ticket/zoom/5120';

describe('zammad adapter: email ticket', () => {
  const html = fixture('zammad-email.html');
  const { doc, url } = load(html, EMAIL_URL);

  it('reads articles oldest first; internal articles are notes, trigger mail is system, quotes and signatures go', () => {
    const c = conversationOf(zammad.read(doc, url));
    expect(c.site).toBe('zammad');
    expect(c.channel).toBe('email');
    expect(c.ticketId).toBe('4711');
    expect(c.subject).toBe('Coffee grinder stopped working after 3 weeks');
    expect(c.customerName).toBe('Grace Liu');
    expect(c.orderIds).toEqual(['CG-55120']);
    expect(c.messages).toEqual([
      {
        role: 'customer',
        author: 'Grace Liu',
        time: '2026-11-03T08:14:22.000Z',
        text:
          "Hello,\n\nThe burr grinder I bought three weeks ago (order #CG-55120) just stopped. It hums but the burrs don't turn. I rely on it every morning and I'm honestly disappointed for a 200 dollar machine.\n\nCan I get a replacement?\n\nGrace",
      },
      {
        role: 'system',
        author: 'Acme Support',
        time: '2026-11-03T08:14:25.000Z',
        text: 'Your request (Ticket#31047) has been received and will be reviewed by our support staff.',
      },
      {
        role: 'note',
        author: 'Jonas Weber',
        time: '2026-11-03T09:02:10.000Z',
        text: 'Same motor fault as batch 2026-09. Replacement approved, no need to ask for the old unit back.',
      },
      {
        role: 'agent',
        author: 'Jonas Weber',
        time: '2026-11-03T09:20:44.000Z',
        text: "Hi Grace,\n\nI'm sorry your grinder gave out so soon, I know how much a morning routine depends on it. A new unit ships today and you can keep the old one.\n\nKind regards,",
      },
      { role: 'customer', author: 'Grace Liu', time: '2026-11-03T11:05:00.000Z', text: "Wow, thank you Jonas, that's a relief." },
    ]);
  });

  it('reads the tab named in the URL, not the other open tickets', () => {
    const background = load(html, 'https://helpdesk.example.com/#ticket/zoom/4690');
    const c = conversationOf(zammad.read(background.doc, background.url));
    expect(c.ticketId).toBe('4690');
    expect(c.subject).toBe('Invoice address change');
    expect(c.orderIds).toEqual(['77001']);
    expect(c.messages.map((m) => m.role)).toEqual(['customer']);
  });

  it('takes the ticket id from the hash route, else from the active tab', () => {
    expect(zammad.ticketId(doc, url)).toBe('4711');
    expect(zammad.ticketId(doc, new URL('https://helpdesk.example.com/#ticket/zoom/4690/8840'))).toBe('4690');
    expect(zammad.ticketId(doc, new URL('https://helpdesk.example.com/#dashboard'))).toBe('4711');
  });

  it('detects ticket zoom on any host by its route and markup', () => {
    expect(zammad.detect(doc, url)).toBe(true);
    const blank = load(BLANK, 'https://example.com/');
    expect(zammad.detect(blank.doc, blank.url)).toBe(false);
    const blankRoute = load(BLANK, EMAIL_URL);
    expect(zammad.detect(blankRoute.doc, blankRoute.url)).toBe(false);
    const chatwoot = load(fixture('chatwoot-email.html'), 'https://chat.example.com/app/accounts/1/conversations/1302');
    expect(zammad.detect(chatwoot.doc, chatwoot.url)).toBe(false);
    const freescout = load(fixture('freescout-email.html'), 'https://help.example.com/conversation/512#ticket/zoom/1');
    expect(zammad.detect(freescout.doc, freescout.url)).toBe(false);
  });

  it("finds the open tab's reply editor and article list", () => {
    expect(zammad.findEditor(doc)?.textContent).toBe('Hi Grace,');
    expect(zammad.threadRoot(doc)?.querySelectorAll('.ticket-article-item')).toHaveLength(5);
  });

  it('names the missing selector instead of throwing', () => {
    const broken = stripped(html, '.ticket-article', EMAIL_URL);
    expect(zammad.read(broken.doc, broken.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'thread' });
    expect(zammad.threadRoot(broken.doc)).toBeNull();
    const blank = load(BLANK, EMAIL_URL);
    expect(zammad.findEditor(blank.doc)).toBeNull();
  });
});

describe('zammad adapter: WhatsApp ticket on the hosted service', () => {
  const html = fixture('zammad-chat.html');
  const { doc, url } = load(html, CHAT_URL);

  it('reads one article per message as a chat', () => {
    const c = conversationOf(zammad.read(doc, url));
    expect(c.channel).toBe('chat');
    expect(c.ticketId).toBe('5120');
    expect(c.subject).toBe('Wrong colour kettle delivered');
    expect(c.customerName).toBe('Sofia Marin');
    expect(c.orderIds).toEqual(['88-41207']);
    expect(c.messages).toEqual([
      {
        role: 'customer',
        author: 'Sofia Marin',
        time: '2026-11-04T16:31:02.000Z',
        text: 'Hi! I ordered the matte black kettle (order 88-41207) and a bright red one arrived.',
      },
      { role: 'system', time: '2026-11-04T16:31:04.000Z', text: 'Thanks for your message! An agent will reply during opening hours (Mon-Fri 8-18).' },
      {
        role: 'customer',
        author: 'Sofia Marin',
        time: '2026-11-04T16:32:40.000Z',
        text: "Honestly this is the second time, I'm really fed up.\nIt doesn't match my kitchen at all.",
      },
      { role: 'note', author: 'Aiko Tanaka', time: '2026-11-04T16:40:00.000Z', text: 'Black is back in stock Friday. Offer express swap plus 10% goodwill.' },
      {
        role: 'agent',
        author: 'Aiko Tanaka',
        time: '2026-11-04T16:44:12.000Z',
        text: "I'm so sorry, Sofia, a second mix-up is really frustrating. I'll swap it for black by express on Friday and add 10% back to your card.",
      },
    ]);
  });

  it('detects the hosted service and finds the editor', () => {
    expect(zammad.detect(doc, url)).toBe(true);
    expect(zammad.findEditor(doc)?.classList.contains('articleNewEdit-body')).toBe(true);
  });
});
