import { describe, expect, it } from 'vitest';
import { intercom } from '../../utils/adapters/sites/intercom';
import { conversationOf as ok, fixture, load as page, stripped as without } from './helpers';

const CHAT_URL = 'https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/215470000000777';
const EMAIL_URL = 'https://app.intercom.com/a/inbox/abc123/inbox/conversation/215470000000912';

describe('intercom adapter: messenger conversation', () => {
  const html = fixture('intercom-chat.html');
  const { doc, url } = page(html, CHAT_URL);

  it('reads every part, with notes, Fin and events kept apart from the customer', () => {
    const c = ok(intercom.read(doc, url));
    expect(c.site).toBe('intercom');
    expect(c.channel).toBe('chat');
    expect(c.ticketId).toBe('215470000000777');
    expect(c.subject).toBeUndefined();
    expect(c.customerName).toBe('Dana Whitfield');
    expect(c.orderIds).toEqual(['A-10234']);
    expect(c.messages).toEqual([
      { role: 'customer', time: '2026-11-03T14:02:11.000Z', text: 'hi, my blender from order A-10234 showed up with a cracked jug' },
      { role: 'customer', time: '2026-11-03T14:02:19.000Z', text: 'order #A-10234' },
      { role: 'system', time: '2026-11-03T14:02:25.000Z', text: "I'm Fin, an AI agent. I've passed this to the returns team." },
      { role: 'system', time: '2026-11-03T14:03:00.000Z', text: 'Kenji Mori assigned this conversation to Returns' },
      { role: 'customer', time: '2026-11-03T14:03:40.000Z', text: "this is the second time this has happened and I'm really disappointed" },
      { role: 'note', time: '2026-11-03T14:04:30.000Z', text: 'Repeat contact, she had a cracked lid in August. OK to send express replacement.' },
      { role: 'agent', time: '2026-11-03T14:05:09.000Z', text: "Dana, I'm so sorry this happened twice. I'm sending a replacement by express today." },
    ]);
  });

  it('counts a part of unknown category as a system line, never as the customer', () => {
    const changed = page(html.replace('data-part-group-id="grp-5" data-part-group-category="4"', 'data-part-group-id="grp-5" data-part-group-category="99"'), CHAT_URL);
    const c = ok(intercom.read(changed.doc, changed.url));
    expect(c.messages[5]).toEqual({ role: 'system', time: '2026-11-03T14:04:30.000Z', text: 'Repeat contact, she had a cracked lid in August. OK to send express replacement.' });
  });

  it('detects the Intercom inbox only', () => {
    expect(intercom.detect(doc, url)).toBe(true);
    expect(intercom.detect(doc, new URL('https://app.eu.intercom.com/a/inbox/abc123/inbox/conversation/1'))).toBe(true);
    const blank = page('<html><body></body></html>', 'https://example.com/');
    expect(intercom.detect(blank.doc, blank.url)).toBe(false);
    const zendesk = page(fixture('zendesk-chat.html'), 'https://acme.zendesk.com/agent/tickets/48817');
    expect(intercom.detect(zendesk.doc, zendesk.url)).toBe(false);
  });

  it('finds the ProseMirror composer and the stream', () => {
    expect(intercom.findEditor(doc)?.classList.contains('ProseMirror')).toBe(true);
    expect(intercom.threadRoot(doc)?.getAttribute('data-testid')).toBe('conversation-stream-scroll-container');
  });

  it('names the missing selector instead of throwing', () => {
    const broken = without(html, '[data-testid="conversation-stream-scroll-container"]', CHAT_URL);
    expect(intercom.read(broken.doc, broken.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'thread' });
    const blank = page('<html><body></body></html>', CHAT_URL);
    expect(intercom.findEditor(blank.doc)).toBeNull();
    expect(intercom.threadRoot(blank.doc)).toBeNull();
  });

  it('takes the conversation id from the URL', () => {
    expect(intercom.ticketId(doc, new URL('https://app.intercom.com/a/inbox/abc123/inbox/conversation/42'))).toBe('42');
    expect(intercom.ticketId(doc, new URL('https://app.intercom.com/a/apps/abc123/conversations/43'))).toBe('43');
    expect(intercom.ticketId(doc, new URL('https://app.intercom.com/a/inbox/abc123/inbox/shared/all'))).toBeUndefined();
  });
});

describe('intercom adapter: email conversation', () => {
  const html = fixture('intercom-email.html');
  const { doc, url } = page(html, EMAIL_URL);

  it('reads email parts without quoted history or signature', () => {
    const c = ok(intercom.read(doc, url));
    expect(c.channel).toBe('email');
    expect(c.ticketId).toBe('215470000000912');
    expect(c.customerName).toBe('Marcus Bell');
    expect(c.orderIds).toEqual(['C-77120']);
    expect(c.messages).toEqual([
      { role: 'customer', time: '2026-11-02T08:41:00.000Z', text: "Hello,\n\nI was charged twice for order #C-77120 and I'm pretty worried, rent comes out this week.\n\nPlease refund the duplicate." },
      { role: 'note', time: '2026-11-02T09:10:00.000Z', text: 'One capture, one pending auth in Stripe. Auth drops in 3-5 days.' },
      {
        role: 'agent',
        time: '2026-11-02T09:14:00.000Z',
        text: "Hi Marcus,\n\nI can see why that's worrying right before rent. Only one payment went through; the second line is a hold your bank releases within 3-5 business days.\n\nLena",
      },
      { role: 'system', time: '2026-11-02T09:15:00.000Z', text: 'Lena Ortiz snoozed this conversation until Nov 4' },
      { role: 'customer', time: '2026-11-04T17:30:00.000Z', text: 'Five days later and the second charge is still on my card. This is really stressful.' },
    ]);
  });

  it('finds the composer', () => {
    expect(intercom.findEditor(doc)?.getAttribute('contenteditable')).toBe('true');
  });
});
