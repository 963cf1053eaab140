import { describe, expect, it } from 'vitest';
import { chatwoot } from '../../utils/adapters/sites/chatwoot';
import { BLANK, conversationOf, fixture, load, stripped } from './helpers';

const CHAT_URL = 'https://app.chatwoot.com/app/accounts/3/conversations/1287';
// Self-hosted: a custom domain, reached through the inbox route.
const EMAIL_URL = 'https://chat.acme-store.example/app/accounts/1/inbox/4/conversations/1302';

describe('chatwoot adapter: live chat conversation', () => {
  const html = fixture('chatwoot-chat.html');
  const { doc, url } = load(html, CHAT_URL);

  it('reads bubbles oldest first, with private notes and activity lines kept apart from the customer', () => {
    const c = conversationOf(chatwoot.read(doc, url));
    expect(c.site).toBe('chatwoot');
    expect(c.channel).toBe('chat');
    expect(c.ticketId).toBe('1287');
    expect(c.subject).toBeUndefined();
    expect(c.customerName).toBe('Maya Fischer');
    expect(c.orderIds).toEqual(['A-20931']);
    expect(c.messages).toEqual([
      { role: 'system', text: 'Conversation was created by Maya Fischer' },
      {
        role: 'customer',
        author: 'Maya Fischer',
        text: 'Hi, my order #A-20931 arrived this morning and the ceramic lamp inside is in pieces. The box was completely crushed.',
      },
      {
        role: 'customer',
        author: 'Maya Fischer',
        time: '10:41 AM',
        text: "Honestly I'm really frustrated.\nIt was a housewarming gift and the party is on Saturday.",
      },
      { role: 'system', text: 'Assigned to Priya Nair by Auto-assignment' },
      {
        role: 'agent',
        author: 'Priya Nair',
        time: '10:44 AM',
        text: "Hi Maya, I'm so sorry, that's a horrible thing to open on a gift. Could you send a photo of the lamp and the box?",
      },
      {
        role: 'note',
        author: 'Priya Nair',
        time: '10:45 AM',
        text: '@Kenji second smashed lamp from this courier this week. OK to ship a replacement without waiting for the return?',
      },
      {
        role: 'customer',
        author: 'Maya Fischer',
        time: '10:47 AM',
        text: "Photos attached. I don't want to wait another two weeks, if it can't be here before Saturday I'd rather have a refund.",
      },
    ]);
  });

  it('detects the dashboard on the cloud host and on a custom domain, nothing else', () => {
    expect(chatwoot.detect(doc, url)).toBe(true);
    const selfHosted = load(html, 'https://support.example.org/app/accounts/12/conversations/9');
    expect(chatwoot.detect(selfHosted.doc, selfHosted.url)).toBe(true);
    const blank = load(BLANK, 'https://example.com/');
    expect(chatwoot.detect(blank.doc, blank.url)).toBe(false);
    const blankDashboard = load(BLANK, 'https://example.com/app/accounts/3/conversations/1');
    expect(chatwoot.detect(blankDashboard.doc, blankDashboard.url)).toBe(false);
    const zammad = load(fixture('zammad-email.html'), 'https://helpdesk.example.com/#ticket/zoom/4711');
    expect(chatwoot.detect(zammad.doc, zammad.url)).toBe(false);
    const freescout = load(fixture('freescout-email.html'), 'https://help.example.com/conversation/512?folder_id=3');
    expect(chatwoot.detect(freescout.doc, freescout.url)).toBe(false);
  });

  it('finds the ProseMirror reply box and the message list to observe', () => {
    const editor = chatwoot.findEditor(doc);
    expect(editor?.classList.contains('ProseMirror-woot-style')).toBe(true);
    expect(editor?.getAttribute('contenteditable')).toBe('true');
    expect(chatwoot.threadRoot(doc)?.classList.contains('conversation-panel')).toBe(true);
  });

  it('takes the ticket id from the conversation route', () => {
    expect(chatwoot.ticketId(doc, url)).toBe('1287');
    expect(chatwoot.ticketId(doc, new URL('https://app.chatwoot.com/app/accounts/3/conversations/1290?messageId=5'))).toBe('1290');
    expect(chatwoot.ticketId(doc, new URL('https://app.chatwoot.com/app/accounts/3/dashboard'))).toBeUndefined();
  });

  it('names the missing selector instead of throwing', () => {
    const broken = stripped(html, '.conversation-panel', CHAT_URL);
    expect(chatwoot.read(broken.doc, broken.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'thread' });
    expect(chatwoot.threadRoot(broken.doc)).toBeNull();
    const blank = load(BLANK, CHAT_URL);
    expect(chatwoot.findEditor(blank.doc)).toBeNull();
  });
});

