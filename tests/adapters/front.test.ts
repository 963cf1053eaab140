import { describe, expect, it } from 'vitest';
import { front } from '../../utils/adapters/sites/front';
import { BLANK, conversationOf, fixture, load, stripped } from './helpers';

const EMAIL_URL = 'https://app.frontapp.com/inboxes/teams/folders/7256583/unassigned/120537545061';
const CHAT_URL = 'https://app.frontapp.com/inboxes/teammates/20999898/inbox/all/117421120666';
const emailHtml = fixture('front-email.html');
const chatHtml = fixture('front-chat.html');

describe('front adapter: email conversation', () => {
  const { doc, url } = load(emailHtml, EMAIL_URL);

  it('reads messages, comments and activity in order; comments are notes, never customer words', () => {
    const c = conversationOf(front.read(doc, url));
    expect(c.site).toBe('front');
    expect(c.channel).toBe('email');
    expect(c.ticketId).toBe('120537545061');
    expect(c.subject).toBe('Charged twice for order #88231');
    expect(c.customerName).toBe('Maria Gonzalez');
    expect(c.orderIds).toEqual(['88231']);
    expect(c.messages).toEqual([
      {
        role: 'customer',
        author: 'Maria Gonzalez',
        time: 'Sunday, November 1, 2026 at 7:41 PM',
        text: "Hi,\n\nMy card was charged twice for order #88231 ($184.00 each time). I've been a customer for years and I'm honestly shocked. Please fix this today, rent is due on Friday.\n\nThanks,",
      },
      { role: 'system', time: 'Monday, November 2, 2026 at 8:55 AM', text: 'Priya Shah assigned this conversation to Priya Shah' },
      {
        role: 'agent',
        author: 'Priya Shah',
        time: 'Monday, November 2, 2026 at 9:02 AM',
        text: "Hi Maria,\n\nI'm really sorry about the double charge. I can see both payments for order #88231 and I've asked our payments team to reverse the second one. I'll confirm as soon as it goes through.\n\nPriya",
      },
      {
        role: 'note',
        author: 'Priya Shah',
        time: 'Monday, November 2, 2026 at 9:05 AM',
        text: '@Leo the Stripe log shows a retry after a gateway timeout for order #88231, refund the second charge please.',
      },
      {
        role: 'customer',
        author: 'Maria Gonzalez',
        time: 'Monday, November 2, 2026 at 11:20 AM',
        text: "It's been two hours and both charges are still on my statement. I'm getting anxious, I can't afford to be $184 short this week.",
      },
    ]);
  });

  it('detects Front only', () => {
    expect(front.detect(doc, url)).toBe(true);
    const blankHere = load(BLANK, EMAIL_URL);
    expect(front.detect(blankHere.doc, blankHere.url)).toBe(false);
    const blank = load(BLANK, 'https://example.com/');
    expect(front.detect(blank.doc, blank.url)).toBe(false);
    const gorgias = load(fixture('gorgias-email.html'), 'https://lumenhome.gorgias.com/app/ticket/180507823');
    expect(front.detect(gorgias.doc, gorgias.url)).toBe(false);
  });

  it('finds the composer and the viewer to observe', () => {
    expect(front.findEditor(doc)?.classList.contains('ProseMirror')).toBe(true);
    expect(front.threadRoot(doc)?.getAttribute('data-testid')).toBe('viewer-120537545061');
    expect(front.findEditor(load(BLANK, EMAIL_URL).doc)).toBeNull();
  });

  it('takes the conversation id from the URL, else from the viewer', () => {
    const open = load(emailHtml, 'https://app.frontapp.com/open/cnv_1z2x3y4z');
    expect(front.ticketId(open.doc, open.url)).toBe('cnv_1z2x3y4z');
    const shared = load(emailHtml, 'https://app.frontapp.com/inboxes/shared/support/open/121516198');
    expect(front.ticketId(shared.doc, shared.url)).toBe('121516198');
    const list = load(emailHtml, 'https://app.frontapp.com/inboxes/teams/folders/7256583/unassigned');
    expect(front.ticketId(list.doc, list.url)).toBe('120537545061');
  });

  it('names the missing selector instead of throwing', () => {
    const broken = stripped(emailHtml, '[class*="viewer__StyledViewerDiv"]', EMAIL_URL);
    expect(front.read(broken.doc, broken.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'thread' });
    expect(front.threadRoot(broken.doc)).toBeNull();
    const noMessages = stripped(emailHtml, '[role="article"]', EMAIL_URL);
    expect(front.read(noMessages.doc, noMessages.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'message' });
    const noSenders = stripped(emailHtml, '[class*="messageViewerRecipient__"]', EMAIL_URL);
    expect(front.read(noSenders.doc, noSenders.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'sender' });
    const list = load(BLANK, 'https://app.frontapp.com/inboxes/teams/folders/7256583/unassigned');
    expect(front.read(list.doc, list.url)).toEqual({ ok: false, reason: 'not-a-conversation' });
  });
});

describe('front adapter: live chat conversation', () => {
  const { doc, url } = load(chatHtml, CHAT_URL);

  it('reads chat messages as chat, with the teammate as agent and the comment as a note', () => {
    const c = conversationOf(front.read(doc, url));
    expect(c.channel).toBe('chat');
    expect(c.ticketId).toBe('117421120666');
    expect(c.subject).toBe('Where is my order?');
    expect(c.customerName).toBe('Jordan Lee');
    expect(c.orderIds).toEqual(['4471-2209']);
    expect(c.messages).toEqual([
      { role: 'customer', author: 'Jordan Lee', time: 'Tuesday, November 3, 2026 at 2:02 PM', text: "hi, my order 4471-2209 was supposed to arrive on Monday and the tracking hasn't moved in 5 days" },
      { role: 'customer', author: 'Jordan Lee', time: 'Tuesday, November 3, 2026 at 2:03 PM', text: "this is really frustrating, it's my daughter's birthday present" },
      { role: 'system', time: 'Tuesday, November 3, 2026 at 2:03 PM', text: 'Marcus Wright was assigned by a rule' },
      {
        role: 'agent',
        author: 'Marcus Wright',
        time: 'Tuesday, November 3, 2026 at 2:05 PM',
        text: 'Hi Jordan, I completely understand, a birthday gift stuck in transit is stressful. Let me check with the carrier right now.',
      },
      {
        role: 'note',
        author: 'Marcus Wright',
        time: 'Tuesday, November 3, 2026 at 2:07 PM',
        text: "Carrier says the parcel is lost at the Memphis hub. I'm frustrated with this carrier too, third one this month.",
      },
      { role: 'customer', author: 'Jordan Lee', time: 'Tuesday, November 3, 2026 at 2:10 PM', text: 'ok. her party is Saturday, can you send a new one with express shipping?' },
    ]);
  });

  it('honours an outbound marker on an agent-initiated conversation', () => {
    const outboundFirst = chatHtml.replace(
      /(<div role="article" class="messageViewerBase__StyledMessageDiv[^"]*)(">\s*<div class="messageViewerHeader[\s\S]*?<div>)Jordan Lee/,
      '$1 messageViewerBase__StyledOutboundDiv-sc-0$2Marcus Wright',
    );
    const c = conversationOf(front.read(load(outboundFirst, CHAT_URL).doc, new URL(CHAT_URL)));
    expect(c.messages.map((m) => `${m.role}:${m.author ?? ''}`)).toEqual([
      'agent:Marcus Wright',
      'customer:Jordan Lee',
      'system:',
      'agent:Marcus Wright',
      'note:Marcus Wright',
      'customer:Jordan Lee',
    ]);
  });
});
