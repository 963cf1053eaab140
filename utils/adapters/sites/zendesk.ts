import { conversation, defineAdapter } from '../define';
import { all, first, textOf, recent } from '../dom';
import type { ConversationMessage, SelectorSpec } from '../types';
import { emailBody } from '../../conversation/email';

// Zendesk Agent Workspace: chat (messaging) and email tickets share one omnichannel conversation log.
// Structure checked 2026-11 against public userscripts/extensions that read it: holatuwol/liferay-zendesk-userscript
// (src/permalink.ts, src/reply.ts), BagToad/add-zendesk-comment-borders, and several published Zendesk
// transcript/styling userscripts (omni-log-item-message[type], omni-log-internal-note-tag, omni-log-item-via).
const AW = 'Zendesk Agent Workspace omnilog (liferay-zendesk-userscript; Zendesk transcript/styling userscripts), checked 2026-11';
const SELECTORS = {
  thread: { selectors: ['[data-test-id="omni-log-container"]'], source: AW },
  item: { selectors: ['article[data-test-id="omni-log-comment-item"]', '[data-test-id="omni-log-comment-item"]'], source: AW },
  /** Carries type="end-user" | "agent" | "internal". */
  bubble: { selectors: ['[data-test-id="omni-log-item-message"]'], source: AW },
  content: { selectors: ['[data-test-id="omni-log-message-content"]', '.zd-comment'], source: AW },
  sender: { selectors: ['[data-test-id="omni-log-item-sender"]', '[data-test-id="omni-log-comment-user-link"]'], source: AW },
  via: { selectors: ['[data-test-id="omni-log-item-via"]'], source: `${AW} ("via messaging", "via email")` },
  noteTag: { selectors: ['[data-test-id="omni-log-internal-note-tag"]'], source: AW },
  time: { selectors: ['time[data-test-id="timestamp-relative"][datetime]', 'time[data-test-id="timestamp-absolute"][datetime]', 'time[datetime]'], source: AW },
  subject: { selectors: ['input[data-test-id="omni-header-subject"]', '[data-test-id="ticket-pane-subject"]', 'h1[data-test-id="ticket-subject"]'], source: `${AW}; toggl/track-extension zendesk content script` },
  editor: {
    selectors: [
      '[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
      '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]',
      '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"]',
      '.zendesk-editor--rich-text-container [contenteditable="true"]',
    ],
    source: `${AW}; liferay-zendesk-userscript addPlaybookReminder`,
  },
  /** Removed from email bodies before reading: quoted history, signatures, read receipts. */
  drop: { selectors: ['blockquote', '.gmail_quote', '.quotation', '.signature', 'div.signature', 'svg', 'button'], source: AW },
} satisfies Record<string, SelectorSpec>;

const CHAT_VIA = /\b(?:messaging|chat|widget|whatsapp|messenger|instagram|sms|line|wechat|slack)\b/i;

function ticketFromUrl(url: URL): string | undefined {
  return /\/agent\/tickets\/(\d+)/.exec(url.pathname)?.[1];
}

function ticketId(doc: Document, url: URL): string | undefined {
  return ticketFromUrl(url) ?? doc.querySelector('[data-ticket-id]')?.getAttribute('data-ticket-id') ?? undefined;
}

/** The open ticket's pane: Zendesk keeps every open tab's ticket in the DOM at once. */
function pane(doc: Document, url: URL): ParentNode {
  const id = ticketFromUrl(url);
  return (id && doc.querySelector(`[data-ticket-id="${id}"]`)) || doc;
}

/** Text of an element without the parts matched by the drop selectors (works on a copy, never on the page). */
function cleanText(element: Element, extra: string[] = []): string {
  const copy = element.cloneNode(true) as Element;
  for (const part of copy.querySelectorAll([...SELECTORS.drop.selectors, ...extra].join(','))) part.remove();
  return textOf(copy);
}

function timeOf(item: Element): string | undefined {
  const time = first(item, SELECTORS.time);
  return time?.getAttribute('datetime') ?? (textOf(time) || undefined);
}

function roleOf(item: Element, bubble: Element | null, author: string): ConversationMessage['role'] {
  const type = bubble?.getAttribute('type');
  if (first(item, SELECTORS.noteTag) || type === 'internal' || /^internal note/i.test(item.getAttribute('aria-label') ?? '')) return 'note';
  if (!bubble) return 'system'; // event rows (assignments, status) have no message bubble
  if (/\bbot\b/i.test(author)) return 'system';
  if (type === 'end-user') return 'customer';
  if (type === 'agent') return 'agent';
  return 'system'; // unknown sender type: never guess "customer"
}

export const zendesk = defineAdapter({
  id: 'zendesk',
  name: 'Zendesk',
  matches: ['https://*.zendesk.com/*'],
  detect: (doc, url) => url.hostname.endsWith('.zendesk.com') && (url.pathname.startsWith('/agent') || !!first(doc, SELECTORS.thread)),
  ticketId,
  threadRoot: (doc) => first(pane(doc, new URL(doc.URL)), SELECTORS.thread),
  findEditor: (doc) => first(pane(doc, new URL(doc.URL)), SELECTORS.editor) as HTMLElement | null,
  read(doc, url) {
    const scope = pane(doc, url);
    const thread = first(scope, SELECTORS.thread);
    if (!thread) return { ok: false, reason: 'selector-missing', missing: 'thread' };
    const items = recent(all(thread, SELECTORS.item));
    const vias = items.map((item) => textOf(first(item, SELECTORS.via)));
    const chat = vias.some((via) => CHAT_VIA.test(via)) || (!vias.some(Boolean) && !thread.querySelector('.zd-comment'));
    const messages: ConversationMessage[] = [];
    for (const item of items) {
      const bubble = first(item, SELECTORS.bubble);
      const author = textOf(first(item, SELECTORS.sender));
      const role = roleOf(item, bubble, author);
      const body = first(item, SELECTORS.content) ?? bubble ?? item;
      // Event rows have no bubble: their text is the whole row without its time stamp.
      const raw = bubble ? cleanText(body) : cleanText(body, ['time']);
      const text = chat ? raw : emailBody(raw);
      const time = timeOf(item);
      if (text) messages.push({ role, text, ...(author && { author }), ...(time && { time }) });
    }
    const subjectEl = first(scope, SELECTORS.subject);
    const subject = (subjectEl?.tagName === 'INPUT' ? (subjectEl as HTMLInputElement).value : textOf(subjectEl)).trim();
    const customerName = messages.find((message) => message.role === 'customer')?.author;
    return conversation({
      site: 'zendesk',
      channel: chat ? 'chat' : 'email',
      ticketId: ticketId(doc, url),
      ...(subject && { subject }),
      ...(customerName && { customerName }),
      messages,
    });
  },
});
