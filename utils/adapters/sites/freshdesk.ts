import { conversation, defineAdapter } from '../define';
import { all, first, textOf, recent } from '../dom';
import type { ConversationMessage, SelectorSpec } from '../types';
import { emailBody } from '../../conversation/email';

// Freshdesk ticket view, two generations:
// - current ("mint", /a/tickets/<id>, Ember): subject, breadcrumb, description text and requester name confirmed by
//   toggl/track-extension src/content/freshdesk.js ("Freshdesk mint (late 2018)": .ticket-subject-heading,
//   .breadcrumb__item.active) and published Freshdesk userscripts/extensions (.ticket-description .text__content,
//   .sender-info [data-test-id="user-name"], [data-test-id="active-editor"], Froala .fr-element.fr-view). Per-message
//   wrappers: roelvanduijnhoven/freshdesk-mint-navigator snipplet.js ([data-album] responses with .ticket-details__item)
//   and a Freshdesk userscript's 2026-08 log of the live DOM (.ticket-details__item per message, the first holding
//   [data-test-id="ticket-description"], the reply box .rich-editor among them; .ticket_note[data-note-id] and
//   [data-test-conversation="conversation-text"] bodies; .conversation-header). The older [data-test-id="conversation-item"]
//   wrappers, the private-note marker and the names inside .conversation-header are NOT confirmed (inferred, marked below).
//   Chat (Freshdesk Messaging) tickets are the same view with source Chat: each message is one conversation item.
// - legacy helpdesk (/helpdesk/tickets/<id>): Freshdesk's own Rails views, Ramesh-Veeriaperumal/freshconsult
//   app/views/helpdesk/tickets/show/_original_request.html.erb, _conversations.html.erb, _note.html.erb.
// Checked 2026-11. Freshdesk's activity log (status changes) lives on a separate tab, so no system lines are read.
const MINT = 'Freshdesk mint: toggl/track-extension src/content/freshdesk.js; Freshdesk userscripts, checked 2026-11';
const MINT_ITEMS = 'Freshdesk mint: roelvanduijnhoven/freshdesk-mint-navigator snipplet.js; a Freshdesk userscript log of the live DOM, 2026-08';
const LEGACY = 'Freshdesk legacy views: Ramesh-Veeriaperumal/freshconsult app/views/helpdesk/tickets/show/*.html.erb, checked 2026-11';
// Ticket sources that are conversations rather than mail (API source 7 "Chat" and the messaging channels).
const CHAT_SOURCE = /\bvia\s+(?:chat|messaging|whatsapp|(?:facebook\s+)?messenger|instagram|line|apple\s+messages|sms|telegram|viber)\b/i;
const SELECTORS = {
  thread: { selectors: ['[data-test-id="ticket-conversations"]', '.ticket-conversations', '#all_notes'], source: `mint: inferred, not confirmed; ${LEGACY} (_conversations: #all_notes)` },
  description: { selectors: ['.ticket-description', '[data-test-id="ticket-description"]', '#ticket_original_request'], source: `${MINT}; ${MINT_ITEMS}; ${LEGACY} (_original_request)` },
  item: {
    selectors: ['.ticket-details__item', '[data-test-id="conversation-item"]', '.conversation-item', '#all_notes .conversation'],
    source: `${MINT_ITEMS} (.ticket-details__item); older mint wrappers inferred, not confirmed; ${LEGACY} (_note: div.conversation)`,
  },
  body: {
    selectors: ['.text__content', '[data-test-conversation="conversation-text"]', '.ticket_note[data-note-id]', '.details .request_mail', '.request_mail'],
    source: `${MINT}; ${MINT_ITEMS}; ${LEGACY}`,
  },
  author: {
    selectors: ['.sender-info [data-test-id="user-name"]', '.conversation-header [data-test-id="user-name"]', '.author-mail-detail a', '.requester-wrap [data-test-id="user-name"]'],
    source: `${MINT}; ${MINT_ITEMS} (.conversation-header; the name element inside it inferred); ${LEGACY} (link_to_user)`,
  },
  /** Where the opening message says how the ticket came in: legacy "reported … via <source_name>"; the mint label is inferred. */
  via: {
    selectors: ['.sender-info .text__infotext', '.conversation-header .text__infotext', '.author-mail-detail'],
    source: `${LEGACY} (_original_request: t('ticket.via') @ticket.source_name); mint: inferred, not confirmed`,
  },
  /** A private (internal) note: mint class inferred; legacy commentbox class from _note.html.erb. */
  privateNote: { selectors: ['.private-note', '[data-note-type="private"]', '.comment-lock'], source: `mint: inferred, not confirmed; ${LEGACY}` },
  /** Legacy: a note written by the requester (commentbox-requester) rather than an agent (commentbox-gray). */
  requesterNote: { selectors: ['.commentbox-requester'], source: LEGACY },
  time: { selectors: ['time[datetime]', '[data-livestamp]'], source: `${LEGACY} (abbr data-livestamp; div.conversation data-timestamp); mint time element not confirmed` },
  subject: { selectors: ['.ticket-subject-heading', '[data-test-id="ticket-title"]', 'h2.subject'], source: `${MINT}; ${LEGACY}` },
  editor: {
    selectors: ['[data-test-id="active-editor"]', '.fr-element.fr-view[contenteditable="true"]', '.redactor-editor[contenteditable="true"]', '.redactor_editor'],
    source: `${MINT} (Froala); legacy Redactor editor`,
  },
  /** Removed before reading: quoted history Freshdesk folds into replies, and attachments. */
  drop: { selectors: ['blockquote', '.freshdesk_quote', '.gmail_quote', '.quoted-text', '.attachments-wrap'], source: `${LEGACY}; common email quoting markup` },
} satisfies Record<string, SelectorSpec>;

