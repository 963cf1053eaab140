import { conversation, defineAdapter } from '../define';
import { all, first, textOf, recent } from '../dom';
import type { ConversationMessage, SelectorSpec } from '../types';
import { emailBody } from '../../conversation/email';

// Intercom Inbox (Ember app, "inbox-2"; renamed from "inbox2" in 2026-04). Structure checked 2026-11 against public
// extensions that read it: a "Support Copilot for Intercom" content script and its changelog (stream test id, part groups
// with data-part-group-category, interblocks-html bodies, email-part classes, ProseMirror reply composer), an Intercom
// agent-automation Selenium script (category 4 = note), and userscripts using .embercom-prosemirror-composer-editor.
const INBOX = 'Intercom Inbox: Support Copilot for Intercom content script + changelog (2026-04 rename), checked 2026-11';
const SELECTORS = {
  thread: {
    selectors: ['[data-testid="conversation-stream-scroll-container"]', '[data-conversation-stream]', '.inbox-2__conversation-stream', '.inbox2__conversation-stream'],
    source: INBOX,
  },
  /** One group of consecutive parts by one author; data-part-group-category says who. */
  group: { selectors: ['[data-part-group-id]', '.inbox-2__conversation-part', '.inbox2__conversation-part'], source: INBOX },
  body: {
    selectors: ['.inbox-2__user-email-content', '.inbox2__user-email-content', '.interblocks-html', '.inbox-2__break-words', '.inbox2__break-words'],
    source: INBOX,
  },
  emailPart: { selectors: ['.inbox-2__user-email-part', '.inbox2__user-email-part', '.channels__inbox__email-metadata-container'], source: INBOX },
  time: { selectors: ['time[datetime]'], source: 'not confirmed for Intercom: generic <time datetime>, checked 2026-11' },
  title: { selectors: ['[data-inbox-conversation-header-title]', '.inbox-2__conversation-title', '.inbox2__conversation-title'], source: INBOX },
  editor: {
    selectors: [
      '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]',
      '.ProseMirror.embercom-prosemirror-composer-editor',
      '.embercom-prosemirror-composer-editor',
      '.ProseMirror[contenteditable="true"]',
    ],
    source: `${INBOX}; Intercom saved-reply userscripts (.embercom-prosemirror-composer-editor)`,
  },
  /** Removed before reading email bodies: quoted history. */
  drop: { selectors: ['blockquote', '.gmail_quote', '.intercom-quoted-reply'], source: 'common email quoting markup, checked 2026-11' },
} satisfies Record<string, SelectorSpec>;

// data-part-group-category values seen in the wild: 1 customer, 3 teammate, 4 note, 5 bot (Fin), 20 automated/event.
const ROLE_BY_CATEGORY: Record<string, ConversationMessage['role']> = { '1': 'customer', '3': 'agent', '4': 'note', '5': 'system', '20': 'system' };

/** Light DOM first; open shadow roots only when the light DOM has nothing (a full deep walk is costly). */
function find(root: ParentNode, spec: SelectorSpec): Element | null {
  return first(root, spec) ?? first(root, spec, true);
}

function ticketId(_doc: Document, url: URL): string | undefined {
  return /\/conversations?\/(\d+)/.exec(url.pathname)?.[1];
}

function cleanText(element: Element, extra: string[] = []): string {
  const copy = element.cloneNode(true) as Element;
  for (const part of copy.querySelectorAll([...SELECTORS.drop.selectors, ...extra].join(','))) part.remove();
  return textOf(copy);
}

export const intercom = defineAdapter({
  id: 'intercom',
  name: 'Intercom',
  matches: ['https://app.intercom.com/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*'],
  detect: (_doc, url) => /^app\.(?:(?:eu|au)\.)?intercom\.com$/.test(url.hostname) && url.pathname.startsWith('/a/'),
  ticketId,
  threadRoot: (doc) => find(doc, SELECTORS.thread),
  findEditor: (doc) => find(doc, SELECTORS.editor) as HTMLElement | null,
  read(doc, url) {
    const thread = find(doc, SELECTORS.thread);
    if (!thread) return { ok: false, reason: 'selector-missing', missing: 'thread' };
    const email = !!first(thread, SELECTORS.emailPart);
    const messages: ConversationMessage[] = [];
    for (const group of recent(all(thread, SELECTORS.group))) {
      // Unknown categories (new Intercom part kinds) count as system lines, never as the customer.
      const role = ROLE_BY_CATEGORY[group.getAttribute('data-part-group-category') ?? ''] ?? 'system';
      const bodies = all(group, SELECTORS.body);
      for (const body of bodies.length > 0 ? bodies : [group]) {
        const raw = body === group ? cleanText(body, ['time', 'button', 'img']) : cleanText(body);
        const text = email ? emailBody(raw) : raw;
        const timeEl = body.closest('[data-part-id]')?.querySelector('time[datetime]') ?? first(group, SELECTORS.time);
        const time = timeEl?.getAttribute('datetime') ?? undefined;
        if (text) messages.push({ role, text, ...(time && { time }) });
      }
    }
    const customerName = textOf(find(doc, SELECTORS.title)) || undefined;
    return conversation({ site: 'intercom', channel: email ? 'email' : 'chat', ticketId: ticketId(doc, url), ...(customerName && { customerName }), messages });
  },
});
