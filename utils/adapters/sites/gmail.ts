import { conversation, defineAdapter } from '../define';
import { all, first, textOf } from '../dom';
import type { ConversationMessage, SelectorSpec } from '../types';
import { emailBody } from '../../conversation/email';

// Gmail conversation view. Gmail's class names are obfuscated but have been stable for years; InboxSDK (the SDK
// Streak and many Gmail extensions build on) reads exactly these, so they are the best public record of the DOM.
const SDK = 'InboxSDK/InboxSDK src/platform-implementation-js/dom-driver/gmail/views (gmail-thread-view.ts, gmail-message-view.ts), checked 2026-11';
const SELECTORS = {
  /** The message list of the open thread; messages are its children (expanded .h7, collapsed .kv, hidden .kQ/.kx). */
  /** An expanded message; its parent is the message list (InboxSDK _setupMessageViewStream). */
  expanded: { selectors: ['[role="main"] .h7', '.h7'], source: `${SDK} (_setupMessageViewStream: parent of .h7)` },
  thread: { selectors: ['[role="main"] [role="list"]', '.a98.iY [role="list"]', '.nH.if'], source: `${SDK} (addCustomMessage: [role=list])` },
  /** Matched against the list's children only (messages never nest). */
  item: { selectors: ['[role="listitem"]', '.h7, .kv'], source: SDK },
  hidden: { selectors: ['.kQ, .kx, .adv'], source: `${SDK} (getViewState: kQ/kx = HIDDEN, .adv stub)` },
  subject: { selectors: ['h2.hP', '.ha h2'], source: `${SDK} (getSubject: .ha h2); published Gmail readers (h2.hP)` },
  threadId: { selectors: ['[data-legacy-thread-id]', '[data-thread-perm-id]'], source: `${SDK} (getThreadID)` },
  sender: { selectors: ['td.gF span[email]', 'h3.iw span[email]', 'span.gD[email]', '[email]'], source: `${SDK} (getSender: td.gF span[email])` },
  /** Addresses Gmail labels "me" in the recipient line: the signed-in account and its send-as aliases. */
  me: { selectors: ['.hb span[email][name="me"], .hb span[email][name="自分"]'], source: `${SDK} (getRecipients: .hb span[email]); "me" is localised (ja: 自分)` },
  time: { selectors: ['.gK .g3[title]', 'span.g3[title]', '.g3'], source: `${SDK} (getDateString: .ads .gK .g3 title)` },
  body: { selectors: ['div.ii.gt .a3s', '.a3s', 'div.ii.gt', '.adP'], source: `${SDK} (getContentsElement: div.ii.gt, fallback .adP); published readers (.a3s.aiL)` },
  /** Collapsed messages show only a snippet. */
  snippet: { selectors: ['.iA.g6', '.g6', '.y2'], source: 'Gmail collapsed message row, observed by Gmail userscripts; checked 2026-11' },
  /** Quoted history, the "show trimmed content" toggle and signatures inside a body. */
  drop: { selectors: ['.gmail_quote', 'blockquote', '.h5', '.adm', '.ajR', '.gmail_signature', '[data-smartmail="gmail_signature"]'], source: `${SDK} (isElementInQuotedArea: blockquote); Gmail's own .gmail_quote/.gmail_signature markup` },
  /** The account switcher's label, "Google Account: Name (email)". */
  account: { selectors: ['a[aria-label*="@"][href*="accounts.google.com"]', '#gb a[aria-label*="@"]'], source: 'Google bar account button (gb_*), checked 2026-11' },
  editor: {
    selectors: ['div[role="textbox"][g_editable="true"][contenteditable="true"]', 'div[aria-label="Message Body"][contenteditable="true"]', 'div.Am.editable[contenteditable="true"]'],
    source: 'Gmail compose/reply body as selected by published Gmail extensions (div[g_editable="true"][contenteditable="true"], .LW-avf), checked 2026-11',
  },
} satisfies Record<string, SelectorSpec>;

const EMAIL = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[a-z]{2,}/i;

