import { conversation, defineAdapter } from '../define';
import { all, deepQueryAll, first, textOf } from '../dom';
import type { ConversationMessage, SelectorSpec } from '../types';
import { emailBody } from '../../conversation/email';

// Salesforce Lightning Service Console: Messaging session / chat transcripts and the Case feed. Lightning web
// components may render in (native) shadow roots, so every query here is deep. Checked 2026-11 against the SLDS
// chat blueprint (salesforce-ux/design-system ui/components/chat/index.jsx) and public scripts that read the
// console: the "SOTI AI Analyser" Salesforce content script (tab aria-controls, article.cuf-feedItem,
// .preamble_left/.preamble_right, .emailMessageBody > emailui-rich-text-output[value], .feedBodyInner,
// data-type) and sfc-gh-mskallet/FeedHighlighter (span.preamble_custom-preamble).
const SLDS = 'SLDS chat blueprint, salesforce-ux/design-system ui/components/chat/index.jsx (checked 2026-11)';
const FEED = 'Lightning case feed as read by the SOTI AI Analyser content script and sfc-gh-mskallet/FeedHighlighter (checked 2026-11)';
const SELECTORS = {
  /** Console tabs and subtabs: the anchor names the record, aria-controls names its panel. */
  tab: { selectors: ['a[role="tab"][aria-controls]', 'a[aria-controls]'], source: 'SOTI AI Analyser workspaceRootForRecordId' },
  chat: { selectors: ['.slds-chat-list', 'section.slds-chat'], source: SLDS },
  chatItem: { selectors: ['li.slds-chat-listitem'], source: `${SLDS} (_inbound, _outbound, _event, _bookend)` },
  chatText: { selectors: ['.slds-chat-message__text > span', '.slds-chat-message__text'], source: SLDS },
  chatMeta: { selectors: ['.slds-chat-message__meta'], source: `${SLDS} ("Name • time")` },
  event: { selectors: ['.slds-chat-event__body p', '.slds-chat-bookend p', '.slds-chat-event__body', '.slds-chat-bookend'], source: SLDS },
  /** Transfer notes written for the next agent, shown under an event. */
  eventNote: { selectors: ['.slds-chat-event__agent-message'], source: SLDS },
  feed: { selectors: ['.slds-feed__list', '.forceChatterFeed', '.cuf-feed'], source: FEED },
  feedItem: { selectors: ['article.cuf-feedItem', 'article.cuf-feedElement'], source: FEED },
  actor: { selectors: ['.preamble_left', '.cuf-preamble', '.cuf-entityLink'], source: FEED },
  preamble: { selectors: ['.preamble_custom-preamble'], source: FEED },
  /** The email renders into an iframe; its HTML is also kept in this attribute. */
  emailValue: { selectors: ['emailui-rich-text-output[value]'], source: FEED },
  emailBody: { selectors: ['.emailMessageBody', '.forceChatterEmailMessageBody'], source: FEED },
  postBody: { selectors: ['.forceChatterFeedBodyText .feedBodyInner', '.cuf-feedBodyText', '.logCallDescription'], source: FEED },
  callLog: { selectors: ['.logCallDescription', '.slds-icon-standard-log-a-call'], source: FEED },
  feedTime: { selectors: ['time[datetime]', 'a.cuf-timestamp[title]', '.preamble_right [title]', '.preamble_right'], source: FEED },
  highlight: { selectors: ['records-highlights-details-item'], source: 'Lightning record highlights panel (records-highlights2)' },
  editor: {
    selectors: ['.slds-rich-text-area__content[contenteditable="true"]', '.ql-editor[contenteditable="true"]', 'textarea.slds-textarea', '[contenteditable="true"]'],
    source: 'lightning-input-rich-text / Chatter publisher (.slds-rich-text-area__content), messaging composer textarea',
  },
  drop: { selectors: ['blockquote', '.gmail_quote', '.gmail_extra', '.slds-chat-message__text_delivery-failure-reason', 'style'], source: FEED },
} satisfies Record<string, SelectorSpec>;

const RECORD = /\/lightning\/r\/(?:\w+\/)?([a-zA-Z0-9]{15,18})(?:\/|$)/;
const CUSTOMER_FIELDS = ['Contact Name', 'Contact', 'Messaging User', 'Customer', '取引先責任者名', 'メッセージングユーザ'];
const SUBJECT_FIELDS = ['Subject', '件名'];

const recordId = (url: URL) => RECORD.exec(url.pathname)?.[1];
const same = (a: string, b: string) => !!a && a.replace(/\s+/g, ' ').toLowerCase() === b.replace(/\s+/g, ' ').toLowerCase();

/** The console panel that shows this record: background workspaces stay in the DOM, hidden. Innermost wins (subtab over workspace). */
function scope(doc: Document, url: URL): ParentNode {
  const id = recordId(url);
  if (!id) return doc;
  const panels = all(doc, SELECTORS.tab, true)
    .filter((tab) => (tab.getAttribute('href') ?? '').includes(id))
    .map((tab) => deepQueryAll(doc, `[id="${(tab.getAttribute('aria-controls') ?? '').split(/\s+/)[0]!.replace(/"/g, '')}"]`)[0])
    .filter((panel): panel is Element => !!panel);
  return panels.find((panel) => !panels.some((other) => other !== panel && panel.contains(other))) ?? doc;
}

