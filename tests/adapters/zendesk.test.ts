import { describe, expect, it } from 'vitest';
import { zendesk } from '../../utils/adapters/sites/zendesk';
import { conversationOf as ok, fixture, load as page, stripped as without } from './helpers';

const CHAT_URL = 'https://acme.zendesk.com/agent/tickets/48817';
const EMAIL_URL = 'https://acme.zendesk.com/agent/tickets/51203';

describe('zendesk adapter: messaging ticket', () => {
  const html = fixture('zendesk-chat.html');
  const { doc, url } = page(html, CHAT_URL);

  it('reads the open ticket, oldest first, with notes, bot and event rows kept apart from the customer', () => {
    const c = ok(zendesk.read(doc, url));
    expect(c.site).toBe('zendesk');
    expect(c.channel).toBe('chat');
    expect(c.ticketId).toBe('48817');
    expect(c.subject).toBe('Blender arrived cracked');
    expect(c.customerName).toBe('Dana Whitfield');
    expect(c.orderIds).toEqual(['A-10234']);
    expect(c.messages).toEqual([
      { role: 'customer', author: 'Dana Whitfield', time: '2026-11-03T14:02:11Z', text: 'Hi, my blender from order #A-10234 arrived today with the jug cracked right down the side.' },
      { role: 'system', author: 'Answer Bot', time: '2026-11-03T14:02:14Z', text: 'Thanks for reaching out! An agent will be with you shortly.' },
      { role: 'system', time: '2026-11-03T14:03:02Z', text: 'Conversation assigned to Kenji Mori (Returns)' },
      { role: 'customer', author: 'Dana Whitfield', time: '2026-11-03T14:03:40Z', text: "Honestly I'm so frustrated. This was a birthday present and the party is on Saturday." },
      { role: 'agent', author: 'Kenji Mori', time: '2026-11-03T14:05:09Z', text: "I'm so sorry, Dana, that's not the gift you planned. Could you send a photo of the crack?" },
      { role: 'note', author: 'Kenji Mori', time: '2026-11-03T14:06:30Z', text: 'Second cracked jug from the Reno warehouse this week, flagging to logistics.' },
      { role: 'customer', author: 'Dana Whitfield', time: '2026-11-03T14:07:55Z', text: 'Sent it. Can you get a replacement here before Saturday?' },
    ]);
  });

  it('reads only the pane of the ticket in the URL, not background tabs', () => {
    const other = page(html, 'https://acme.zendesk.com/agent/tickets/48810');
    const c = ok(zendesk.read(other.doc, other.url));
    expect(c.ticketId).toBe('48810');
    expect(c.subject).toBe('Where is my refund?');
    expect(c.orderIds).toEqual(['B-55012']);
    expect(c.messages.map((m) => m.author)).toEqual(['Priya Natarajan']);
  });

  it('detects the agent workspace only', () => {
    expect(zendesk.detect(doc, url)).toBe(true);
    const blank = page('<html><body></body></html>', 'https://example.com/');
    expect(zendesk.detect(blank.doc, blank.url)).toBe(false);
    const intercom = page(fixture('intercom-chat.html'), 'https://app.intercom.com/a/inbox/abc123/inbox/conversation/215470000000777');
    expect(zendesk.detect(intercom.doc, intercom.url)).toBe(false);
  });

  it('finds the composer and the log to observe', () => {
    expect(zendesk.findEditor(doc)?.getAttribute('data-test-id')).toBe('omnicomposer-rich-text-ckeditor');
    expect(zendesk.threadRoot(doc)?.closest('[data-ticket-id]')?.getAttribute('data-ticket-id')).toBe('48817');
  });

  it('names the missing selector instead of throwing', () => {
    const broken = without(html, '[data-test-id="omni-log-container"]', CHAT_URL);
    expect(zendesk.read(broken.doc, broken.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'thread' });
    expect(zendesk.threadRoot(broken.doc)).toBeNull();
    const blank = page('<html><body></body></html>', CHAT_URL);
    expect(zendesk.findEditor(blank.doc)).toBeNull();
  });

  it('takes the ticket id from the URL', () => {
    expect(zendesk.ticketId(doc, new URL('https://acme.zendesk.com/agent/tickets/48817'))).toBe('48817');
    expect(zendesk.ticketId(doc, new URL('https://acme.zendesk.com/agent/tickets/51203/events'))).toBe('51203');
  });
});

describe('zendesk adapter: email ticket', () => {
  const html = fixture('zendesk-email.html');
  const { doc, url } = page(html, EMAIL_URL);

  it('reads email comments without quoted history or signatures', () => {
    const c = ok(zendesk.read(doc, url));
    expect(c.channel).toBe('email');
    expect(c.ticketId).toBe('51203');
    expect(c.subject).toBe('Charged twice for order #C-77120');
    expect(c.customerName).toBe('Marcus Bell');
    expect(c.orderIds).toEqual(['C-77120']);
    expect(c.messages).toEqual([
      {
        role: 'customer',
        author: 'Marcus Bell',
        time: '2026-11-02T08:41:00Z',
        text: "Hello,\n\nMy card statement shows two charges of $89.00 for the same order. I only placed it once and I'm pretty worried because rent comes out this week.\n\nPlease refund the duplicate as soon as possible.\n\nThanks,",
      },
      { role: 'system', time: '2026-11-02T08:55:00Z', text: 'Ticket assigned to Billing · Lena Ortiz' },
      { role: 'note', author: 'Lena Ortiz', time: '2026-11-02T09:10:00Z', text: 'Stripe shows one capture and one pending authorization. The pending one drops off in 3-5 days.' },
      {
        role: 'agent',
        author: 'Lena Ortiz',
        time: '2026-11-02T09:14:00Z',
        text: 'Hi Marcus,\n\nI understand how worrying a double charge is right before rent. Only one payment was taken; the second line is a pending hold that your bank will release within 3-5 business days.\n\nBest,',
      },
      { role: 'customer', author: 'Marcus Bell', time: '2026-11-04T17:30:00Z', text: 'It has been five days and the second charge is still there. This is really stressful.' },
    ]);
  });

  it('never reads an internal note as customer words, even without the note tag', () => {
    const untagged = without(html, '[data-test-id="omni-log-internal-note-tag"]', EMAIL_URL);
    const c = ok(zendesk.read(untagged.doc, untagged.url));
    expect(c.messages.filter((m) => m.role === 'note')).toHaveLength(1);
    expect(c.messages.filter((m) => m.role === 'customer').map((m) => m.text).join(' ')).not.toContain('Stripe');
  });

  it('finds the email composer', () => {
    expect(zendesk.findEditor(doc)?.getAttribute('contenteditable')).toBe('true');
  });
});
