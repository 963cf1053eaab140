import { conversation, defineAdapter } from '../define';
import { all, first, textOf, recent } from '../dom';
import type { ConversationMessage, SelectorSpec } from '../types';
import { emailBody } from '../../conversation/email';

// Front's web app uses styled-components: classes look like "messageViewerBase__StyledMessageDiv-sc-7bq2x1-0 qWeRtY".
// The "<component>__<StyledName>" prefix survives deploys, the hashes do not, so every class selector is a prefix match.
const CENTRAL = 'Front "Link to Central" content script (Front DOM as of Feb 2026, class prefixes stable across deploys), checked 2026-11';
const CLOCKIFY = 'clockify/browser-extension src/integrations/front.js';
const UNCONFIRMED = 'not confirmed by a public source: named in Front\'s styled-components convention, checked 2026-11';
const SELECTORS = {
  thread: { selectors: ['[class*="viewer__StyledViewerDiv"]', '[data-testid^="viewer-"]'], source: CENTRAL },
  /** Messages, comments and activity rows in one list, in page (time) order. */
  item: {
    selectors: ['[class*="messageViewerBase__StyledMessageDiv"], [class*="commentViewer__"], [class*="activityViewer__StyledActivityDiv"]', '[role="article"]'],
    source: `${CENTRAL} (messages); ${UNCONFIRMED} (commentViewer__, activityViewer__)`,
  },
  message: { selectors: ['[class*="messageViewerBase__StyledMessageDiv"]', '[role="article"]'], source: CENTRAL },
  comment: { selectors: ['[class*="commentViewer__"]'], source: UNCONFIRMED },
  subject: { selectors: ['[data-searchable-subject="true"]', '[class*="conversationSubjectWrapper__StyledSubjectContainerDiv"] span'], source: `${CENTRAL}; ${CLOCKIFY}` },
  name: { selectors: ['[class*="messageViewerRecipient__StyledDetailsWrapperDiv"] > div:first-child', '[class*="commentViewerHeader__StyledAuthorDiv"]'], source: `${CENTRAL}; ${CLOCKIFY} (comment author: ${UNCONFIRMED})` },
  /** "Name <address>" for email, the contact name for chat. */
  handle: { selectors: ['[class*="messageViewerRecipient__StyledHandleSpan"]'], source: CENTRAL },
  time: { selectors: ['[class*="messageViewerDate__StyledDateDiv"]', '[class*="commentViewerHeader__StyledDateDiv"]', '[class*="activityViewer__StyledDateSpan"]', 'time[datetime]'], source: `${CENTRAL} (message date); ${UNCONFIRMED} (comment and activity dates)` },
  /** Only email messages have an email body wrapper and a "To:" section; chat messages have neither. */
  emailMarker: { selectors: ['[class*="messageViewerEmailBody__StyledEmailDiv"]', '[class*="messageViewerDetails__StyledSectionTitleDiv"]'], source: CENTRAL },
  body: { selectors: ['[class*="messageHtml__StyledHtmlDiv"]', '[class*="messageViewerEmailBody__StyledEmailDiv"]', '[class*="messageViewerCollapsed__StyledBlurbDiv"]'], source: `${CENTRAL} (collapsed messages show a blurb)` },
  commentBody: { selectors: ['[class*="commentViewerBody__"]'], source: UNCONFIRMED },
  activityText: { selectors: ['[class*="activityViewer__StyledTextSpan"]'], source: UNCONFIRMED },
  /** An explicit outbound marker, if Front renders one; otherwise direction comes from the sender (see roleOf). */
  outbound: { selectors: ['[class*="Outbound"]', '[data-testid*="outbound"]'], source: UNCONFIRMED },
  drop: { selectors: ['blockquote', '.gmail_quote', '[id$="divRplyFwdMsg"]', '[class*="signature"]', 'time'], source: 'Quoted/signature markup of the mail clients Front renders (Gmail, Outlook) and Front signatures; checked 2026-11' },
  editor: { selectors: ['[class*="draftEditor__"] [contenteditable="true"]', '.ProseMirror[contenteditable="true"]', '[class*="replyComposer__"] [contenteditable="true"]'], source: `${UNCONFIRMED} (Front's composer is a ProseMirror-style contenteditable)` },
} satisfies Record<string, SelectorSpec>;

