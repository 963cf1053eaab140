import { conversation, defineAdapter } from '../define';
import { all, first, textOf, recent } from '../dom';
import type { ConversationMessage, SelectorSpec } from '../types';
import { emailBody } from '../../conversation/email';

// Gorgias ticket view. The React source (pages/tickets/detail/components/TicketMessages/*) gives each message group a
// global "ticket-message" class and data-testid; the rest are CSS-module classes, matched on their local name so the
// build hash (and the file-name prefix) may change.
const SRC = 'Gorgias helpdesk web app source, pages/tickets/detail/components/TicketMessages (Container.tsx, Header.tsx, Body.tsx, Message.tsx), checked 2026-11';
const UNCONFIRMED = 'not confirmed by a public source; checked 2026-11';
const SELECTORS = {
  thread: { selectors: ['[class*="TicketBody__"]', '.ticket-body'], source: `${SRC} (TicketBody); ${UNCONFIRMED}` },
  /** Message groups and ticket events, in page (time) order. */
  item: { selectors: ['.ticket-message, [class*="Event__component"]', '[data-testid^="ticket-message-"]'], source: `${SRC} (Container: "ticket-message", data-testid); events: ${UNCONFIRMED}` },
  group: { selectors: ['.ticket-message', '[data-testid^="ticket-message-"]'], source: SRC },
  internal: { selectors: ['.internal', '[class*="_internal_"]'], source: `${SRC} (Container: classNames({ internal: !isAIAgentMessage && !message.public }))` },
  ai: { selectors: ['.ticketHandledByAIAgent', '[class*="ticketHandledByAIAgent"]'], source: `${SRC} (Container: ticketHandledByAIAgent)` },
  author: { selectors: ['[class*="Header__author"]', '[class*="_author_"]'], source: `${SRC} (Header: css.author, isAgent when message.from_agent)` },
  isAgent: { selectors: ['[class*="isAgent"]'], source: `${SRC} (Header)` },
  /** One per message of a group (consecutive messages from one sender share a header). */
  part: { selectors: ['[class*="Message__component"]'], source: `${SRC} (Message)` },
  body: { selectors: ['[class*="Body__component"]', '[class*="_body_"]'], source: `${SRC} (Body: css.component > Content)` },
  time: { selectors: ['time[datetime]', '[class*="DatetimeLabel"]'], source: `${SRC} (Source/SourceActionsHeader render DatetimeLabel); inner markup ${UNCONFIRMED}` },
  channel: { selectors: ['[class*="Source__source"] [title]', '[class*="Source__source"] [aria-label]', '[class*="Source__source"] i'], source: `${SRC} (Source: SourceIcon of the channel); icon markup ${UNCONFIRMED}` },
  eventText: { selectors: ['[class*="Event__text"]'], source: UNCONFIRMED },
  subject: { selectors: ['input[aria-label="Ticket subject"]', '[class*="TicketTitle"] input', '[class*="TicketHeader"] input[type="text"]'], source: UNCONFIRMED },
  drop: { selectors: ['blockquote', '.gmail_quote', '[id$="divRplyFwdMsg"]', '.gmail_signature', 'time'], source: 'Quoted/signature markup of the mail clients Gorgias renders; Gorgias shows stripped_html with the quote collapsed; checked 2026-11' },
  editor: { selectors: ['.public-DraftEditor-content[contenteditable="true"]', '[class*="ReplyArea"] [contenteditable="true"]', '[class*="TicketReplyEditor"] [contenteditable="true"]'], source: `Draft.js editor markup; Gorgias RichFieldEditor being Draft.js ${UNCONFIRMED}` },
} satisfies Record<string, SelectorSpec>;

const CHAT = /chat|forum|messenger|sms|whatsapp|instagram|facebook|twitter|phone|voice/i;

/** /app/ticket/180507823 or, opened from a view, /app/views/1384557/202493877. */
function ticketId(_doc: Document, url: URL): string | undefined {
  return /\/app\/(?:ticket|tickets)\/(\d+)/.exec(url.pathname)?.[1] ?? /\/app\/views\/\d+\/(\d+)/.exec(url.pathname)?.[1];
}

