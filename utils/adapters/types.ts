import type { Channel, Conversation, ConversationMessage } from '../conversation/model';

/**
 * A CSS selector list with its paper trail: tried in order, first match wins. `source` says where the
 * structure comes from (a public template, a published extension, a date it was checked).
 */
export interface SelectorSpec {
  selectors: readonly string[];
  source: string;
}

export type ReadResult =
  | { ok: true; conversation: Conversation }
  /** `missing` names the selector that found nothing, for the panel and for a censored error report. */
  | { ok: false; reason: 'not-a-conversation' | 'selector-missing'; missing?: string };

/**
 * One helpdesk. Pure functions of the document and URL: no listeners, no timers (the content script
 * owns those), never throws into the page (the registry wraps every call).
 */
export interface SiteAdapter {
  id: string;
  name: string;
  /** Match patterns for the manifest (host permissions and content-script matches). */
  matches: readonly string[];
  /** Cheap check that this page is this helpdesk's agent UI. */
  detect(doc: Document, url: URL): boolean;
  /** The open ticket or thread; changes when the agent navigates to another one. */
  ticketId(doc: Document, url: URL): string | undefined;
  /** The conversation open on the page, messages oldest first. */
  read(doc: Document, url: URL): ReadResult;
  /** The reply editor the agent types in, if one is open. */
  findEditor(doc: Document): HTMLElement | null;
  /** The element whose subtree changes when messages arrive; the content script observes it. */
  threadRoot(doc: Document): Element | null;
}

export type { Channel, Conversation, ConversationMessage };
