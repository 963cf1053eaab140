import { describe, expect, it } from 'vitest';
import { returnPolicySchema, type ReturnPolicy } from '../../utils/pack/schema';
import {
  evaluateReturnOptions,
  OrderFactsError,
  parseOrderFacts,
  safeEvaluateReturnOptions,
  type OrderFactsInput,
} from '../../utils/policy';
import { option, statusLine } from './helpers';
import { loadEnPolicy, loadJaPolicy } from './policies';

/** A tiny policy that exercises the rule machinery, independent of the bundled policies. */
const tiny: ReturnPolicy = returnPolicySchema.parse({
  id: 'tiny',
  name: 'Tiny test policy',
  currency: 'USD',
  rules: [
    { id: 'never-matches', clause: '§0 Never', when: { category: ['food'] }, set: { refund: 'not-allowed' } },
    { id: 'first', clause: '§1 First', when: { maxDays: 10 }, set: { refund: 'allowed' } },
    { id: 'second', clause: '§2 Second', when: {}, set: { refund: 'not-allowed', exchange: 'needs-approval' }, approver: 'manager' },
    { id: 'cheap', clause: '§3 Cheap', when: { minPrice: 5, maxPrice: 10, finalSale: false }, set: { 'store-credit': 'allowed' } },
  ],
  fees: [
    { id: 'flat', clause: '§4 Flat fee', label: 'Flat', options: ['refund'], when: {}, amount: 1.005 },
    { id: 'pct', clause: '§5 Percent fee', label: 'Percent', options: ['refund', 'exchange'], when: {}, percentOfPrice: 10 },
    { id: 'note-only', clause: '§6 Note fee', label: 'Shipping', options: ['exchange'], when: {}, note: 'Customer pays actual cost.' },
  ],
});
const facts: OrderFactsInput = { daysSinceDelivery: 3, condition: 'opened', category: 'home', price: 8 };

describe('rule machinery', () => {
  it('lets the first matching rule that mentions an option decide it', () => {
    const decision = evaluateReturnOptions(tiny, facts);
    expect(option(decision, 'refund')).toMatchObject({ status: 'allowed', ruleIds: ['first', 'flat', 'pct'] });
    expect(option(decision, 'refund').reasons[0]).toBe('§1 First: allowed (delivered 3 days ago, within the 10-day window).');
    // The same later rule decides an option the first one does not mention.
    expect(option(decision, 'exchange')).toMatchObject({ status: 'needs-approval', approver: 'manager' });
  });

  it('falls through to the next rule when an earlier one stops matching', () => {
    const decision = evaluateReturnOptions(tiny, { ...facts, daysSinceDelivery: 11 });
    expect(option(decision, 'refund')).toMatchObject({ status: 'not-allowed', fees: [], ruleIds: ['second'] });
  });

  it('makes an option no rule mentions not-allowed and says so', () => {
    const replacement = option(evaluateReturnOptions(tiny, facts), 'replacement');
    expect(replacement).toEqual({
      id: 'replacement',
      status: 'not-allowed',
      reasons: ['not offered: no clause of this policy covers a replacement for change of mind (opened).'],
      fees: [],
      ruleIds: [],
    });
    // No goodwill section and no rule: goodwill is not offered either.
    expect(option(evaluateReturnOptions(tiny, facts), 'goodwill-credit').status).toBe('not-allowed');
  });

  it('treats price and day bounds as inclusive', () => {
    const at = (price: number) => option(evaluateReturnOptions(tiny, { ...facts, price }), 'store-credit').status;
    expect([at(4.99), at(5), at(10), at(10.01)]).toEqual(['not-allowed', 'allowed', 'allowed', 'not-allowed']);
    expect(option(evaluateReturnOptions(tiny, { ...facts, finalSale: true }), 'store-credit').status).toBe('not-allowed');
    expect(option(evaluateReturnOptions(tiny, { ...facts, daysSinceDelivery: 10.99 }), 'refund').status).toBe('allowed');
  });

  it('computes, rounds and describes fees', () => {
    const decision = evaluateReturnOptions(tiny, { ...facts, price: 0.05 });
    expect(option(decision, 'refund').fees).toEqual([
      { label: 'Flat', amount: 1.01 },
      { label: 'Percent', amount: 0.01 },
    ]);
    expect(option(decision, 'exchange').fees).toEqual([
      { label: 'Percent', amount: 0.01 },
      { label: 'Shipping', amount: null, note: 'Customer pays actual cost.' },
    ]);
    expect(option(decision, 'exchange').reasons.slice(1)).toEqual([
      '§5 Percent fee: fee: Percent $0.01 (10% of $0.05), charged if approved.',
      '§6 Note fee: fee: Shipping, charged if approved. Customer pays actual cost.',
    ]);
    // Not-allowed options carry no fees even where a fee names them.
    expect(option(evaluateReturnOptions(tiny, { ...facts, daysSinceDelivery: 20 }), 'refund').fees).toEqual([]);
  });

  it('rounds to the currency minor unit (whole yen)', () => {
    const yen = { ...tiny, currency: 'JPY' };
    expect(option(evaluateReturnOptions(yen, { ...facts, price: 1235 }), 'refund').fees).toEqual([
      { label: 'Flat', amount: 1 },
      { label: 'Percent', amount: 124 },
    ]);
  });

  it('keeps the policy status for every role and tells an approver they can approve it themselves', () => {
    const exchange = (role: 'agent' | 'lead' | 'manager') => option(evaluateReturnOptions(tiny, { ...facts, role }), 'exchange');
    expect(exchange('lead')).toMatchObject({ status: 'needs-approval', approver: 'manager' });
    expect(exchange('lead').youCanApprove).toBeUndefined();
    expect(exchange('manager')).toMatchObject({ status: 'needs-approval', approver: 'manager', youCanApprove: true });
    expect(exchange('manager').reasons[0]).toBe('§2 Second: needs manager approval, which you can give yourself as a manager.');
  });

  it('lets a rule forbid goodwill credit before the limits are consulted', () => {
    const policy = returnPolicySchema.parse({
      ...tiny,
      rules: [{ id: 'no-goodwill', clause: '§9 No goodwill on food', when: { category: ['food'] }, set: { 'goodwill-credit': 'not-allowed' } }, ...tiny.rules],
      goodwill: { clause: '§8 Goodwill', limits: { agent: 10 } },
    });
    expect(option(evaluateReturnOptions(policy, { ...facts, category: 'food' }), 'goodwill-credit')).toMatchObject({
      status: 'not-allowed',
      ruleIds: ['no-goodwill'],
    });
    expect(option(evaluateReturnOptions(policy, facts), 'goodwill-credit').status).toBe('allowed');
  });

  it('sends a zero-allowance role to the first role with an allowance', () => {
    const policy = { ...tiny, goodwill: { clause: '§8 Goodwill', limits: { lead: 50 } } };
    const goodwill = option(evaluateReturnOptions(policy, facts), 'goodwill-credit');
    expect(goodwill).toMatchObject({ status: 'needs-approval', approver: 'lead' });
    expect(goodwill.reasons[0]).toBe('§8 Goodwill: this policy gives an agent no goodwill allowance; needs lead approval (lead limit $50.00).');
  });
});