const is = (element: Element, spec: SelectorSpec) => spec.selectors.some((selector) => element.matches(selector));
const has = (element: Element, spec: SelectorSpec) => is(element, spec) || !!first(element, spec);

function threadOf(doc: Document): Element | null {
  return first(doc, SELECTORS.thread) ?? first(doc, SELECTORS.group)?.parentElement ?? null;
}

function cleanText(element: Element | null): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const part of copy.querySelectorAll(SELECTORS.drop.selectors.join(','))) part.remove();
  return textOf(copy);
}

function timeOf(element: Element | null): string {
  const time = element && first(element, SELECTORS.time);
  return time?.getAttribute('datetime') || time?.getAttribute('title') || textOf(time);
}

function roleOf(group: Element): ConversationMessage['role'] {
  if (is(group, SELECTORS.internal)) return 'note'; // checked first: notes are written by agents
  if (is(group, SELECTORS.ai)) return 'system'; // AI Agent replies and handovers are bot messages
  const author = first(group, SELECTORS.author);
  if (!author) return 'system'; // no header to tell who wrote it: never guess "customer"
  return has(author, SELECTORS.isAgent) ? 'agent' : 'customer';
}

export const gorgias = defineAdapter({
  id: 'gorgias',
  name: 'Gorgias',
  matches: ['https://*.gorgias.com/*'],
  detect: (doc, url) => url.hostname.endsWith('.gorgias.com') && url.pathname.startsWith('/app') && !!doc.getElementById('root'),
  ticketId,
  threadRoot: threadOf,
  findEditor: (doc) => first(doc, SELECTORS.editor) as HTMLElement | null,
  read(doc, url) {
    const thread = threadOf(doc);
    if (!thread) return ticketId(doc, url) ? { ok: false, reason: 'selector-missing', missing: 'thread' } : { ok: false, reason: 'not-a-conversation' };
    const items = recent(all(thread, SELECTORS.item));
    const groups = items.filter((item) => is(item, SELECTORS.group));
    if (groups.length === 0) return { ok: false, reason: 'selector-missing', missing: 'item' };
    if (!groups.some((group) => first(group, SELECTORS.author))) return { ok: false, reason: 'selector-missing', missing: 'author' };
    const customerGroup = groups.find((group) => roleOf(group) === 'customer');
    const channelEl = customerGroup && first(customerGroup, SELECTORS.channel);
    const channelName = channelEl?.getAttribute('title') || channelEl?.getAttribute('aria-label') || textOf(channelEl);
    const chat = CHAT.test(channelName) && !/mail/i.test(channelName);
    const messages: ConversationMessage[] = [];
    for (const item of items) {
      if (!is(item, SELECTORS.group)) {
        const text = textOf(first(item, SELECTORS.eventText)) || cleanText(item);
        const time = timeOf(item);
        if (text) messages.push({ role: 'system', text, ...(time && { time }) });
        continue;
      }
      const role = roleOf(item);
      const author = textOf(first(item, SELECTORS.author));
      const headerTime = timeOf(item);
      for (const body of all(item, SELECTORS.body)) {
        const raw = cleanText(body);
        const text = chat || role === 'note' ? raw : emailBody(raw);
        const part = body.closest(SELECTORS.part.selectors.join(','));
        const time = (part && item.contains(part) && timeOf(part)) || headerTime;
        if (text) messages.push({ role, text, ...(author && { author }), ...(time && { time }) });
      }
    }
    const subjectEl = first(doc, SELECTORS.subject);
    const subject = (subjectEl?.tagName === 'INPUT' ? (subjectEl as HTMLInputElement).value : textOf(subjectEl)).trim();
    const customerName = messages.find((message) => message.role === 'customer')?.author;
    return conversation({
      site: 'gorgias',
      channel: chat ? 'chat' : 'email',
      ticketId: ticketId(doc, url),
      ...(subject && { subject }),
      ...(customerName && { customerName }),
      messages,
    });
  },
});
