import { describe, expect, it } from 'vitest';
import { freescout } from '../../utils/adapters/sites/freescout';
import { BLANK, conversationOf, fixture, load, stripped } from './helpers';

const EMAIL_URL = 'https://help.example.com/conversation/512?folder_id=3';
const CHAT_URL = 'https://support.shoes.example/conversation/733';

describe('freescout adapter: email conversation', () => {
  const html = fixture('freescout-email.html');
  const { doc, url } = load(html, EMAIL_URL);

  it('reads threads oldest first (the page shows newest first), skips the draft, drops quotes', () => {
    const c = conversationOf(freescout.read(doc, url));
    expect(c.site).toBe('freescout');
    expect(c.channel).toBe('email');
    expect(c.ticketId).toBe('512');
    expect(c.subject).toBe('Refund still missing for returned headphones');
    expect(c.customerName).toBe('Olga Petrova');
    expect(c.orderIds).toEqual(['HP-30771']);
    expect(c.messages).toEqual([
      {
        role: 'customer',
        author: 'Olga Petrova',
        time: 'Oct 22, 2026 11:31',
        text: 'Hello, I sent back the headphones from order #HP-30771 last week. When will I get my refund?\n\nOlga Petrova',
      },
      { role: 'agent', author: 'Hannah Weiss', time: 'Oct 23, 2026 16:10', text: 'Hi Olga, once the return arrives we refund within 5 days.\n\nThanks,' },
      {
        role: 'customer',
        author: 'Olga Petrova',
        time: 'Nov 5, 2026 08:55',
        text: 'It has now been three weeks since you received the headphones (order #HP-30771) and I still have no refund. This is really stressful, I need that money.',
      },
      {
        role: 'note',
        author: 'Hannah Weiss',
        time: 'Nov 5, 2026 09:10',
        text: 'Return RMA-2291 was scanned at the warehouse on Oct 28. Refund is stuck in the finance queue, Marco please push it.',
      },
      { role: 'system', time: 'Nov 5, 2026 09:12', text: 'Hannah Weiss assigned to Marco Bianchi' },
      {
        role: 'agent',
        author: 'Marco Bianchi',
        time: 'Nov 5, 2026 09:40',
        text: "Hi Olga,\n\nYou're right to be annoyed, and I'm sorry. The refund of $149 was released today and should reach your card within 3 business days.\n\nBest regards,",
      },
    ]);
  });

  it('takes the ticket id from the route, else from the body attribute', () => {
    expect(freescout.ticketId(doc, url)).toBe('512');
    expect(freescout.ticketId(doc, new URL('https://help.example.com/conversation/519?folder_id=3'))).toBe('519');
    expect(freescout.ticketId(doc, new URL('https://help.example.com/mailbox/3'))).toBe('512');
  });

  it('detects the conversation view on any domain, nothing else', () => {
    expect(freescout.detect(doc, url)).toBe(true);
    const blank = load(BLANK, 'https://example.com/');
    expect(freescout.detect(blank.doc, blank.url)).toBe(false);
    const blankRoute = load(BLANK, EMAIL_URL);
    expect(freescout.detect(blankRoute.doc, blankRoute.url)).toBe(false);
    const zammad = load(fixture('zammad-email.html'), 'https://helpdesk.example.com/#ticket/zoom/4711');
    expect(freescout.detect(zammad.doc, zammad.url)).toBe(false);
    const chatwoot = load(fixture('chatwoot-chat.html'), 'https://app.chatwoot.com/app/accounts/3/conversations/1287');
    expect(freescout.detect(chatwoot.doc, chatwoot.url)).toBe(false);
  });

  it('finds the Summernote editor and the thread list', () => {
    const editor = freescout.findEditor(doc);
    expect(editor?.classList.contains('note-editable')).toBe(true);
    expect(editor?.getAttribute('contenteditable')).toBe('true');
    expect(freescout.threadRoot(doc)?.id).toBe('conv-layout-main');
  });

  it('names the missing selector instead of throwing', () => {
    const broken = stripped(html, '#conv-layout-main', EMAIL_URL);
    expect(freescout.read(broken.doc, broken.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'thread' });
    expect(freescout.threadRoot(broken.doc)).toBeNull();
    const blank = load(BLANK, EMAIL_URL);
    expect(freescout.findEditor(blank.doc)).toBeNull();
  });

  it('falls back to reversing the display order when threads carry no numbers', () => {
    const bare = load(html, EMAIL_URL);
    for (const thread of bare.doc.querySelectorAll('.thread')) {
      thread.removeAttribute('id');
      thread.removeAttribute('data-thread_id');
    }
    const c = conversationOf(freescout.read(bare.doc, bare.url));
    expect(c.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer', 'note', 'system', 'agent']);
  });
});

describe('freescout adapter: chat conversation', () => {
  const html = fixture('freescout-chat.html');
  const { doc, url } = load(html, CHAT_URL);

  it('reads a chat-mode conversation as chat, oldest first', () => {
    const c = conversationOf(freescout.read(doc, url));
    expect(c.channel).toBe('chat');
    expect(c.ticketId).toBe('733');
    expect(c.subject).toBe('Chat with Kwame Mensah');
    expect(c.customerName).toBe('Kwame Mensah');
    expect(c.orderIds).toEqual(['RS-61904']);
    expect(c.messages).toEqual([
      { role: 'customer', author: 'Kwame Mensah', time: 'Nov 6, 2026 14:01', text: 'Hi, my running shoes (order #RS-61904) are falling apart after one week.' },
      { role: 'system', time: 'Nov 6, 2026 14:02', text: 'Ines Duarte assigned to yourself' },
      { role: 'agent', author: 'Ines Duarte', time: 'Nov 6, 2026 14:03', text: "Hi Kwame, I'm sorry about that. Could you tell me your order number?" },
      { role: 'note', author: 'Ines Duarte', time: 'Nov 6, 2026 14:04', text: 'Defect, within 30 days. Free pickup applies.' },
      {
        role: 'customer',
        author: 'Kwame Mensah',
        time: 'Nov 6, 2026 14:05',
        text: "I'm not thrilled about paying for return postage on shoes that came with the sole already peeling off.",
      },
      {
        role: 'agent',
        author: 'Ines Duarte',
        time: 'Nov 6, 2026 14:07',
        text: "I completely understand. I've booked a courier pickup for tomorrow and a new pair ships today, no need to wait for the return.",
      },
    ]);
  });

  it('detects it and finds the editor with the draft', () => {
    expect(freescout.detect(doc, url)).toBe(true);
    expect(freescout.findEditor(doc)?.textContent).toBe('Hi Kwame, ');
  });
});
