import { describe, expect, it } from 'vitest';
import { gmail } from '../../utils/adapters/sites/gmail';
import { BLANK, conversationOf, fixture, load, stripped } from './helpers';

const URL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKxqWbTnNrPmLjHgFdSaZ';
const html = fixture('gmail-email.html');

describe('gmail adapter', () => {
  const { doc, url } = load(html, URL_THREAD);

  it('reads the thread oldest first: collapsed snippets, expanded bodies without quotes or signatures', () => {
    const c = conversationOf(gmail.read(doc, url));
    expect(c.site).toBe('gmail');
    expect(c.channel).toBe('email');
    expect(c.ticketId).toBe('FMfcgzQXKxqWbTnNrPmLjHgFdSaZ');
    expect(c.subject).toBe('Lamp arrived broken - order #A-10234');
    expect(c.customerName).toBe('Dana Whitfield');
    expect(c.orderIds).toEqual(['A-10234']);
    expect(c.messages).toEqual([
      {
        role: 'customer',
        author: 'Dana Whitfield',
        time: 'Sat, Oct 31, 2026, 8:02 PM',
        text: "Hi, the floor lamp from order #A-10234 arrived today and the glass shade is shattered. I'm really disappointed, it was meant for my mum's new flat.",
      },
      {
        // Sent from the support@ alias, which Gmail labels "me" in the customer's recipient line.
        role: 'agent',
        author: 'Sam Rivera',
        time: 'Sun, Nov 1, 2026, 10:30 AM',
        text: "Hi Dana, I'm so sorry the shade arrived broken. Could you send a photo of the box and the lamp so I can arrange a replacement?",
      },
      {
        role: 'customer',
        author: 'Dana Whitfield',
        time: 'Mon, Nov 2, 2026, 9:14 AM',
        text:
          "Sam,\n\nI sent the photos on Saturday and nobody has answered. This is the third time I've had to chase you about order #A-10234 and honestly I'm fed up.\n\n" +
          "My mum moves in on Friday and I'm worried she'll be sitting in the dark. Can you just refund me so I can buy one locally?\n\nDana",
      },
      {
        role: 'agent',
        author: 'Sam Rivera',
        time: 'Mon, Nov 2, 2026, 9:40 AM',
        text: "Dana, you're right, you shouldn't have had to chase us. I've started a full refund for order #A-10234 just now.\n\nBest,",
      },
    ]);
  });

  it('tells the agent from the customer by the signed-in account alone', () => {
    // Without any "me" recipient line, the account button still identifies sam.rivera@ as the agent.
    const noMe = stripped(html, '.hb', URL_THREAD);
    const roles = conversationOf(gmail.read(noMe.doc, noMe.url)).messages.map((m) => `${m.role}:${m.time}`);
    expect(roles).toEqual(['customer:Sat, Oct 31, 2026, 8:02 PM', 'customer:Sun, Nov 1, 2026, 10:30 AM', 'customer:Mon, Nov 2, 2026, 9:14 AM', 'agent:Mon, Nov 2, 2026, 9:40 AM']);
  });

  it('picks the message list even when another list comes first in the main pane', () => {
    const labelled = load(html.replace('<div class="ha">', '<div class="ha"><div role="list"><div role="listitem">Inbox</div></div>'), URL_THREAD);
    expect(conversationOf(gmail.read(labelled.doc, labelled.url)).messages).toHaveLength(4);
    expect(gmail.threadRoot(labelled.doc)?.classList.contains('if')).toBe(true);
  });

  it('detects Gmail only', () => {
    expect(gmail.detect(doc, url)).toBe(true);
    const blankHere = load(BLANK, URL_THREAD);
    expect(gmail.detect(blankHere.doc, blankHere.url)).toBe(false);
    const blank = load(BLANK, 'https://example.com/');
    expect(gmail.detect(blank.doc, blank.url)).toBe(false);
    const outlook = load(fixture('outlook-email.html'), 'https://outlook.office.com/mail/inbox/id/AAQkAG%3D');
    expect(gmail.detect(outlook.doc, outlook.url)).toBe(false);
  });

  it('finds the reply body and the message list to observe', () => {
    expect(gmail.findEditor(doc)?.getAttribute('g_editable')).toBe('true');
    expect(gmail.threadRoot(doc)?.getAttribute('role')).toBe('list');
    expect(gmail.findEditor(load(BLANK, URL_THREAD).doc)).toBeNull();
  });

  it('takes the thread id from the URL, falling back to the thread heading', () => {
    const other = load(html, 'https://mail.google.com/mail/u/1/#label/Support/FMfcgzQXLmNpQrStUvWxYzAbCdEf');
    expect(gmail.ticketId(other.doc, other.url)).toBe('FMfcgzQXLmNpQrStUvWxYzAbCdEf');
    expect(conversationOf(gmail.read(other.doc, other.url)).ticketId).toBe('FMfcgzQXLmNpQrStUvWxYzAbCdEf');
    const popout = load(html, 'https://mail.google.com/mail/u/0/?view=pt&search=all');
    expect(gmail.ticketId(popout.doc, popout.url)).toBe('18b7c2d4e5f60718');
  });

  it('names the missing selector on a thread URL, and says "not a conversation" on the inbox list', () => {
    const broken = stripped(html, '[role="list"]', URL_THREAD);
    expect(gmail.read(broken.doc, broken.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'thread' });
    expect(gmail.threadRoot(broken.doc)).toBeNull();
    const inbox = stripped(html, '[role="list"]', 'https://mail.google.com/mail/u/0/#inbox');
    expect(gmail.read(inbox.doc, inbox.url)).toEqual({ ok: false, reason: 'not-a-conversation' });
    const emptied = stripped(html, '[role="listitem"]', URL_THREAD);
    expect(gmail.read(emptied.doc, emptied.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'item' });
    const noSenders = stripped(html, '[email]', URL_THREAD);
    expect(gmail.read(noSenders.doc, noSenders.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'sender' });
    const blank = load(BLANK, URL_THREAD);
    expect(() => gmail.read(blank.doc, blank.url)).not.toThrow();
  });
});
