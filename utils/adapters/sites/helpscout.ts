import { conversation, defineAdapter } from '../define';
import { all, first, recent, textOf } from '../dom';
import type { ConversationMessage, SelectorSpec } from '../types';
import { emailBody } from '../../conversation/email';

// Help Scout conversation page (secure.helpscout.net/conversation/<id>/<number>). Structure checked 2026-11 against
// public extensions/userscripts that read it: trentslutzky/helpscout-thread-hider threadhider.js (article.thread.customer
// with id "thread-<id>", section.js-thread-content > section.messageBodyWrap > section.message > section.threadHeader >
// section.meta, section.messageBody), Maxr1998/userscripts helpscout_click_to_copy.user.js (2024-01-29,
// section.messageBody; #tkContent holds the threads), a "CX Copilot" content script (reply editor .redactor_editor).
// Thread kinds follow Help Scout's thread types (Mailbox API 2.0: customer, message = agent reply, note, lineitem =
// status line, chat). A chat thread's side is its creator's (createdBy.type customer or user), not its type; that
// the page shows it as a class next to "chat" is NOT confirmed.
const HSTH = 'Help Scout: trentslutzky/helpscout-thread-hider threadhider.js; Maxr1998/userscripts, checked 2026-11';
const SELECTORS = {
  thread: {
    selectors: ['#tkContent', '#threads', '.js-threads', '.threads'],
    source: 'Maxr1998/userscripts (#tkContent, observed for threads loaded on demand); others not confirmed; falls back to the parent of the first thread',
  },
  item: { selectors: ['article.thread', '.thread[id^="thread-"]'], source: HSTH },
  body: { selectors: ['section.messageBody', '.messageBody'], source: HSTH },
  author: { selectors: ['section.threadHeader section.meta .name', 'section.threadHeader section.meta strong'], source: `${HSTH} (section.meta; the name element inside it is not confirmed)` },
  time: { selectors: ['time[datetime]', 'section.meta [title]'], source: 'not confirmed: time element in section.meta, checked 2026-11' },
  subject: { selectors: ['#subjectLine h1', 'h1.js-subject', '.c-conversation-subject', 'h1.subject'], source: 'not confirmed: subject heading, checked 2026-11' },
  editor: {
    selectors: ['.redactor_editor', '.redactor-editor', '#replyWrapper [contenteditable="true"]', '.ProseMirror[contenteditable="true"]', '[role="textbox"][contenteditable="true"]'],
    source: 'CX Copilot content script (HELPSCOUT_REPLY_TEXTBOX_CLASSNAME "redactor_redactor redactor_editor"); newer editors generic, checked 2026-11',
  },
  /** Removed before reading email bodies: quoted history. */
  drop: { selectors: ['blockquote', '.gmail_quote', '.hs-quote', '.quoted'], source: 'common email quoting markup, checked 2026-11' },
} satisfies Record<string, SelectorSpec>;

function ticketId(_doc: Document, url: URL): string | undefined {
  return /\/conversation\/(\d+)/.exec(url.pathname)?.[1];
}

/** Thread kind from the article's classes; anything unknown is a system line, never the customer. */
function roleOf(item: Element): ConversationMessage['role'] {
  const kinds = item.classList;
  if (kinds.contains('note')) return 'note';
  if (kinds.contains('customer')) return 'customer';
  // "user" is Help Scout's word for a staff member (createdBy.type), as on an agent's chat lines.
  if (kinds.contains('message') || kinds.contains('reply') || kinds.contains('user')) return 'agent';
  return 'system';
}

function cleanText(element: Element, extra: string[] = []): string {
  const copy = element.cloneNode(true) as Element;
  for (const part of copy.querySelectorAll([...SELECTORS.drop.selectors, ...extra].join(','))) part.remove();
  return textOf(copy);
}

/** Help Scout can list the newest thread on top (a per-user setting): put them oldest first by thread id, else by time. */
function oldestFirst(items: Element[]): Element[] {
  const keys = items.map((item) => Number(/^thread-(\d+)$/.exec(item.id)?.[1] ?? Date.parse(first(item, SELECTORS.time)?.getAttribute('datetime') ?? '')));
  return keys.length > 1 && keys.every(Number.isFinite) && keys[0]! > keys.at(-1)! ? [...items].reverse() : items;
}

function threadRoot(doc: Document): Element | null {
  return first(doc, SELECTORS.thread) ?? first(doc, SELECTORS.item)?.parentElement ?? null;
}

export const helpscout = defineAdapter({
  id: 'helpscout',
  name: 'Help Scout',
  matches: ['https://secure.helpscout.net/*'],
  detect: (_doc, url) => url.hostname === 'secure.helpscout.net' && url.pathname.startsWith('/conversation/'),
  ticketId,
  threadRoot,
  findEditor: (doc) => first(doc, SELECTORS.editor) as HTMLElement | null,
  read(doc, url) {
    const thread = threadRoot(doc);
    if (!thread) return { ok: false, reason: 'selector-missing', missing: 'thread' };
    // Ordered first, so the cap keeps the newest threads whichever way the page lists them.
    const items = recent(oldestFirst(all(thread, SELECTORS.item)));
    const chat = items.some((item) => item.classList.contains('chat'));
    const messages: ConversationMessage[] = [];
    for (const item of items) {
      const role = roleOf(item);
      const body = first(item, SELECTORS.body);
      // Line items have no message body: their text is the whole row without its time stamp.
      const raw = body ? cleanText(body) : cleanText(item, ['time', 'button']);
      const text = chat || role === 'system' ? raw : emailBody(raw);
      const author = body ? textOf(first(item, SELECTORS.author)) : '';
      const timeEl = first(item, SELECTORS.time);
      const time = timeEl?.getAttribute('datetime') ?? timeEl?.getAttribute('title') ?? undefined;
      if (text) messages.push({ role, text, ...(author && { author }), ...(time && { time }) });
    }
    const subject = textOf(first(doc, SELECTORS.subject)) || undefined;
    const customerName = messages.find((message) => message.role === 'customer')?.author;
    return conversation({
      site: 'helpscout',
      channel: chat ? 'chat' : 'email',
      ticketId: ticketId(doc, url),
      ...(subject && { subject }),
      ...(customerName && { customerName }),
      messages,
    });
  },
});
