import { describe, expect, it } from 'vitest';
import { applyPrefill, draftToFacts, editField, EMPTY_DRAFT, EMPTY_TICKET } from '../../components/returns/draft';
import { ticketKey } from '../../components/returns/useFactsDraft';
import type { OrderFactsPrefill } from '../../utils/policy/prefill';

const evidence = (text: string) => ({ text, messageIndex: 0, start: 0, end: text.length });
const prefill: OrderFactsPrefill = {
  facts: { condition: 'damaged', daysSinceDelivery: 21, gift: true },
  evidence: { condition: evidence('broken'), daysSinceDelivery: evidence('3 weeks ago'), gift: evidence('a gift') },
};

describe('facts draft', () => {
  it('fills empty fields from the conversation, with their evidence', () => {
    const next = applyPrefill(EMPTY_TICKET, prefill);
    expect(next.draft).toMatchObject({ condition: 'damaged', daysSinceDelivery: '21', gift: true });
    expect(Object.keys(next.evidence).sort()).toEqual(['condition', 'daysSinceDelivery', 'gift']);
  });

  it('leaves touched and already-filled fields alone, and returns the same object when nothing changes', () => {
    const edited = editField(applyPrefill(EMPTY_TICKET, prefill), 'condition', '');
    expect(edited.evidence.condition).toBeUndefined();
    const again = applyPrefill(edited, { facts: { condition: 'defective', daysSinceDelivery: 3 }, evidence: { condition: evidence('x'), daysSinceDelivery: evidence('y') } });
    expect(again.draft.condition).toBe(''); // the agent cleared it: stays cleared
    expect(again.draft.daysSinceDelivery).toBe('21'); // already filled: only empty fields update
    expect(applyPrefill(again, prefill)).toBe(again);
  });

  it('turns the draft into engine input, or names the missing required fields', () => {
    expect(draftToFacts(EMPTY_DRAFT)).toEqual({ ok: false, missing: ['daysSinceDelivery', 'condition', 'category', 'price'] });
    const full = { ...EMPTY_DRAFT, daysSinceDelivery: '3', condition: 'opened', category: 'home', price: '9.5', request: 'exchange' } as const;
    expect(draftToFacts(full)).toEqual({
      ok: true,
      facts: { daysSinceDelivery: 3, condition: 'opened', category: 'home', price: 9.5, finalSale: false, gift: false, role: 'agent', goodwillAmount: 0, request: 'exchange' },
    });
  });

  it('keys a ticket by its id, or by the thread’s opening words', () => {
    expect(ticketKey(undefined)).toBe('(none)');
    expect(ticketKey({ site: 'gmail', channel: 'email', ticketId: 'abc', orderIds: [], messages: [] })).toBe('gmail#abc');
    const a = ticketKey({ site: 'gmail', channel: 'email', orderIds: [], messages: [{ role: 'customer', text: 'Hello' }] });
    const b = ticketKey({ site: 'gmail', channel: 'email', orderIds: [], messages: [{ role: 'customer', text: 'Hello' }, { role: 'agent', text: 'Hi' }] });
    expect(a).toBe(b);
  });
});
