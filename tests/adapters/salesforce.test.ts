import { describe, expect, it } from 'vitest';
import { salesforce } from '../../utils/adapters/sites/salesforce';
import { attachDeclarativeShadowRoots, BLANK, conversationOf, fixture, load, stripped } from './helpers';

const SESSION_URL =
  'https://acme.lightning.force.com/lightning/r/MessagingSession/0Mw5g000000AbCdCAK/view?ws=%2Flightning%2Fr%2FCase%2F5005g00000XyZ12AAB%2Fview';
const BACKGROUND_CASE_URL = 'https://acme.lightning.force.com/lightning/r/Case/5005g00000QrS34AAB/view';
const CASE_URL = 'https://acme.lightning.force.com/lightning/r/Case/5005g00000XyZ12AAB/view';

describe('salesforce adapter: fixtures use real shadow roots', () => {
  it('attaches the declarative shadow roots jsdom leaves as templates, nested ones included', () => {
    const { doc } = load(BLANK, CASE_URL);
    doc.body.innerHTML = fixture('salesforce-chat.html').replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '');
    expect(attachDeclarativeShadowRoots(doc)).toBe(8); // 2 record pages, 2 conversations, 4 messages
    expect(doc.querySelector('.slds-chat-list')).toBeNull(); // only reachable through shadow roots now
  });
});

describe('salesforce adapter: messaging session in the service console', () => {
  const html = fixture('salesforce-chat.html');
  const { doc, url } = load(html, SESSION_URL);

  it('reads the transcript of the subtab in the URL, through nested shadow roots', () => {
    const c = conversationOf(salesforce.read(doc, url));
    expect(c.site).toBe('salesforce');
    expect(c.channel).toBe('chat');
    expect(c.ticketId).toBe('0Mw5g000000AbCdCAK');
    expect(c.subject).toBeUndefined();
    expect(c.customerName).toBe('Olivia Brandt');
    expect(c.orderIds).toEqual(['77120-US']);
    expect(c.messages).toEqual([
      { role: 'system', time: '9:02 AM', text: 'Chat started by Olivia Brandt' },
      {
        role: 'customer',
        author: 'Olivia Brandt',
        time: '9:02 AM',
        text: "Hi, my blender from order 77120-US arrived with the jar cracked.\nI'm honestly upset, I needed it for a family brunch this weekend.",
      },
      {
        role: 'agent',
        author: 'Sam Ortega',
        time: '9:03 AM',
        text: "Hi Olivia, I'm really sorry, that's the last thing you need before a brunch. Let me check what we can do quickly.",
      },
      { role: 'system', time: '9:05 AM', text: 'Sam Ortega transferred the conversation to Lee Park' },
      { role: 'note', text: 'Needs a replacement jar before Saturday, stock check pending.' },
      {
        role: 'agent',
        author: 'Lee Park',
        time: '9:07 AM',
        text: 'Hi Olivia, Lee here. A new jar is in stock and can arrive Friday by express, free of charge.',
      },
      { role: 'customer', author: 'Olivia Brandt', time: '9:08 AM', text: "Oh thank goodness, that's a relief. Thank you!" },
      { role: 'system', time: '9:12 AM', text: 'Chat ended by Lee Park' },
    ]);
  });

  it('reads a background workspace only when the URL names it', () => {
    const other = load(html, BACKGROUND_CASE_URL);
    const c = conversationOf(salesforce.read(other.doc, other.url));
    expect(c.ticketId).toBe('5005g00000QrS34AAB');
    expect(c.subject).toBe('Late delivery');
    expect(c.messages).toEqual([{ role: 'customer', author: 'Ben Ode', time: '8:40 AM', text: "Where is order 66001-US? I'm furious." }]);
  });

  it('takes the record id from the URL path', () => {
    expect(salesforce.ticketId(doc, url)).toBe('0Mw5g000000AbCdCAK');
    expect(salesforce.ticketId(doc, new URL(CASE_URL))).toBe('5005g00000XyZ12AAB');
    expect(salesforce.ticketId(doc, new URL('https://acme.lightning.force.com/lightning/page/home'))).toBeUndefined();
  });

  it('detects Lightning on force.com only', () => {
    expect(salesforce.detect(doc, url)).toBe(true);
    const blank = load(BLANK, 'https://example.com/');
    expect(salesforce.detect(blank.doc, blank.url)).toBe(false);
    const chatwoot = load(fixture('chatwoot-chat.html'), 'https://app.chatwoot.com/app/accounts/3/conversations/1287');
    expect(salesforce.detect(chatwoot.doc, chatwoot.url)).toBe(false);
    const copied = load(html, 'https://example.com/lightning/r/Case/5005g00000XyZ12AAB/view');
    expect(salesforce.detect(copied.doc, copied.url)).toBe(false);
  });

  it('finds the composer and the transcript list inside shadow roots', () => {
    expect(salesforce.findEditor(doc)?.getAttribute('placeholder')).toBe('Type your message...');
    expect(salesforce.threadRoot(doc)?.classList.contains('slds-chat-list')).toBe(true);
  });

  it('names the missing selector instead of throwing', () => {
    const broken = stripped(html, 'section.slds-chat', SESSION_URL);
    expect(salesforce.read(broken.doc, broken.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'thread' });
    expect(salesforce.threadRoot(broken.doc)).toBeNull();
    const blank = load(BLANK, SESSION_URL);
    expect(salesforce.read(blank.doc, blank.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'thread' });
    expect(salesforce.findEditor(blank.doc)).toBeNull();
  });
});

