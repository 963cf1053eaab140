import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import type { Conversation } from '../../utils/conversation/model';
import { prefillOrderFacts, type OrderFactsPrefill } from '../../utils/policy/prefill';
import { applyPrefill, editField, EMPTY_TICKET, type DraftField, type FactsDraft, type TicketDraft } from './draft';

/**
 * One facts draft per ticket, kept while the panel is open, so an agent switching between chats finds
 * each form as they left it. Prefill only fills empty fields the agent has not touched.
 */
const MAX_TICKETS = 20;

interface DraftStore {
  tickets: Map<string, TicketDraft>;
  put(key: string, ticket: TicketDraft): void;
}

export const useDraftStore = create<DraftStore>((set) => ({
  tickets: new Map(),
  put: (key, ticket) =>
    set(({ tickets }) => {
      const next = new Map(tickets);
      next.delete(key); // re-insert so the map's order is least recently used first
      next.set(key, ticket);
      while (next.size > MAX_TICKETS) next.delete(next.keys().next().value!);
      return { tickets: next };
    }),
}));

/** Test helper: forget every draft. */
export function resetDraftStore(): void {
  useDraftStore.setState({ tickets: new Map() });
}

/** The ticket id where the site has one; otherwise the thread's opening words, which new messages don't change. */
export function ticketKey(conversation: Conversation | undefined): string {
  if (!conversation) return '(none)';
  if (conversation.ticketId) return `${conversation.site}#${conversation.ticketId}`;
  return `${conversation.site}|${conversation.subject ?? ''}|${conversation.messages[0]?.text.slice(0, 80) ?? ''}`;
}

const NO_PREFILL: OrderFactsPrefill = { facts: {}, evidence: {} };

export function useFactsDraft(conversation: Conversation | undefined, language: 'en' | 'ja', currency: string, now?: Date) {
  const key = ticketKey(conversation);
  const stored = useDraftStore((s) => s.tickets.get(key)) ?? EMPTY_TICKET;
  const put = useDraftStore((s) => s.put);
  const prefill = useMemo(() => {
    if (!conversation) return NO_PREFILL;
    const found = prefillOrderFacts(conversation.messages, language, now);
    // A price is read in the conversation language's currency; drop it if the policy counts in another.
    if (found.facts.price !== undefined && currency !== (language === 'ja' ? 'JPY' : 'USD')) {
      const { price: _p, ...facts } = found.facts;
      const { price: _e, ...evidence } = found.evidence;
      return { facts, evidence };
    }
    return found;
  }, [conversation, language, currency, now]);
  // Applied during render so prefilled values show in the first paint, then kept so later messages can't replace them.
  const ticket = useMemo(() => applyPrefill(stored, prefill), [stored, prefill]);
  useEffect(() => {
    if (ticket !== stored) put(key, ticket);
  }, [key, ticket, stored, put]);

  const setField = <F extends DraftField>(field: F, value: FactsDraft[F]) => put(key, editField(ticket, field, value));
  return { ticket, setField };
}