function ticketId(doc: Document, url: URL): string | undefined {
  return /\/(?:a\/tickets|helpdesk\/tickets)\/(\d+)/.exec(url.pathname)?.[1] ?? (textOf(doc.querySelector('.breadcrumb__item.active, #ticket-display-id')).replace(/\D/g, '') || undefined);
}

function cleanText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const part of copy.querySelectorAll(SELECTORS.drop.selectors.join(','))) part.remove();
  return textOf(copy);
}

/** ISO time from <time datetime>, a unix-seconds data-livestamp/data-timestamp, or nothing. */
function timeOf(item: Element): string | undefined {
  const el = first(item, SELECTORS.time);
  const iso = el?.getAttribute('datetime');
  if (iso) return iso;
  const seconds = Number(el?.getAttribute('data-livestamp') ?? item.getAttribute('data-timestamp') ?? NaN);
  return Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString() : undefined;
}

/** The element's own text, without child controls (labels, buttons) that share the subject heading. */
function ownText(element: Element | null): string {
  if (!element) return '';
  const own = [...element.childNodes].filter((node) => node.nodeType === 3).map((node) => node.nodeValue).join(' ');
  return own.replace(/\s+/g, ' ').trim() || textOf(element);
}

function message(item: Element, role: ConversationMessage['role'], chat: boolean): ConversationMessage | null {
  const body = first(item, SELECTORS.body);
  // Chat text is kept as written: the email clean-up would cut e.g. a phone number under a "thanks" line.
  const text = body ? (chat ? cleanText(body) : emailBody(cleanText(body))) : '';
  const author = textOf(first(item, SELECTORS.author));
  const time = timeOf(item);
  return text ? { role, text, ...(author && { author }), ...(time && { time }) } : null;
}

export const freshdesk = defineAdapter({
  id: 'freshdesk',
  name: 'Freshdesk',
  matches: ['https://*.freshdesk.com/*'],
  detect: (_doc, url) => url.hostname.endsWith('.freshdesk.com') && /^\/(?:a\/tickets|helpdesk\/tickets)\/\d+/.test(url.pathname),
  ticketId,
  threadRoot: (doc) => first(doc, SELECTORS.thread),
  findEditor: (doc) => first(doc, SELECTORS.editor) as HTMLElement | null,
  read(doc, url) {
    const thread = first(doc, SELECTORS.thread);
    if (!thread) return { ok: false, reason: 'selector-missing', missing: 'thread' };
    const description = first(doc, SELECTORS.description);
    if (!description) return { ok: false, reason: 'selector-missing', missing: 'description' };
    // The legacy original request sits in a box styled "private-note" too: it is always the requester's.
    const legacyRequest = description.id === 'ticket_original_request';
    const head = legacyRequest ? (description.parentElement ?? description) : description;
    const chat = CHAT_SOURCE.test(textOf(first(head, SELECTORS.via)));
    const opening = message(head, 'customer', chat);
    const requester = opening?.author;
    const messages: ConversationMessage[] = opening ? [opening] : [];
    // Where every message is a .ticket-details__item, the description's own row is one of them. (The reply box's
    // row is too, but has no message body, so it yields nothing.)
    const items = all(thread, SELECTORS.item).filter((item) => !item.contains(description) && !description.contains(item));
    for (const item of recent(items)) {
      let role: ConversationMessage['role'];
      if (first(item, SELECTORS.privateNote) || item.matches(SELECTORS.privateNote.selectors.join(','))) role = 'note';
      else if (first(item, SELECTORS.requesterNote)) role = 'customer';
      else if (item.closest('#all_notes')) role = 'agent';
      // Mint: replies from the requester are the customer's; anyone else on the ticket is an agent.
      else role = requester && textOf(first(item, SELECTORS.author)) === requester ? 'customer' : 'agent';
      const next = message(item, role, chat);
      if (next) messages.push(next);
    }
    const subject = ownText(first(doc, SELECTORS.subject));
    return conversation({
      site: 'freshdesk',
      channel: chat ? 'chat' : 'email',
      ticketId: ticketId(doc, url),
      ...(subject && { subject }),
      ...(requester && { customerName: requester }),
      messages,
    });
  },
});