describe('order facts', () => {
  it('fills the optional fields with their defaults', () => {
    expect(parseOrderFacts(facts)).toEqual({
      ok: true,
      facts: { ...facts, finalSale: false, gift: false, role: 'agent', goodwillAmount: 0 },
    });
  });

  it.each([
    { name: 'negative days', input: { ...facts, daysSinceDelivery: -1 }, path: 'daysSinceDelivery', message: /0 or more/ },
    { name: 'unknown condition', input: { ...facts, condition: 'broken' }, path: 'condition', message: /expected one of/ },
    { name: 'missing price', input: { daysSinceDelivery: 1, condition: 'opened', category: 'home' }, path: 'price', message: /number/ },
    { name: 'price as text', input: { ...facts, price: '19.99' }, path: 'price', message: /expected number/ },
    { name: 'NaN goodwill', input: { ...facts, goodwillAmount: Number.NaN }, path: 'goodwillAmount', message: /number/ },
    { name: 'unknown request', input: { ...facts, request: 'cash' }, path: 'request', message: /expected one of/ },
    { name: 'unknown field', input: { ...facts, colour: 'red' }, path: 'colour', message: /unknown field/ },
    { name: 'not an object', input: null, path: '(root)', message: /expected object/ },
  ])('rejects $name with a path', ({ input, path, message }) => {
    const result = safeEvaluateReturnOptions(tiny, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.path).toBe(path);
    expect(result.problems[0]?.message).toMatch(message);
  });

  it('returns the decision as a value when the facts are good', () => {
    expect(safeEvaluateReturnOptions(tiny, facts)).toEqual({ ok: true, value: evaluateReturnOptions(tiny, facts) });
  });

  it('throws one readable OrderFactsError from evaluateReturnOptions', () => {
    const bad = { ...facts, daysSinceDelivery: -2, category: 'toys' } as unknown as OrderFactsInput;
    expect(() => evaluateReturnOptions(tiny, bad)).toThrow(OrderFactsError);
    expect(() => evaluateReturnOptions(tiny, bad)).toThrow(/^Invalid order facts: daysSinceDelivery: must be 0 or more.*; category: /);
  });
});

describe('determinism', () => {
  const cases: OrderFactsInput[] = [
    { daysSinceDelivery: 45, condition: 'opened', category: 'electronics', price: 89.99, request: 'refund', goodwillAmount: 30 },
    { daysSinceDelivery: 12, condition: 'damaged', category: 'beauty', price: 15, gift: true, finalSale: true, role: 'lead' },
  ];

  it.each([
    ['en', loadEnPolicy()],
    ['ja', loadJaPolicy()],
  ] as const)('gives the same output for the same input (%s), without touching it', (_name, policy) => {
    const frozen = deepFreeze(structuredClone(policy));
    for (const input of cases) {
      const frozenFacts = deepFreeze({ ...input });
      const first = evaluateReturnOptions(frozen, frozenFacts);
      const second = evaluateReturnOptions(structuredClone(policy), { ...input });
      expect(JSON.stringify(second)).toBe(JSON.stringify(first));
      expect(statusLine(first)).toMatch(/^([A?N] ){5}[A?N]$/);
    }
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
