import { conversation, defineAdapter } from '../define';
import { all, first, textOf, recent } from '../dom';
import type { ConversationMessage, SelectorSpec } from '../types';
import { emailBody } from '../../conversation/email';

// Freshdesk ticket view, two generations:
// - current ("mint", /a/tickets/<id>, Ember): subject, breadcrumb, description text and requester name confirmed by
//   toggl/track-extension src/content/freshdesk.js ("Freshdesk mint (late 2018)": .ticket-subject-heading,
//   .breadcrumb__item.active) and published Freshdesk userscripts/extensions (.ticket-description .text__content,
//   .sender-info [data-test-id="user-name"], [data-test-id="active-editor"], Froala .fr-element.fr-view). The wrappers of
//   replies and notes after the description are NOT confirmed (inferred, marked below).
// - legacy helpdesk (/helpdesk/tickets/<id>): Freshdesk's own Rails views, Ramesh-Veeriaperumal/freshconsult
//   app/views/helpdesk/tickets/show/_original_request.html.erb, _conversations.html.erb, _note.html.erb.
// Checked 2026-11. Freshdesk's activity log (status changes) lives on a separate tab, so no system lines are read.
const MINT = 'Freshdesk mint: toggl/track-extension src/content/freshdesk.js; Freshdesk userscripts, checked 2026-11';
const LEGACY = 'Freshdesk legacy views: Ramesh-Veeriaperumal/freshconsult app/views/helpdesk/tickets/show/*.html.erb, checked 2026-11';
const SELECTORS = {
  thread: { selectors: ['[data-test-id="ticket-conversations"]', '.ticket-conversations', '#all_notes'], source: `mint: inferred, not confirmed; ${LEGACY} (_conversations: #all_notes)` },
  description: { selectors: ['.ticket-description', '#ticket_original_request'], source: `${MINT}; ${LEGACY} (_original_request)` },
  item: { selectors: ['[data-test-id="conversation-item"]', '.conversation-item', '#all_notes .conversation'], source: `mint: inferred, not confirmed; ${LEGACY} (_note: div.conversation)` },
  body: { selectors: ['.text__content', '.details .request_mail', '.request_mail'], source: `${MINT}; ${LEGACY}` },
  author: { selectors: ['.sender-info [data-test-id="user-name"]', '.author-mail-detail a', '.requester-wrap [data-test-id="user-name"]'], source: `${MINT}; ${LEGACY} (link_to_user)` },
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

function message(item: Element, role: ConversationMessage['role']): ConversationMessage | null {
  const body = first(item, SELECTORS.body);
  const text = body ? emailBody(cleanText(body)) : '';
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
    const opening = message(legacyRequest ? (description.parentElement ?? description) : description, 'customer');
    const requester = opening?.author;
    const messages: ConversationMessage[] = opening ? [opening] : [];
    for (const item of recent(all(thread, SELECTORS.item))) {
      let role: ConversationMessage['role'];
      if (first(item, SELECTORS.privateNote) || item.matches(SELECTORS.privateNote.selectors.join(','))) role = 'note';
      else if (first(item, SELECTORS.requesterNote)) role = 'customer';
      else if (item.closest('#all_notes')) role = 'agent';
      // Mint: replies from the requester are the customer's; anyone else on the ticket is an agent.
      else role = requester && textOf(first(item, SELECTORS.author)) === requester ? 'customer' : 'agent';
      const next = message(item, role);
      if (next) messages.push(next);
    }
    const subject = ownText(first(doc, SELECTORS.subject));
    return conversation({
      site: 'freshdesk',
      channel: 'email',
      ticketId: ticketId(doc, url),
      ...(subject && { subject }),
      ...(requester && { customerName: requester }),
      messages,
    });
  },
});
