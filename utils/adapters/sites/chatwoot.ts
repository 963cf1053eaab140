import { conversation, defineAdapter } from '../define';
import { all, first, textOf, recent } from '../dom';
import type { ConversationMessage, SelectorSpec } from '../types';
import { emailBody } from '../../conversation/email';

// Chatwoot agent dashboard (cloud and self-hosted). Structure checked 2026-11 against chatwoot/chatwoot:
// app/javascript/dashboard/components-next/message/{MessageList,Message,MessageMeta}.vue and bubbles/{Base,
// Activity,Text/Index,Text/FormattedContent,Email/Index,Email/EmailMeta}.vue (v4), widgets/conversation/
// {MessagesView,ConversationHeader,Message}.vue (v3 fallbacks), WootWriter/Editor.vue.
const NEXT = 'chatwoot/chatwoot components-next/message (Message.vue, bubbles/*.vue), checked 2026-11';
const V3 = 'chatwoot/chatwoot v3 widgets/conversation/Message.vue (li.left/.right/.center, .bubble.is-private)';
const SELECTORS = {
  thread: { selectors: ['ul.conversation-panel', '.conversation-panel'], source: 'MessagesView.vue passes class conversation-panel to MessageList' },
  message: { selectors: ['.message-bubble-container[data-message-id]', 'li[id^="message"]'], source: `${NEXT}; ${V3}` },
  activity: { selectors: ['[data-bubble-name="activity"]', '.activity-wrap', 'li.center'], source: `bubbles/Activity.vue; ${V3}` },
  /** Private notes: amber variant in Base.vue, lock icon in MessageMeta.vue. */
  note: { selectors: ['.bg-n-solid-amber', '.i-lucide-lock-keyhole', '.bubble.is-private'], source: `${NEXT}; ${V3}` },
  /** Contact messages sit on the left; agents, bots and notes on the right (Message.vue orientation). */
  incoming: { selectors: ['.left-bubble', 'li.left'], source: `bubbles/Base.vue orientationMap; ${V3}` },
  email: { selectors: ['[data-bubble-name="email"]'], source: 'bubbles/Email/Index.vue' },
  emailMeta: { selectors: ['[data-bubble-name="email"] > section:first-child'], source: 'bubbles/Email/EmailMeta.vue' },
  text: { selectors: ['.letter-render', '.prose', '.message-text__wrap .text-content', '.message-text__wrap'], source: `Text/FormattedContent.vue, Email/Index.vue (Letter); ${V3}` },
  avatarName: { selectors: ['img[alt]', 'abbr[title]'], source: 'components-next/avatar/Avatar.vue (img alt = sender name)' },
  time: { selectors: ['time[datetime]', 'time', '.time'], source: 'MessageMeta.vue (<time> with h:mm a)' },
  headerActions: { selectors: ['.conversation--header--actions'], source: 'ConversationHeader.vue (contact name is the row above)' },
  editor: {
    selectors: ['.reply-box .ProseMirror-woot-style[contenteditable="true"]', '.ProseMirror-woot-style[contenteditable="true"]', '.reply-box [contenteditable="true"]', '.reply-box textarea'],
    source: 'WootWriter/Editor.vue, ReplyBox.vue',
  },
  /** Quoted history and chrome removed from message text. */
  drop: { selectors: ['blockquote', '.gmail_quote', '.gmail_extra', 'button', 'time'], source: 'Email/Index.vue (quoted text toggle)' },
} satisfies Record<string, SelectorSpec>;

const DASHBOARD = /^\/app\/accounts\/\d+\//;
const SUBJECT = /^(?:Subject|件名)\s*[:：]\s*(.+)$/;

function has(element: Element, spec: SelectorSpec): boolean {
  return spec.selectors.some((selector) => element.matches(selector) || !!element.querySelector(selector));
}

function ticketId(_doc: Document, url: URL): string | undefined {
  return /\/conversations\/(\d+)/.exec(url.pathname)?.[1];
}

function cleanText(element: Element | null): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const part of copy.querySelectorAll(SELECTORS.drop.selectors.join(','))) part.remove();
  return textOf(copy);
}

/** The element itself or its first descendant matching the spec (v3 puts the role classes on the item). */
function self(item: Element, spec: SelectorSpec): Element | null {
  return spec.selectors.some((selector) => item.matches(selector)) ? item : first(item, spec);
}

function roleOf(item: Element): ConversationMessage['role'] {
  if (has(item, SELECTORS.activity)) return 'system';
  if (has(item, SELECTORS.note)) return 'note';
  return has(item, SELECTORS.incoming) ? 'customer' : 'agent';
}

/** Sender name from the email header line: "<span>Name</span> <address>". */
function emailSender(meta: Element | null): string {
  const line = meta?.firstElementChild;
  return textOf(line?.querySelector('span') ?? null) || textOf(line).replace(/<[^>]*>/g, '').trim();
}

function customerNameOf(doc: Document): string {
  const actions = first(doc, SELECTORS.headerActions);
  return textOf(actions?.previousElementSibling);
}

export const chatwoot = defineAdapter({
  id: 'chatwoot',
  name: 'Chatwoot',
  matches: ['https://app.chatwoot.com/*'],
  // Self-hosted Chatwoot runs on any domain: the dashboard path plus its own message list or editor.
  detect: (doc, url) =>
    (url.hostname === 'app.chatwoot.com' || DASHBOARD.test(url.pathname)) &&
    !!doc.querySelector('.conversation-panel, .message-bubble-container, .ProseMirror-woot-style'),
  ticketId,
  threadRoot: (doc) => first(doc, SELECTORS.thread),
  findEditor: (doc) => first(doc, SELECTORS.editor) as HTMLElement | null,
  read(doc, url) {
    const thread = first(doc, SELECTORS.thread);
    if (!thread) return { ok: false, reason: 'selector-missing', missing: 'thread' };
    const items = recent(all(thread, SELECTORS.message));
    const channel = items.some((item) => has(item, SELECTORS.email)) ? 'email' : 'chat';
    const customerName = customerNameOf(doc);
    let subject = '';
    const messages: ConversationMessage[] = [];
    for (const item of items) {
      const role = roleOf(item);
      const isEmail = has(item, SELECTORS.email);
      const meta = first(item, SELECTORS.emailMeta);
      if (isEmail && !subject) {
        const line = [...(meta?.children ?? [])].map((child) => textOf(child)).find((text) => SUBJECT.test(text));
        subject = line ? SUBJECT.exec(line)![1]!.trim() : '';
      }
      const raw = role === 'system' ? cleanText(self(item, SELECTORS.activity)) : cleanText(first(item, SELECTORS.text));
      const text = isEmail ? emailBody(raw) : raw;
      if (!text) continue;
      const avatar = role === 'agent' || role === 'note' ? first(item, SELECTORS.avatarName) : null;
      const author =
        (isEmail && emailSender(meta)) ||
        avatar?.getAttribute('alt') ||
        avatar?.getAttribute('title') ||
        (role === 'customer' ? customerName : '');
      const timeEl = first(item, SELECTORS.time);
      const time = timeEl?.getAttribute('datetime') || textOf(timeEl);
      messages.push({ role, text, ...(author && { author }), ...(time && { time }) });
    }
    return conversation({
      site: 'chatwoot',
      channel,
      ticketId: ticketId(doc, url),
      ...(subject && { subject }),
      ...(customerName && { customerName }),
      messages,
    });
  },
});
