import { describe, expect, it } from 'vitest';
import { outlook } from '../../utils/adapters/sites/outlook';
import { BLANK, conversationOf, fixture, load, stripped } from './helpers';

const CONV = 'AAQkAGI1ZjU0LTc3MWQtNDhkOS1hNmQxLWM0ZTIwOWYxMDdjOQAQAL0x3kLcTJ1GnlkTuTh7e9M=';
const URL_CONV = `https://outlook.office.com/mail/inbox/id/${encodeURIComponent(CONV)}`;
const html = fixture('outlook-email.html');

const KENJI_FIRST =
  "Hello,\n\nI ordered the Alpine shell jacket in size M (order 55123) but the parcel contains an XL. I need it for a hiking trip on the 14th, so I'm quite anxious about getting the right one in time.\n\nKind regards,";
const AIKO = "Hi Kenji,\n\nI'm sorry we sent the wrong size. I've reserved a size M for you; could you confirm your delivery address?\n\nAiko";
const KENJI_LATEST =
  'Aiko,\n\nThe address is the same as on the order. But tracking still shows nothing and I leave in 9 days. I am getting really stressed about this. If it cannot arrive before the 14th, please cancel and refund.\n\nKenji';

describe('outlook adapter', () => {
  const { doc, url } = load(html, URL_CONV);

  it('reads the expanded conversation oldest first, cutting the quoted reply header and signatures, skipping the draft', () => {
    const c = conversationOf(outlook.read(doc, url));
    expect(c.site).toBe('outlook');
    expect(c.channel).toBe('email');
    expect(c.ticketId).toBe(CONV);
    expect(c.subject).toBe('Wrong size jacket, order 55123');
    expect(c.customerName).toBe('Kenji Mori');
    expect(c.orderIds).toEqual(['55123']);
    expect(c.messages).toEqual([
      { role: 'customer', author: 'Kenji Mori', time: 'Sat 10/31/2026 6:05 PM', text: KENJI_FIRST },
      { role: 'agent', author: 'Aiko Tanaka', time: 'Sun 11/1/2026 9:20 AM', text: AIKO },
      { role: 'customer', author: 'Kenji Mori', time: 'Mon 11/2/2026 11:48 AM', text: KENJI_LATEST },
    ]);
  });

  it('knows the agent from the account button when the Me control is not rendered', () => {
    const noFlyout = stripped(html, '#mectrl_main_body', URL_CONV);
    expect(conversationOf(outlook.read(noFlyout.doc, noFlyout.url)).messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
  });

  it('knows the agent by name when the sender line carries an address but the Me control does not', () => {
    const withAddress = load(
      html.replaceAll('aria-label="From: Aiko Tanaka"', 'aria-label="From: Aiko Tanaka&lt;aiko.t@outlook.example&gt;"').replace('aiko.tanaka@northwind-outdoor.example</div>', '</div>'),
      `https://outlook.live.com/mail/0/inbox/id/${encodeURIComponent(CONV)}`,
    );
    expect(conversationOf(outlook.read(withAddress.doc, withAddress.url)).messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
  });

  it('on outlook.live.com, a bare name that is not the account is a customer, not a colleague', () => {
    const live = load(html.replaceAll('aria-label="From: Aiko Tanaka"', 'aria-label="From: Mina Sato"'), `https://outlook.live.com/mail/0/inbox/id/${encodeURIComponent(CONV)}`);
    expect(conversationOf(outlook.read(live.doc, live.url)).messages.map((m) => m.role)).toEqual(['customer', 'customer', 'customer']);
    const work = load(html.replaceAll('aria-label="From: Aiko Tanaka"', 'aria-label="From: Mina Sato"'), URL_CONV);
    expect(conversationOf(outlook.read(work.doc, work.url)).messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
  });

  it('detects Outlook on the web only', () => {
    expect(outlook.detect(doc, url)).toBe(true);
    const blankHere = load(BLANK, URL_CONV);
    expect(outlook.detect(blankHere.doc, blankHere.url)).toBe(false);
    const blank = load(BLANK, 'https://example.com/mail/');
    expect(outlook.detect(blank.doc, blank.url)).toBe(false);
    const gmailPage = load(fixture('gmail-email.html'), 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKxqWbTnNrPmLjHgFdSaZ');
    expect(outlook.detect(gmailPage.doc, gmailPage.url)).toBe(false);
  });

  it('finds the inline reply body and the reading pane to observe', () => {
    const editor = outlook.findEditor(doc);
    expect(editor?.getAttribute('contenteditable')).toBe('true');
    expect(editor?.getAttribute('aria-label')).toBe('Message body');
    expect(outlook.threadRoot(doc)?.id).toBe('ConversationReadingPaneContainer');
    // Localised UI: the aria label differs, the editor is still found by its container.
    const ja = load(html.replaceAll('aria-label="Message body" role="textbox"', 'aria-label="メッセージ本文" role="textbox"'), URL_CONV);
    expect(outlook.findEditor(ja.doc)?.getAttribute('aria-label')).toBe('メッセージ本文');
  });

  it('takes the conversation id from the URL, else from the selected message-list row', () => {
    const deeplink = load(html, 'https://outlook.office365.com/mail/deeplink/read/AAMkAGQ2ZTc1%2FxYz');
    expect(outlook.ticketId(deeplink.doc, deeplink.url)).toBe('AAMkAGQ2ZTc1/xYz');
    const malformed = load(html, 'https://outlook.office.com/mail/inbox/id/AAQk%E0%A4%A');
    expect(outlook.ticketId(malformed.doc, malformed.url)).toBe('AAQk%E0%A4%A');
    const inbox = load(html, 'https://outlook.office.com/mail/inbox');
    expect(outlook.ticketId(inbox.doc, inbox.url)).toBe(CONV); // the same id either way
  });

  it('names the missing selector instead of throwing', () => {
    const broken = stripped(html, '#ConversationReadingPaneContainer', URL_CONV);
    expect(outlook.read(broken.doc, broken.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'thread' });
    expect(outlook.threadRoot(broken.doc)).toBeNull();
    const noBodies = stripped(html, '[id^="UniqueMessageBody"]', URL_CONV);
    expect(outlook.read(noBodies.doc, noBodies.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'item' });
    const noSenders = stripped(html, '[id^="MSG_"]', URL_CONV);
    expect(outlook.read(noSenders.doc, noSenders.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'sender' });
    const blankInbox = load(BLANK, 'https://outlook.office.com/mail/inbox');
    expect(outlook.read(blankInbox.doc, blankInbox.url)).toEqual({ ok: false, reason: 'not-a-conversation' });
    expect(outlook.findEditor(blankInbox.doc)).toBeNull();
  });
});