const EMAIL = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[a-z]{2,}/i;

/** /open/cnv_abc, /inboxes/…/cnv_abc, or the numeric id ending /inboxes/teams/folders/7256583/unassigned/120537545061. */
function ticketId(doc: Document, url: URL): string | undefined {
  const cnv = /\/(cnv_[A-Za-z0-9]+)/.exec(url.pathname)?.[1];
  if (cnv) return cnv;
  const numeric = /\/(\d{6,})\/?$/.exec(url.pathname)?.[1];
  if (numeric) return numeric;
  return first(doc, SELECTORS.thread)?.getAttribute('data-testid')?.replace(/^viewer-/, '') || undefined;
}

function cleanText(element: Element | null): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const part of copy.querySelectorAll(SELECTORS.drop.selectors.join(','))) part.remove();
  return textOf(copy);
}

/** Who sent it: the address in "Name <address>", else the handle or name as shown (chat contacts). */
function senderKey(item: Element): string {
  const handle = textOf(first(item, SELECTORS.handle)) || textOf(first(item, SELECTORS.name));
  return (EMAIL.exec(handle)?.[0] ?? handle).toLowerCase();
}

const matchesAny = (item: Element, spec: SelectorSpec) => spec.selectors.some((selector) => item.matches(selector) || !!item.querySelector(selector));

export const front = defineAdapter({
  id: 'front',
  name: 'Front',
  matches: ['https://app.frontapp.com/*'],
  detect: (doc, url) => url.hostname === 'app.frontapp.com' && !!doc.querySelector('#root, [class*="__Styled"]'),
  ticketId,
  threadRoot: (doc) => first(doc, SELECTORS.thread),
  findEditor: (doc) => first(doc, SELECTORS.editor) as HTMLElement | null,
  read(doc, url) {
    const thread = first(doc, SELECTORS.thread);
    if (!thread) return ticketId(doc, url) ? { ok: false, reason: 'selector-missing', missing: 'thread' } : { ok: false, reason: 'not-a-conversation' };
    const items = recent(all(thread, SELECTORS.item));
    const messageItems = items.filter((item) => SELECTORS.message.selectors.some((selector) => item.matches(selector)));
    if (messageItems.length === 0) return { ok: false, reason: 'selector-missing', missing: 'message' };
    if (!messageItems.some((item) => senderKey(item))) return { ok: false, reason: 'selector-missing', missing: 'sender' };
    const chat = !messageItems.some((item) => first(item, SELECTORS.emailMarker));
    // Support conversations start with the customer: the first sender not marked outbound is the customer,
    // anyone else writing a message is a teammate. Agent-initiated (outbound-first) threads need the marker.
    const customerKey = senderKey(messageItems.find((item) => !matchesAny(item, SELECTORS.outbound)) ?? messageItems[0]!);
    const messages: ConversationMessage[] = [];
    for (const item of items) {
      let role: ConversationMessage['role'];
      let text: string;
      if (SELECTORS.comment.selectors.some((selector) => item.matches(selector))) {
        role = 'note';
        text = cleanText(first(item, SELECTORS.commentBody));
      } else if (!messageItems.includes(item)) {
        role = 'system';
        text = cleanText(first(item, SELECTORS.activityText) ?? item);
      } else {
        const key = senderKey(item);
        role = matchesAny(item, SELECTORS.outbound) ? 'agent' : !key ? 'system' : key === customerKey ? 'customer' : 'agent'; // no sender: never guess
        const raw = cleanText(first(item, SELECTORS.body));
        text = chat ? raw : emailBody(raw);
      }
      if (!text) continue;
      const author = role === 'system' ? '' : textOf(first(item, SELECTORS.name));
      const timeEl = first(item, SELECTORS.time);
      const time = timeEl?.getAttribute('datetime') || timeEl?.getAttribute('title') || textOf(timeEl);
      messages.push({ role, text, ...(author && { author }), ...(time && { time }) });
    }
    const subject = textOf(first(thread, SELECTORS.subject) ?? first(doc, SELECTORS.subject));
    const customerName = messages.find((message) => message.role === 'customer')?.author;
    return conversation({
      site: 'front',
      channel: chat ? 'chat' : 'email',
      ticketId: ticketId(doc, url),
      ...(subject && { subject }),
      ...(customerName && { customerName }),
      messages,
    });
  },
});
