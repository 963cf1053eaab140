/**
 * One model of a helpdesk conversation for every site. Adapters produce it; the panel analyses it.
 * Internal notes and system lines are kept (the agent sees them) but never count as customer words.
 */
export type Channel = 'chat' | 'email';
export type AuthorRole = 'customer' | 'agent' | 'note' | 'system';

export interface ConversationMessage {
  role: AuthorRole;
  /** Plain text as the customer wrote it; for email, quoted history and signatures are already removed. */
  text: string;
  author?: string;
  /** As the page shows it: an ISO timestamp where the page has one, otherwise the visible label. */
  time?: string;
}

export interface Conversation {
  /** Adapter id, e.g. "zendesk". */
  site: string;
  channel: Channel;
  /** Stable per ticket/thread on this site, so the panel can tell a new ticket from an update. */
  ticketId?: string;
  subject?: string;
  customerName?: string;
  /** Order numbers seen anywhere in the customer's messages or the subject. */
  orderIds: string[];
  messages: ConversationMessage[];
}
