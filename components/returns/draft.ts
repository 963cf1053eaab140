import type { ItemCategory, ItemCondition, ReturnOptionId, Role } from '../../utils/pack/schema';
import type { OrderFactsInput } from '../../utils/policy';
import { PREFILL_FIELDS, type Evidence, type OrderFactsPrefill, type PrefillField } from '../../utils/policy/prefill';

/**
 * The facts form as the agent sees it: strings for the number inputs ('' is empty), '' for an unchosen
 * select. Pure helpers; the hook in useFactsDraft.ts keeps one of these per ticket.
 */
export interface FactsDraft {
  daysSinceDelivery: string;
  condition: ItemCondition | '';
  category: ItemCategory | '';
  price: string;
  finalSale: boolean;
  gift: boolean;
  request: ReturnOptionId | '';
  role: Role;
  goodwillAmount: string;
}
export type DraftField = keyof FactsDraft;

export interface TicketDraft {
  draft: FactsDraft;
  /** Fields the agent has changed: never filled from the conversation again for this ticket. */
  touched: DraftField[];
  /** Where each prefilled value came from; dropped when the agent edits the field. */
  evidence: Partial<Record<PrefillField, Evidence>>;
}

export const EMPTY_DRAFT: FactsDraft = {
  daysSinceDelivery: '',
  condition: '',
  category: '',
  price: '',
  finalSale: false,
  gift: false,
  request: '',
  role: 'agent',
  goodwillAmount: '',
};
export const EMPTY_TICKET: TicketDraft = { draft: EMPTY_DRAFT, touched: [], evidence: {} };

function isEmpty(draft: FactsDraft, field: PrefillField): boolean {
  const value = draft[field];
  return value === '' || value === false;
}

/** Fills only fields that are still empty and untouched; returns the same object when nothing changes. */
export function applyPrefill(state: TicketDraft, prefill: OrderFactsPrefill): TicketDraft {
  let next = state;
  for (const field of PREFILL_FIELDS) {
    const value = prefill.facts[field];
    const evidence = prefill.evidence[field];
    if (value === undefined || !evidence || state.touched.includes(field) || !isEmpty(next.draft, field)) continue;
    const draftValue = typeof value === 'number' ? String(value) : value;
    next = { ...next, draft: { ...next.draft, [field]: draftValue }, evidence: { ...next.evidence, [field]: evidence } };
  }
  return next;
}

export function editField<F extends DraftField>(state: TicketDraft, field: F, value: FactsDraft[F]): TicketDraft {
  const { [field as PrefillField]: _dropped, ...evidence } = state.evidence;
  return {
    draft: { ...state.draft, [field]: value },
    touched: state.touched.includes(field) ? state.touched : [...state.touched, field],
    evidence,
  };
}

export const REQUIRED: readonly DraftField[] = ['daysSinceDelivery', 'condition', 'category', 'price'];

export type DraftFacts = { ok: true; facts: OrderFactsInput } | { ok: false; missing: DraftField[] };

/** The engine's input, or which required fields are still empty. Range checks are left to the engine. */
export function draftToFacts(draft: FactsDraft): DraftFacts {
  const missing = REQUIRED.filter((field) => draft[field] === '');
  if (missing.length > 0 || draft.condition === '' || draft.category === '') return { ok: false, missing };
  const facts: OrderFactsInput = {
    daysSinceDelivery: Number(draft.daysSinceDelivery),
    condition: draft.condition,
    category: draft.category,
    price: Number(draft.price),
    finalSale: draft.finalSale,
    gift: draft.gift,
    role: draft.role,
    goodwillAmount: draft.goodwillAmount === '' ? 0 : Number(draft.goodwillAmount),
  };
  if (draft.request !== '') facts.request = draft.request;
  return { ok: true, facts };
}