function clean(element: Element | null): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const part of copy.querySelectorAll(SELECTORS.drop.selectors.join(','))) part.remove();
  return textOf(copy);
}

/** A highlights-panel field by its label ("Subject", "Contact Name"). */
function highlight(root: ParentNode, labels: string[]): string {
  for (const item of all(root, SELECTORS.highlight, true)) {
    const [label, value] = deepQueryAll(item, 'p');
    if (label && labels.some((name) => same(name, label.getAttribute('title') ?? textOf(label)))) return textOf(value);
  }
  return '';
}

/** "Name • 9:02 AM" → [name, time]. */
const splitMeta = (text: string) => text.split('•').map((part) => part.trim());

function readChat(list: Element[]): ConversationMessage[] {
  const messages: ConversationMessage[] = [];
  for (const item of list) {
    if (/_event|_bookend/.test(item.className)) {
      const [text = '', time] = splitMeta(textOf(first(item, SELECTORS.event, true)));
      if (text) messages.push({ role: 'system', text, ...(time && { time }) });
      const note = textOf(first(item, SELECTORS.eventNote, true));
      if (note) messages.push({ role: 'note', text: note });
      continue;
    }
    const text = clean(first(item, SELECTORS.chatText, true));
    const [author, time] = splitMeta(textOf(first(item, SELECTORS.chatMeta, true)));
    const role = item.classList.contains('slds-chat-listitem_inbound') ? 'customer' : 'agent';
    if (text) messages.push({ role, text, ...(author && { author }), ...(time && { time }) });
  }
  return messages;
}

function emailText(item: Element, doc: Document): string {
  const value = first(item, SELECTORS.emailValue, true)?.getAttribute('value');
  if (!value) return emailBody(clean(first(item, SELECTORS.emailBody, true)));
  // An inert document: the email's HTML is parsed for text only, never rendered or run.
  const inert = doc.implementation.createHTMLDocument('');
  try {
    inert.body.innerHTML = value;
  } catch {
    return emailBody(clean(first(item, SELECTORS.emailBody, true))); // e.g. a page policy refusing HTML strings
  }
  return emailBody(clean(inert.body));
}

function readFeed(items: Element[], doc: Document, customerName: string): ConversationMessage[] {
  const isEmail = (item: Element) => /email/i.test(item.getAttribute('data-type') ?? '') || !!first(item, SELECTORS.emailBody, true);
  // Cases start with the customer writing in: without a contact name, the first email's sender is the customer.
  const firstEmail = items.find(isEmail);
  const customer = customerName || (firstEmail ? textOf(first(firstEmail, SELECTORS.actor, true)) : '');
  const messages: ConversationMessage[] = [];
  for (const item of items) {
    const type = item.getAttribute('data-type') ?? '';
    const author = textOf(first(item, SELECTORS.actor, true));
    const timeEl = first(item, SELECTORS.feedTime, true);
    const time = timeEl?.getAttribute('datetime') || timeEl?.getAttribute('title') || textOf(timeEl);
    const body = first(item, SELECTORS.postBody, true);
    let role: ConversationMessage['role'];
    let text: string;
    if (isEmail(item) && !/call/i.test(type)) {
      role = same(author, customer) ? 'customer' : 'agent';
      text = emailText(item, doc);
    } else if (!body && !/call/i.test(type)) {
      role = 'system'; // tracked changes: "Sam Ortega changed Status from New to Working."
      text = [author, textOf(first(item, SELECTORS.preamble, true))].filter(Boolean).join(' ');
    } else {
      role = 'note'; // Chatter posts, case comments and call logs on a case are internal
      text = clean(body);
    }
    if (text) messages.push({ role, text, ...(author && role !== 'system' && { author }), ...(time && { time }) });
  }
  return messages;
}

export const salesforce = defineAdapter({
  id: 'salesforce',
  name: 'Salesforce Service Console',
  matches: ['https://*.lightning.force.com/*'],
  detect: (doc, url) => url.hostname.endsWith('.lightning.force.com') && (url.pathname.startsWith('/lightning/') || !!doc.querySelector('.oneConsoleTabset, .desktop.container')),
  ticketId: (_doc, url) => recordId(url),
  threadRoot: (doc) => {
    const root = scope(doc, new URL(doc.URL));
    return first(root, SELECTORS.chat, true) ?? first(root, SELECTORS.feed, true);
  },
  findEditor: (doc) => first(scope(doc, new URL(doc.URL)), SELECTORS.editor, true) as HTMLElement | null,
  read(doc, url) {
    const root = scope(doc, url);
    const chat = first(root, SELECTORS.chat, true);
    const feed = chat ? null : first(root, SELECTORS.feed, true);
    if (!chat && !feed) return { ok: false, reason: 'selector-missing', missing: 'thread' };
    const subject = highlight(root, SUBJECT_FIELDS);
    let customerName = highlight(root, CUSTOMER_FIELDS);
    // The feed lists newest first; messages are oldest first.
    const messages = chat
      ? readChat(all(chat, SELECTORS.chatItem, true))
      : readFeed(all(feed!, SELECTORS.feedItem, true).reverse(), doc, customerName);
    customerName ||= messages.find((message) => message.role === 'customer')?.author ?? '';
    return conversation({
      site: 'salesforce',
      channel: chat ? 'chat' : 'email',
      ticketId: recordId(url),
      ...(subject && { subject }),
      ...(customerName && { customerName }),
      messages,
    });
  },
});
