import { conversation, defineAdapter } from '../define';
import { all, first, textOf, recent } from '../dom';
import type { ConversationMessage, SelectorSpec } from '../types';
import { emailBody } from '../../conversation/email';

// Zammad agent UI (classic desktop app, #ticket/zoom/<id>), hosted or self-hosted. Structure checked 2026-11
// against zammad/zammad app/assets/javascripts/app/views/ticket_zoom.jst.eco, ticket_zoom/{article_view,title,
// article_new}.jst.eco and app/controllers/ticket_zoom/article_view.coffee. The beta Vue "desktop view"
// (/desktop/tickets/<id>) marks senders only by layout classes and is not read.
const ZOOM = 'zammad/zammad app/assets/javascripts/app/views/ticket_zoom/*.jst.eco + controllers/ticket_zoom/article_view.coffee, checked 2026-11';
const SELECTORS = {
  /** Zammad keeps every open tab in the DOM; the visible one is .content.active. */
  tab: { selectors: ['.content.active'], source: `${ZOOM} (task containers content_permanent_TicketZoom-<id>)` },
  thread: { selectors: ['.ticketZoom .ticket-article', '.ticket-article'], source: 'ticket_zoom.jst.eco' },
  /** Classes: customer | agent | system (sender name), is-internal. */
  article: { selectors: ['.ticket-article-item'], source: 'article_view.coffee render()' },
  internal: { selectors: ['.is-internal', '.text-bubble.internal'], source: 'article_view.coffee (is-internal); older article_view.jst.eco (.text-bubble.internal)' },
  body: { selectors: ['.textBubble-content .richtext-content', '.textBubble-content', '.text-bubble'], source: 'article_view.jst.eco' },
  from: { selectors: ['.article-meta.top .article-meta-row:first-child .article-meta-value'], source: 'article_view.jst.eco (From row first)' },
  person: { selectors: ['.user-popover'], source: 'article_view.jst.eco (@AddressLine)' },
  channelIcon: { selectors: ['.article-meta.bottom svg.icon', '.article-meta.bottom .channel.icon'], source: 'article_view.jst.eco (@Icon(type))' },
  time: { selectors: ['.task-subline time[datetime]', 'time[datetime]', 'time[data-time]'], source: 'view_helpers.coffee humanTime' },
  subject: { selectors: ['.ticket-title-update', '.ticketZoom-header h1'], source: 'ticket_zoom/title.jst.eco' },
  editor: {
    selectors: ['.article-add .articleNewEdit-body[contenteditable="true"]', '.articleNewEdit-body[contenteditable="true"]', '.article-add [contenteditable="true"]'],
    source: 'ticket_zoom/article_new.jst.eco',
  },
  drop: { selectors: ['blockquote', '.textBubble-overflowContainer', '.attachments', 'button'], source: ZOOM },
} satisfies Record<string, SelectorSpec>;

const MESSAGING = /\bicon-(chat|whatsapp|telegram|sms|facebook|twitter|instagram|messenger)\b/;

function ticketFromUrl(url: URL): string | undefined {
  return /^#ticket\/zoom\/(\d+)/.exec(url.hash)?.[1];
}

function scope(doc: Document, url: URL): ParentNode {
  const id = ticketFromUrl(url);
  return (id && doc.getElementById(`content_permanent_TicketZoom-${id}`)) || first(doc, SELECTORS.tab) || doc;
}

function ticketId(doc: Document, url: URL): string | undefined {
  const tab = first(doc, SELECTORS.tab);
  return ticketFromUrl(url) ?? /TicketZoom-(\d+)/.exec(tab?.id ?? '')?.[1];
}

/** Body text without quoted mail, and without everything after Zammad's own signature marker. */
function bodyText(body: Element): string {
  const copy = body.cloneNode(true) as Element;
  const marker = copy.querySelector('.js-signatureMarker');
  for (let node: Element | null = marker; node && node !== copy; node = node.parentElement) {
    while (node.nextSibling) node.nextSibling.remove();
  }
  marker?.remove();
  for (const part of copy.querySelectorAll(SELECTORS.drop.selectors.join(','))) part.remove();
  return textOf(copy);
}

function roleOf(article: Element): ConversationMessage['role'] {
  if (SELECTORS.internal.selectors.some((s) => article.matches(s) || article.querySelector(s))) return 'note';
  if (article.classList.contains('customer')) return 'customer';
  if (article.classList.contains('agent')) return 'agent';
  return 'system';
}

function authorOf(article: Element): string {
  const from = first(article, SELECTORS.from);
  const person = textOf(first(from ?? article, SELECTORS.person));
  return person || textOf(from).replace(/<[^>]*>/g, '').replace(/\s+via\s+.*$/i, '').trim();
}

export const zammad = defineAdapter({
  id: 'zammad',
  name: 'Zammad',
  matches: ['https://*.zammad.com/*'],
  // Self-hosted Zammad is on any domain: its hash route plus the ticket zoom markup.
  detect: (doc, url) =>
    (url.hostname.endsWith('.zammad.com') || /^#ticket\/zoom\//.test(url.hash)) && !!doc.querySelector('.ticketZoom, .ticket-article-item'),
  ticketId,
  threadRoot: (doc) => first(scope(doc, new URL(doc.URL)), SELECTORS.thread),
  findEditor: (doc) => first(scope(doc, new URL(doc.URL)), SELECTORS.editor) as HTMLElement | null,
  read(doc, url) {
    const root = scope(doc, url);
    const thread = first(root, SELECTORS.thread);
    if (!thread) return { ok: false, reason: 'selector-missing', missing: 'thread' };
    const articles = recent(all(thread, SELECTORS.article));
    const icons = articles
      .filter((article) => roleOf(article) !== 'note')
      .map((article) => first(article, SELECTORS.channelIcon)?.getAttribute('class') ?? '');
    const chat = !icons.some((icon) => /\bicon-email\b/.test(icon)) && icons.some((icon) => MESSAGING.test(icon));
    const messages: ConversationMessage[] = [];
    for (const article of articles) {
      const body = first(article, SELECTORS.body);
      const raw = body ? bodyText(body) : '';
      const text = chat ? raw : emailBody(raw);
      if (!text) continue;
      const role = roleOf(article);
      const author = authorOf(article);
      const timeEl = first(article, SELECTORS.time);
      const time = timeEl?.getAttribute('datetime') || timeEl?.getAttribute('data-time') || textOf(timeEl);
      messages.push({ role, text, ...(author && { author }), ...(time && { time }) });
    }
    const subject = textOf(first(root, SELECTORS.subject));
    const customerName = messages.find((message) => message.role === 'customer')?.author;
    return conversation({
      site: 'zammad',
      channel: chat ? 'chat' : 'email',
      ticketId: ticketId(doc, url),
      ...(subject && { subject }),
      ...(customerName && { customerName }),
      messages,
    });
  },
});