describe('chatwoot adapter: email inbox conversation', () => {
  const html = fixture('chatwoot-email.html');
  const { doc, url } = load(html, EMAIL_URL);

  it('reads email bubbles without quoted history or signatures, and the subject from the first email', () => {
    const c = conversationOf(chatwoot.read(doc, url));
    expect(c.channel).toBe('email');
    expect(c.ticketId).toBe('1302');
    expect(c.subject).toBe('Wrong size delivered, order #58213');
    expect(c.customerName).toBe('Daniel Okafor');
    expect(c.orderIds).toEqual(['58213']);
    expect(c.messages).toEqual([
      {
        role: 'customer',
        author: 'Daniel Okafor',
        time: '9:12 AM',
        text:
          "Hello,\n\nI ordered the trail jacket in size L (order #58213) and received an XS. I need it for a hiking trip on the 14th and I'm pretty worried it won't be sorted in time.\n\nCan you send the right size straight away?\n\nThanks,",
      },
      { role: 'system', text: 'Assigned to Lucia Romano by Sam Wu' },
      {
        role: 'agent',
        author: 'Lucia Romano',
        time: '9:31 AM',
        text: "Hi Daniel,\n\nI'm sorry we sent the wrong size, especially with your trip so close. A size L is on its way by express today and you'll get tracking within the hour.\n\nBest,",
      },
      // The note's avatar shows initials only, so no author is claimed.
      { role: 'note', time: '9:34 AM', text: 'Warehouse confirmed the XS was a picking error on shelf 14B. Return label not needed, he can keep the XS.' },
      {
        role: 'customer',
        author: 'Daniel Okafor',
        time: '10:02 AM',
        text: "That's a relief, thank you Lucia. The tracking link says it arrives Thursday, perfect.\n\nDaniel",
      },
      { role: 'system', text: 'Conversation was marked resolved by Lucia Romano' },
    ]);
  });

  it('finds the editor with the agent draft in it', () => {
    expect(chatwoot.findEditor(doc)?.textContent).toBe('Hi Daniel,');
  });
});

describe('chatwoot adapter: v3 message list (older self-hosted installs)', () => {
  const html = `<div id="app"><ul class="conversation-panel">
    <li id="message1" class="left"><div class="wrap"><div class="bubble is-text"><div class="message-text__wrap"><div class="text-content"><p>My refund for order 40021 never arrived and I'm upset.</p></div></div><div class="message-text__meta"><span class="time">8:02 AM</span></div></div></div></li>
    <li id="message2" class="center"><div class="activity-wrap"><div class="message-text__wrap"><div class="text-content">Assigned to Ana Ruiz by Bo Li</div></div></div></li>
    <li id="message3" class="right"><div class="wrap"><div class="bubble is-private is-text"><div class="message-text__wrap"><div class="text-content"><p>Refund went to an expired card.</p></div></div></div></div></li>
    <li id="message4" class="right"><div class="wrap"><div class="bubble is-text"><div class="message-text__wrap"><div class="text-content"><p>I'm sorry, I'll reissue it now.</p></div></div><div class="message-text__meta"><span class="time">8:05 AM</span></div></div></div></li>
  </ul></div>`;

  it('falls back to the v3 classes for roles and text', () => {
    const { doc, url } = load(html, 'https://support.example.org/app/accounts/1/conversations/77');
    const c = conversationOf(chatwoot.read(doc, url));
    expect(c.messages).toEqual([
      { role: 'customer', time: '8:02 AM', text: "My refund for order 40021 never arrived and I'm upset." },
      { role: 'system', text: 'Assigned to Ana Ruiz by Bo Li' },
      { role: 'note', text: 'Refund went to an expired card.' },
      { role: 'agent', time: '8:05 AM', text: "I'm sorry, I'll reissue it now." },
    ]);
    expect(c.orderIds).toEqual(['40021']);
  });
});
