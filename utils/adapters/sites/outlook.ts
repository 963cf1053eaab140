import { conversation, defineAdapter } from '../define';
import { all, first, textOf, recent } from '../dom';
import type { ConversationMessage, SelectorSpec } from '../types';
import { emailBody } from '../../conversation/email';

// Outlook on the web (new Outlook / OWA) reading pane in conversation view. OWA's class names are obfuscated and
// change per build, so only ids, roles, aria labels and data attributes are used.
const OWA = 'Outlook on the web reading pane as read by published extensions (PhishLens Outlook content script; an Outlook email-assistant add-on; OWA scrapers), checked 2026-11';
const SELECTORS = {
  thread: {
    selectors: ['#ConversationReadingPaneContainer', '#ItemReadingPaneContainer', '[data-app-section="ConversationContainer"]', '[data-app-section="MailReadCompose"]', 'main[aria-label="Reading Pane"]'],
    source: OWA,
  },
  /** One expanded message card; collapsed ones only show a preview line and are skipped. */
  item: { selectors: ['[aria-label="Email message"]', '[role="listitem"]'], source: OWA },
  subject: { selectors: ['[role="heading"][id^="CONV_"][id$="_SUBJECT"]', '[id$="_SUBJECT"]:not(input)'], source: `${OWA} (title attribute carries the full subject)` },
  sender: { selectors: ['[id^="MSG_"][id$="_FROM"]', 'span[aria-label^="From:"]', '[aria-label^="差出人:"]'], source: `${OWA} ("From: Name<address>"; same-organisation senders show the name only)` },
  time: { selectors: ['[data-testid="SentReceivedSavedTime"]'], source: OWA },
  /** The read-only body; the inline reply editor shares aria-label="Message body" but is contenteditable. */
  body: { selectors: ['[id^="UniqueMessageBody"]', 'div[role="document"][aria-label="Message body"]', '[role="document"]'], source: OWA },
  /** Quoted history: Outlook's reply header and everything after it (x_ prefixed in received mail). */
  cut: { selectors: ['[id$="appendonsend"]', '[id$="divRplyFwdMsg"]'], source: 'Outlook reply markup (#divRplyFwdMsg, #appendonsend), rewritten with x_ prefixes by OWA; checked 2026-11' },
  drop: { selectors: ['blockquote', '.gmail_quote', '.x_gmail_quote', '[id$="Signature"]', '[id$="signature"]'], source: 'Quoted/signature blocks of Outlook, Gmail and Apple Mail messages as OWA renders them; checked 2026-11' },
  /** The Microsoft 365 "Me" control: the signed-in account. */
  accountEmail: { selectors: ['#mectrl_currentAccount_secondary'], source: 'Microsoft 365 Me control (mectrl), checked 2026-11' },
  accountName: { selectors: ['#mectrl_currentAccount_primary'], source: 'Microsoft 365 Me control (mectrl), checked 2026-11' },
  accountButton: { selectors: ['#mectrl_main_trigger[aria-label]', '#O365_MainLink_Me[aria-label]'], source: 'Microsoft 365 Me control ("Account manager for Name"), checked 2026-11' },
  selected: { selectors: ['[role="option"][aria-selected="true"][data-convid]', '[data-convid][aria-selected="true"]'], source: `${OWA} (message list rows carry data-convid)` },
  editor: {
    selectors: ['div[aria-label="Message body"][contenteditable="true"]', 'div[aria-label^="Message body"][contenteditable="true"]', '[id^="editorParent_"] [contenteditable="true"]', 'div[role="textbox"][aria-multiline="true"][contenteditable="true"]'],
    source: `${OWA} (compose body div[aria-label="Message body"][contenteditable]; aria labels are localised, so the id/role fallbacks matter)`,
  },
} satisfies Record<string, SelectorSpec>;

