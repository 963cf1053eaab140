import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Conversation } from './conversation/model';
import type { InsertOutcome } from './insert';

/** What the content script knows about its tab, sent whole every time it changes. */
export type Snapshot =
  | { state: 'reading'; site: SiteRef; conversation: Conversation; url: string; at: number }
  /** A helpdesk page we should read, but the adapter could not: the panel offers selection/paste analysis. */
  | { state: 'cannot-read'; site: SiteRef; missing?: string; url: string; at: number }
  /** A helpdesk host, but not a conversation (inbox list, settings). */
  | { state: 'no-conversation'; url: string; at: number };

export interface SiteRef {
  id: string;
  name: string;
}

/** The one message protocol between the content script, the background and the panel. */
export interface AttuneProtocol {
  /** content → panel (runtime broadcast): the conversation changed. */
  'snapshot:changed'(snapshot: Snapshot): void;
  /** panel → content script of one tab: the current snapshot. */
  'snapshot:get'(): Snapshot;
  /** panel → content script: put text at the caret of the reply editor. */
  'reply:insert'(request: { text: string }): InsertOutcome;
  /** panel → content script: the text the agent selected on the page (generic fallback). */
  'selection:get'(): string;
  'panel:focus-faq'(): void; // background → panel: the "focus FAQ search" command
  'panel:insert-top'(): void; // background → panel: the "insert top suggestion" command
  /** content → background, e2e builds only: open an extension page in a tab (Firefox BiDi cannot navigate there). */
  'e2e:open'(request: { path: string }): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<AttuneProtocol>();