describe('salesforce adapter: case feed (email-to-case)', () => {
  const html = fixture('salesforce-email.html');
  const { doc, url } = load(html, CASE_URL);

  it('reads the feed oldest first: emails by direction, Chatter posts as notes, field changes as system lines', () => {
    const c = conversationOf(salesforce.read(doc, url));
    expect(c.channel).toBe('email');
    expect(c.ticketId).toBe('5005g00000XyZ12AAB');
    expect(c.subject).toBe('Blender jar cracked on arrival');
    expect(c.customerName).toBe('Ruth Alvarez');
    expect(c.orderIds).toEqual(['BL-40231']);
    expect(c.messages).toEqual([
      {
        role: 'customer',
        author: 'Ruth Alvarez',
        time: '11/3/2026, 9:05 AM',
        text: "Hello,\n\nMy blender (order #BL-40231) arrived this morning with the glass jar cracked. I'm really disappointed, I bought it for a family brunch on Saturday.\n\nCan you send a new jar in time?",
      },
      { role: 'system', time: '11/3/2026, 1:40 PM', text: 'Sam Ortega changed Status from New to Working.' },
      {
        role: 'note',
        author: 'Sam Ortega',
        time: '11/3/2026, 1:55 PM',
        text: 'Warehouse confirms jar stock. Second cracked jar from this carrier this month, logging a claim.',
      },
      {
        role: 'agent',
        author: 'Sam Ortega',
        time: '11/3/2026, 2:18 PM',
        text: "Hi Ruth,\n\nI'm so sorry the jar arrived cracked, especially with your brunch coming up. A replacement jar ships today by express and will reach you Friday.\n\nKind regards,",
      },
    ]);
  });

  it('without a contact name on the page, takes the first email sender as the customer', () => {
    const bare = stripped(html, 'records-highlights-details-item', CASE_URL);
    const c = conversationOf(salesforce.read(bare.doc, bare.url));
    expect(c.customerName).toBe('Ruth Alvarez');
    expect(c.subject).toBeUndefined();
    expect(c.messages.map((m) => m.role)).toEqual(['customer', 'system', 'note', 'agent']);
  });

  it('finds the publisher editor and the feed list', () => {
    expect(salesforce.findEditor(doc)?.getAttribute('data-placeholder')).toBe('Share an update...');
    expect(salesforce.threadRoot(doc)?.classList.contains('slds-feed__list')).toBe(true);
  });
});