const HOSTS = new Set(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']);
const EMAIL = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[a-z]{2,}/i;

/** /mail/inbox/id/<conversation id>, /mail/0/inbox/id/…, /mail/deeplink/read/<item id>. */
function ticketId(doc: Document, url: URL): string | undefined {
  const match = /\/mail\/(?:.*\/)?(?:id|read)\/([^/?#]+)/.exec(url.pathname)?.[1];
  if (match) {
    try {
      return decodeURIComponent(match);
    } catch {
      return match; // a malformed escape: the raw id is still stable per conversation
    }
  }
  return first(doc, SELECTORS.selected)?.getAttribute('data-convid') ?? undefined;
}

function senderOf(item: Element): { name: string; email: string } {
  const from = first(item, SELECTORS.sender);
  const label = (from?.getAttribute('aria-label') || textOf(from)).replace(/^\s*(?:From|差出人|De|Von)\s*[:：]\s*/i, '');
  const email = EMAIL.exec(label)?.[0]?.toLowerCase() ?? '';
  return { name: label.replace(/<[^>]*>/g, '').replace(EMAIL, '').trim(), email };
}

function account(doc: Document): { name: string; email: string } {
  const button = first(doc, SELECTORS.accountButton)?.getAttribute('aria-label') ?? '';
  const name = textOf(first(doc, SELECTORS.accountName)) || button.replace(/^Account manager for\s*/i, '').trim() || (/^[^-]+ - (.+) - Outlook$/.exec(doc.title)?.[1] ?? '');
  return { name, email: (first(doc, SELECTORS.accountEmail)?.textContent ?? '').trim().toLowerCase() };
}

/** Body text without quoted history: cut at the reply header (it and all its later siblings), drop quote blocks. */
function bodyText(body: Element): string {
  const copy = body.cloneNode(true) as Element;
  const cut = first(copy, SELECTORS.cut);
  for (let node: ChildNode | null = cut; node; ) {
    const next: ChildNode | null = node.nextSibling;
    node.remove();
    node = next;
  }
  for (const part of copy.querySelectorAll(SELECTORS.drop.selectors.join(','))) part.remove();
  return emailBody(textOf(copy));
}

export const outlook = defineAdapter({
  id: 'outlook',
  name: 'Outlook on the web',
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*', 'https://outlook.cloud.microsoft/*'],
  detect: (doc, url) => HOSTS.has(url.hostname) && url.pathname.startsWith('/mail') && !!doc.body?.firstElementChild,
  ticketId,
  threadRoot: (doc) => first(doc, SELECTORS.thread),
  findEditor: (doc) => first(doc, SELECTORS.editor) as HTMLElement | null,
  read(doc, url) {
    const thread = first(doc, SELECTORS.thread);
    if (!thread) return ticketId(doc, url) ? { ok: false, reason: 'selector-missing', missing: 'thread' } : { ok: false, reason: 'not-a-conversation' };
    const me = account(doc);
    const messages: ConversationMessage[] = [];
    for (const item of recent(all(thread, SELECTORS.item))) {
      const body = first(item, SELECTORS.body);
      if (!body || body.closest('[contenteditable="true"]')) continue; // collapsed card or the agent's own draft
      const text = bodyText(body);
      if (!text) continue;
      const { name, email } = senderOf(item);
      // Work accounts show a bare name for colleagues in the same organisation: teammates, not customers.
      const mine = (!!email && email === me.email) || (!!name && name === me.name) || (!email && !!name && !url.hostname.endsWith('live.com'));
      const role: ConversationMessage['role'] = !name && !email ? 'system' : mine ? 'agent' : 'customer'; // no sender: never guess
      const timeEl = first(item, SELECTORS.time);
      const time = timeEl?.getAttribute('title') || textOf(timeEl);
      messages.push({ role, text, ...(name && { author: name }), ...(time && { time }) });
    }
    if (messages.length === 0) return { ok: false, reason: 'selector-missing', missing: 'item' };
    if (messages.every((message) => message.role === 'system')) return { ok: false, reason: 'selector-missing', missing: 'sender' };
    const subjectEl = first(thread, SELECTORS.subject) ?? first(doc, SELECTORS.subject);
    const subject = (subjectEl?.getAttribute('title') || textOf(subjectEl)).trim();
    const customerName = messages.find((message) => message.role === 'customer')?.author;
    return conversation({
      site: 'outlook',
      channel: 'email',
      ticketId: ticketId(doc, url),
      ...(subject && { subject }),
      ...(customerName && { customerName }),
      messages,
    });
  },
});