/** The thread id in the hash: #inbox/FMfcgz…, #label/Support/FMfcgz…, #search/lamp/FMfcgz…; none on list views. */
function threadInHash(url: URL): string | undefined {
  const segments = url.hash.replace(/^#/, '').split('?')[0]!.split('/');
  const last = segments.length > 1 ? segments.at(-1) : undefined;
  return last && /^[A-Za-z0-9_-]{12,}$/.test(last) ? last : undefined;
}

function ticketId(doc: Document, url: URL): string | undefined {
  const heading = first(doc, SELECTORS.threadId);
  return threadInHash(url) ?? heading?.getAttribute('data-legacy-thread-id') ?? heading?.getAttribute('data-thread-perm-id') ?? undefined;
}

/** Addresses that are the agent's own: the signed-in account, the page title's address, every "me" recipient. */
function ownAddresses(doc: Document, thread: Element): Set<string> {
  const own = new Set<string>();
  const add = (text: string | null | undefined) => {
    const found = EMAIL.exec(text ?? '')?.[0];
    if (found) own.add(found.toLowerCase());
  };
  add(first(doc, SELECTORS.account)?.getAttribute('aria-label'));
  add(/ - ([^\s]+@[^\s]+) - /.exec(doc.title)?.[1]);
  for (const me of all(thread, SELECTORS.me)) add(me.getAttribute('email'));
  return own;
}

/** The open thread's message list: other [role=list] elements may precede it inside the main pane. */
function threadOf(doc: Document): Element | null {
  return first(doc, SELECTORS.expanded)?.parentElement ?? first(doc, SELECTORS.thread);
}

/** The list's children matching the first item selector that matches any (cheaper than :scope queries). */
function itemsOf(thread: Element): Element[] {
  for (const selector of SELECTORS.item.selectors) {
    const found = [...thread.children].filter((child) => child.matches(selector));
    if (found.length > 0) return found;
  }
  return [];
}

function bodyText(body: Element): string {
  const copy = body.cloneNode(true) as Element;
  for (const part of copy.querySelectorAll(SELECTORS.drop.selectors.join(','))) part.remove();
  return emailBody(textOf(copy));
}

export const gmail = defineAdapter({
  id: 'gmail',
  name: 'Gmail',
  matches: ['https://mail.google.com/*'],
  detect: (doc, url) => url.hostname === 'mail.google.com' && !!doc.querySelector('[role="main"], div.nH'),
  ticketId,
  threadRoot: threadOf,
  findEditor: (doc) => first(doc, SELECTORS.editor) as HTMLElement | null,
  read(doc, url) {
    const thread = threadOf(doc);
    if (!thread) {
      // The inbox list is not a conversation; a thread URL without a thread means Gmail changed its markup.
      return threadInHash(url) ? { ok: false, reason: 'selector-missing', missing: 'thread' } : { ok: false, reason: 'not-a-conversation' };
    }
    const own = ownAddresses(doc, thread);
    const messages: ConversationMessage[] = [];
    for (const item of itemsOf(thread)) {
      if (item.matches(SELECTORS.hidden.selectors[0]!) || first(item, SELECTORS.hidden)) continue;
      const sender = first(item, SELECTORS.sender);
      const email = sender?.getAttribute('email')?.toLowerCase() ?? '';
      const author = (sender?.getAttribute('name') || textOf(sender)).trim();
      const timeEl = first(item, SELECTORS.time);
      const time = timeEl?.getAttribute('title') || textOf(timeEl);
      const body = first(item, SELECTORS.body);
      const text = body ? bodyText(body) : textOf(first(item, SELECTORS.snippet));
      if (!text) continue;
      const role: ConversationMessage['role'] = !email ? 'system' : own.has(email) ? 'agent' : 'customer'; // no sender: never guess
      messages.push({ role, text, ...(author && { author }), ...(time && { time }) });
    }
    if (messages.length === 0) return { ok: false, reason: 'selector-missing', missing: 'item' };
    if (messages.every((message) => message.role === 'system')) return { ok: false, reason: 'selector-missing', missing: 'sender' };
    const subject = textOf(first(doc, SELECTORS.subject));
    const customerName = messages.find((message) => message.role === 'customer')?.author;
    return conversation({
      site: 'gmail',
      channel: 'email',
      ticketId: ticketId(doc, url),
      ...(subject && { subject }),
      ...(customerName && { customerName }),
      messages,
    });
  },
});
