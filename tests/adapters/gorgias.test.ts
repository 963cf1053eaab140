import { describe, expect, it } from 'vitest';
import { gorgias } from '../../utils/adapters/sites/gorgias';
import { BLANK, conversationOf, fixture, load, stripped } from './helpers';

const EMAIL_URL = 'https://lumenhome.gorgias.com/app/ticket/180507823';
const CHAT_URL = 'https://lumenhome.gorgias.com/app/views/1384557/202493877';
const emailHtml = fixture('gorgias-email.html');
const chatHtml = fixture('gorgias-chat.html');

describe('gorgias adapter: email ticket', () => {
  const { doc, url } = load(emailHtml, EMAIL_URL);

  it('reads message groups and events in order; internal notes are notes even though agents write them', () => {
    const c = conversationOf(gorgias.read(doc, url));
    expect(c.site).toBe('gorgias');
    expect(c.channel).toBe('email');
    expect(c.ticketId).toBe('180507823');
    expect(c.subject).toBe('Damaged tumbler set, order #1007');
    expect(c.customerName).toBe('Olivia Brooks');
    expect(c.orderIds).toEqual(['1007']);
    expect(c.messages).toEqual([
      {
        role: 'customer',
        author: 'Olivia Brooks',
        time: '2026-11-01T16:12:00Z',
        text: "Hello,\n\nI just opened my tumbler set (order #1007) and two of the four glasses are cracked. This was a wedding gift and I'm so upset, the wedding is next weekend.\n\nCan you send replacements quickly?\n\nThank you,",
      },
      { role: 'system', time: '2026-11-01T16:12:05Z', text: 'Ticket assigned to Ben Carter by rule Auto-assign damaged items' },
      {
        role: 'note',
        author: 'Ben Carter',
        time: '2026-11-01T16:40:00Z',
        text: 'Warehouse confirms the whole 4-glass batch from supplier K12 is fragile. OK to ship a full new set, customer is upset and the event is close.',
      },
      {
        role: 'agent',
        author: 'Ben Carter',
        time: '2026-11-01T16:52:00Z',
        text: "Hi Olivia,\n\nI'm so sorry, a cracked wedding gift is the last thing you need right now. I've sent a complete new set by express; it should reach you on Wednesday.\n\nBen",
      },
      // Two messages grouped under one header: each keeps its own time; quote and device footer are dropped.
      { role: 'customer', author: 'Olivia Brooks', time: '2026-11-02T08:03:00Z', text: "That's a relief, thank you Ben! Do I need to send the broken ones back?" },
      { role: 'customer', author: 'Olivia Brooks', time: '2026-11-02T08:05:00Z', text: 'Sorry, one more thing: the new box should go to my work address, 200 Market St, Suite 4.' },
    ]);
  });

  it('detects the Gorgias helpdesk only', () => {
    expect(gorgias.detect(doc, url)).toBe(true);
    const blankHere = load(BLANK, EMAIL_URL);
    expect(gorgias.detect(blankHere.doc, blankHere.url)).toBe(false);
    const blank = load(BLANK, 'https://example.com/app/ticket/1');
    expect(gorgias.detect(blank.doc, blank.url)).toBe(false);
    const frontPage = load(fixture('front-email.html'), 'https://app.frontapp.com/inboxes/teams/folders/7256583/unassigned/120537545061');
    expect(gorgias.detect(frontPage.doc, frontPage.url)).toBe(false);
  });

  it('finds the reply editor and the ticket body to observe', () => {
    expect(gorgias.findEditor(doc)?.classList.contains('public-DraftEditor-content')).toBe(true);
    expect(gorgias.threadRoot(doc)?.classList.contains('ticket-body')).toBe(true);
    expect(gorgias.findEditor(load(BLANK, EMAIL_URL).doc)).toBeNull();
  });

  it('takes the ticket id from the ticket or view URL', () => {
    const other = load(emailHtml, 'https://lumenhome.gorgias.com/app/ticket/180507999');
    expect(gorgias.ticketId(other.doc, other.url)).toBe('180507999');
    expect(conversationOf(gorgias.read(other.doc, other.url)).ticketId).toBe('180507999');
    const view = load(emailHtml, 'https://lumenhome.gorgias.com/app/views/1384557/202493877');
    expect(gorgias.ticketId(view.doc, view.url)).toBe('202493877');
  });

  it('names the missing selector instead of throwing', () => {
    const broken = stripped(emailHtml, '.ticket-body', EMAIL_URL);
    expect(gorgias.read(broken.doc, broken.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'thread' });
    expect(gorgias.threadRoot(broken.doc)).toBeNull();
    const noMessages = stripped(emailHtml, '.ticket-message', EMAIL_URL);
    expect(gorgias.read(noMessages.doc, noMessages.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'item' });
    const noAuthors = stripped(emailHtml, '[class*="Header__author"]', EMAIL_URL);
    expect(gorgias.read(noAuthors.doc, noAuthors.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'author' });
    const views = load(BLANK, 'https://lumenhome.gorgias.com/app/views/1384557');
    expect(gorgias.read(views.doc, views.url)).toEqual({ ok: false, reason: 'not-a-conversation' });
  });
});

describe('gorgias adapter: chat ticket', () => {
  const { doc, url } = load(chatHtml, CHAT_URL);

  it('reads chat text as written, AI Agent replies as system lines', () => {
    const c = conversationOf(gorgias.read(doc, url));
    expect(c.channel).toBe('chat');
    expect(c.ticketId).toBe('202493877');
    expect(c.subject).toBe('Chat with Marcus Reid');
    expect(c.customerName).toBe('Marcus Reid');
    expect(c.orderIds).toEqual(['1042']);
    expect(c.messages).toEqual([
      { role: 'customer', author: 'Marcus Reid', time: '2026-11-03T18:20:41Z', text: "I was charged $64.90 but my discount code WELCOME15 didn't apply" },
      { role: 'customer', author: 'Marcus Reid', time: '2026-11-03T18:20:58Z', text: 'order #1042' },
      { role: 'system', author: 'AI Agent', time: '2026-11-03T18:21:03Z', text: "Thanks Marcus! I'm handing you over to a teammate who can look at the discount on order #1042." },
      { role: 'system', time: '2026-11-03T18:21:05Z', text: 'Ticket assigned to Rosa Alvarez' },
      { role: 'customer', author: 'Marcus Reid', time: '2026-11-03T18:23:10Z', text: "seriously? I've been waiting 10 minutes. this is so annoying, just refund the difference" },
      { role: 'note', author: 'Rosa Alvarez', time: '2026-11-03T18:24:00Z', text: 'WELCOME15 expired on Oct 31, but he is annoyed already, refund the 15% as goodwill.' },
      { role: 'agent', author: 'Rosa Alvarez', time: '2026-11-03T18:25:12Z', text: "Sorry for the wait, Marcus. I've refunded the 15% ($9.74) to your card; you'll see it in 3–5 days." },
    ]);
  });

  it('still marks a note when the CSS-module class is a bare hash-free "internal"', () => {
    const plain = load(chatHtml.replace('Container__internal___2sD8f', 'internal'), CHAT_URL);
    const note = conversationOf(gorgias.read(plain.doc, plain.url)).messages.find((m) => m.text.startsWith('WELCOME15 expired'));
    expect(note?.role).toBe('note');
  });
});
