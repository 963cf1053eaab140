import { conversation, defineAdapter } from '../define';
import { all, first, textOf } from '../dom';
import type { ConversationMessage, SelectorSpec } from '../types';
import { emailBody } from '../../conversation/email';

// FreeScout (self-hosted only), conversation view /conversation/<id>. Structure checked 2026-11 against
// freescout-helpdesk/freescout resources/views/conversations/{view,partials/thread,partials/threads}.blade.php,
// resources/views/customers/profile_snippet.blade.php and public/js/main.js (convIsChat).
const VIEWS = 'freescout-helpdesk/freescout resources/views/conversations (view.blade.php, partials/thread.blade.php), checked 2026-11';
const SELECTORS = {
  thread: { selectors: ['#conv-layout-main'], source: `${VIEWS}: threads are rendered newest first` },
  /** thread-type-customer | message | note | lineitem | draft (an unsent reply, never read). */
  message: { selectors: ['.thread:not(.thread-type-draft)'], source: `${VIEWS} (div.thread.thread-type-{type}#thread-{id})` },
  content: { selectors: ['.thread-content', '.thread-body'], source: `${VIEWS} (.thread-content in current, .thread-body in older views)` },
  lineitem: { selectors: ['.thread-title'], source: `${VIEWS} (line items carry their sentence in .thread-title)` },
  person: { selectors: ['.thread-person strong'], source: VIEWS },
  date: { selectors: ['.thread-date[title]', '.thread-date'], source: `${VIEWS} (title = absolute date, text = relative)` },
  subject: { selectors: ['.conv-subjtext'], source: 'view.blade.php' },
  customer: { selectors: ['#conv-layout-customer .customer-name', '.customer-name'], source: 'customers/profile_snippet.blade.php' },
  chat: { selectors: ['#conv-layout.conv-type-chat', 'body.chat-mode'], source: 'public/js/main.js convIsChat()' },
  editor: {
    selectors: ['.conv-reply-block .note-editable[contenteditable="true"]', '.note-editable[contenteditable="true"]', '.conv-reply-block textarea#body'],
    source: 'view.blade.php textarea#body, turned into a Summernote editor (.note-editable)',
  },
  drop: { selectors: ['blockquote', '.gmail_quote', '.gmail_extra', '.thread-meta', '.thread-attachments', '.alert', '.thread-original'], source: VIEWS },
} satisfies Record<string, SelectorSpec>;

const ROLES: Record<string, ConversationMessage['role']> = {
  customer: 'customer',
  message: 'agent',
  note: 'note',
  lineitem: 'system',
};

function ticketId(doc: Document, url: URL): string | undefined {
  return /\/conversation\/(\d+)/.exec(url.pathname)?.[1] ?? doc.body?.getAttribute('data-conversation_id') ?? undefined;
}

/** Threads are numbered as they are created; sorting by number gives oldest first whatever the display order. */
function threadNumber(thread: Element): number {
  return Number(thread.getAttribute('data-thread_id') ?? /^thread-(\d+)$/.exec(thread.id)?.[1] ?? NaN);
}

function roleOf(thread: Element): ConversationMessage['role'] {
  const type = /\bthread-type-(\w+)/.exec(thread.className)?.[1] ?? '';
  return ROLES[type] ?? 'system'; // unknown thread types (modules) are never taken for the customer
}

function cleanText(element: Element | null): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const part of copy.querySelectorAll(SELECTORS.drop.selectors.join(','))) part.remove();
  return textOf(copy);
}

export const freescout = defineAdapter({
  id: 'freescout',
  name: 'FreeScout',
  matches: [],
  // Always on a custom domain: recognised by the conversation route or body class plus its thread list.
  detect: (doc, url) =>
    (/^\/conversation\/\d+/.test(url.pathname) || !!doc.body?.classList.contains('body-conv')) && !!doc.querySelector('#conv-layout-main .thread, #conv-layout'),
  ticketId,
  threadRoot: (doc) => first(doc, SELECTORS.thread),
  findEditor: (doc) => first(doc, SELECTORS.editor) as HTMLElement | null,
  read(doc, url) {
    const list = first(doc, SELECTORS.thread);
    if (!list) return { ok: false, reason: 'selector-missing', missing: 'thread' };
    const chat = !!first(doc, SELECTORS.chat);
    const threads = all(list, SELECTORS.message).map((thread, index) => ({ thread, index, n: threadNumber(thread) }));
    // Without numbers, fall back to reversing the newest-first display order.
    const numbered = threads.every((entry) => Number.isFinite(entry.n));
    threads.sort((a, b) => (numbered ? a.n - b.n : b.index - a.index));
    const messages: ConversationMessage[] = [];
    for (const { thread } of threads) {
      const role = roleOf(thread);
      const raw = role === 'system' ? cleanText(first(thread, SELECTORS.lineitem)) : cleanText(first(thread, SELECTORS.content));
      const text = chat || role === 'system' ? raw : emailBody(raw);
      if (!text) continue;
      const author = role === 'system' ? '' : textOf(first(thread, SELECTORS.person));
      const date = first(thread, SELECTORS.date);
      const time = date?.getAttribute('title') || textOf(date);
      messages.push({ role, text, ...(author && { author }), ...(time && { time }) });
    }
    const subject = textOf(first(doc, SELECTORS.subject));
    const customerName = textOf(first(doc, SELECTORS.customer)) || messages.find((m) => m.role === 'customer')?.author;
    return conversation({
      site: 'freescout',
      channel: chat ? 'chat' : 'email',
      ticketId: ticketId(doc, url),
      ...(subject && { subject }),
      ...(customerName && { customerName }),
      messages,
    });
  },
});
