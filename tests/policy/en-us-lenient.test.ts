import { describe, expect, it } from 'vitest';
import { RETURN_OPTIONS, type ReturnOptionId } from '../../utils/pack/schema';
import { evaluateReturnOptions, type OrderFactsInput } from '../../utils/policy';
import { option, statusLine } from './helpers';
import { loadEnPolicy } from './policies';

/*
 * "Standard US retail (lenient)". Where the policy text is silent we decided:
 * - change-of-mind `replacement` and `keep-it-refund` are not allowed (seller-fault remedies only, cited as §4);
 * - seller-fault `keep-it-refund` above $20 is not allowed (§4.1); at $20 or less but reported late it needs
 *   approval like the other seller-fault remedies (§4.2);
 * - refund fees still show on a refund that needs approval (days 31+): that is what the customer pays if approved;
 * - the gift rule names `refund` only, so a gift's seller-fault keep-it-refund follows §4.1;
 * - the 15% restocking fee covers `opened` electronics only, as the policy names that condition;
 * - seller fault reported late keeps the prepaid label and no fees if approved;
 * - the status is the policy's word for every role; a role at or above the approver's level sees youCanApprove.
 */
const policy = loadEnPolicy();
const base: OrderFactsInput = { daysSinceDelivery: 10, condition: 'unopened', category: 'apparel', price: 50 };

interface Row {
  name: string;
  facts: Partial<OrderFactsInput>;
  /** refund exchange store-credit replacement keep-it-refund goodwill-credit — A allowed, ? needs approval, N not allowed. */
  expect: string;
  cite?: Partial<Record<ReturnOptionId, string>>;
  fees?: Partial<Record<ReturnOptionId, number[]>>;
  approver?: Partial<Record<ReturnOptionId, 'lead' | 'manager'>>;
  prepaid?: ReturnOptionId[];
  /** Options the requester may approve themselves (youCanApprove); none otherwise. */
  self?: ReturnOptionId[];
}

const S1 = '§1 Change of mind within 30 days';
const S11 = '§1.1 Change of mind, days 31–60';
const S12 = '§1.2 Change of mind after 60 days';
const S2 = '§2 Hygiene';
const S3 = '§3 Final sale';
const S4 = '§4 Seller fault';
const S41 = '§4.1 Keep-the-item refund ($20 or less)';
const S42 = '§4.2 Seller fault reported late';
const S5 = '§5 Gift orders';
const S6 = '§6 Goodwill credit';
const SHIPPING = 6.95;
const FOUR: ReturnOptionId[] = ['refund', 'exchange', 'store-credit', 'replacement'];

const rows: Row[] = [
  // §1 change-of-mind windows
  { name: 'unopened, delivery day', facts: { daysSinceDelivery: 0 }, expect: 'A A A N N A',
    cite: { refund: S1, exchange: S1, 'store-credit': S1, replacement: S4, 'keep-it-refund': S4, 'goodwill-credit': S6 },
    fees: { refund: [SHIPPING], exchange: [], 'store-credit': [] } },
  { name: 'unopened, day 30 (last day of §1)', facts: { daysSinceDelivery: 30 }, expect: 'A A A N N A', cite: { refund: S1 }, fees: { refund: [SHIPPING] } },
  { name: 'day 30.9 counts as whole day 30', facts: { daysSinceDelivery: 30.9 }, expect: 'A A A N N A', cite: { refund: S1 } },
  { name: 'unopened, day 31 (refund needs approval)', facts: { daysSinceDelivery: 31 }, expect: '? A A N N A',
    cite: { refund: S11, exchange: S11 }, fees: { refund: [SHIPPING] }, approver: { refund: 'lead' } },
  { name: 'opened, day 60', facts: { daysSinceDelivery: 60, condition: 'opened' }, expect: '? A A N N A', cite: { refund: S11 } },
  { name: 'opened, day 61 (all need approval)', facts: { daysSinceDelivery: 61, condition: 'opened' }, expect: '? ? ? N N A',
    cite: { refund: S12, exchange: S12, 'store-credit': S12 }, fees: { refund: [SHIPPING], exchange: [] },
    approver: { refund: 'lead', exchange: 'lead', 'store-credit': 'lead' } },
  { name: 'used apparel within 30 days', facts: { condition: 'used' }, expect: 'A A A N N A', cite: { refund: S1 } },
  // §1.4 restocking fee
  { name: 'opened electronics: 15% restocking on refund only', facts: { condition: 'opened', category: 'electronics', price: 89.99 },
    expect: 'A A A N N A', fees: { refund: [SHIPPING, 13.5], exchange: [], 'store-credit': [] } },
  { name: 'unopened electronics: no restocking fee', facts: { category: 'electronics', price: 89.99 }, expect: 'A A A N N A',
    fees: { refund: [SHIPPING] } },
  { name: 'used electronics: no restocking fee (the policy names opened)', facts: { condition: 'used', category: 'electronics', price: 89.99 },
    expect: 'A A A N N A', fees: { refund: [SHIPPING] } },
  { name: 'opened electronics, day 45: fees shown on the refund awaiting approval',
    facts: { daysSinceDelivery: 45, condition: 'opened', category: 'electronics', price: 89.99 }, expect: '? A A N N A',
    fees: { refund: [SHIPPING, 13.5], exchange: [] } },
  // §2 hygiene
  { name: 'used beauty', facts: { condition: 'used', category: 'beauty' }, expect: 'N N N N N A',
    cite: { refund: S2, exchange: S2, 'store-credit': S2 }, fees: { refund: [] } },
  { name: 'used food', facts: { condition: 'used', category: 'food' }, expect: 'N N N N N A', cite: { refund: S2 } },
  { name: 'opened food', facts: { condition: 'opened', category: 'food' }, expect: 'N N N N N A', cite: { refund: S2 } },
  { name: 'opened beauty is returnable', facts: { condition: 'opened', category: 'beauty' }, expect: 'A A A N N A', cite: { refund: S1 } },
  { name: 'unopened food is returnable', facts: { category: 'food' }, expect: 'A A A N N A', cite: { refund: S1 } },
  { name: 'used beauty, day 70: hygiene beats §1.2', facts: { daysSinceDelivery: 70, condition: 'used', category: 'beauty' },
    expect: 'N N N N N A', cite: { refund: S2 } },
  { name: 'damaged beauty: hygiene is change-of-mind only', facts: { condition: 'damaged', category: 'beauty', price: 30 },
    expect: 'A A A A N A', cite: { refund: S4 } },
  // §3 final sale
  { name: 'final sale, change of mind', facts: { finalSale: true }, expect: 'N N N N N A',
    cite: { refund: S3, exchange: S3, 'store-credit': S3 }, fees: { refund: [] } },
  { name: 'final sale, change of mind, day 90', facts: { finalSale: true, daysSinceDelivery: 90 }, expect: 'N N N N N A', cite: { refund: S3 } },
  { name: 'final sale, damaged: seller-fault remedies apply', facts: { finalSale: true, condition: 'damaged' }, expect: 'A A A A N A',
    cite: { refund: S4, 'keep-it-refund': S41 }, prepaid: FOUR },
  { name: 'final sale, defective $10 on day 200', facts: { finalSale: true, condition: 'defective', price: 10, daysSinceDelivery: 200 },
    expect: 'A A A A A A', cite: { refund: S4, 'keep-it-refund': S41 } },
  // §4 seller fault windows
  { name: 'damaged, day 30: no fees, prepaid label', facts: { condition: 'damaged', daysSinceDelivery: 30, category: 'electronics', price: 89.99 },
    expect: 'A A A A N A', cite: { refund: S4, replacement: S4, 'keep-it-refund': S41 },
    fees: { refund: [], exchange: [], 'store-credit': [], replacement: [] }, prepaid: FOUR },
  { name: 'damaged, day 31: needs approval', facts: { condition: 'damaged', daysSinceDelivery: 31 }, expect: '? ? ? ? N A',
    cite: { refund: S42, replacement: S42 }, fees: { refund: [] },
    approver: { refund: 'lead', exchange: 'lead', 'store-credit': 'lead', replacement: 'lead' }, prepaid: FOUR },
  { name: 'wrong item, day 30, $20', facts: { condition: 'wrong-item', daysSinceDelivery: 30, price: 20 }, expect: 'A A A A A A',
    cite: { 'keep-it-refund': S41 }, fees: { 'keep-it-refund': [] } },
  { name: 'wrong item, day 31, $20', facts: { condition: 'wrong-item', daysSinceDelivery: 31, price: 20 }, expect: '? ? ? ? ? A',
    cite: { refund: S42, 'keep-it-refund': S42 }, approver: { 'keep-it-refund': 'lead' } },
  { name: 'defective, day 365', facts: { condition: 'defective', daysSinceDelivery: 365 }, expect: 'A A A A N A', cite: { refund: S4 }, prepaid: FOUR },
  { name: 'defective, day 366', facts: { condition: 'defective', daysSinceDelivery: 366 }, expect: '? ? ? ? N A', cite: { refund: S42 } },
  { name: 'defective, day 365, $20', facts: { condition: 'defective', daysSinceDelivery: 365, price: 20 }, expect: 'A A A A A A' },
  { name: 'defective, day 366, $20', facts: { condition: 'defective', daysSinceDelivery: 366, price: 20 }, expect: '? ? ? ? ? A' },
  // §4.1 keep-the-item price boundary
  { name: 'damaged $20: keep the item', facts: { condition: 'damaged', price: 20 }, expect: 'A A A A A A', cite: { 'keep-it-refund': S41 } },
  { name: 'damaged $20.01: item comes back', facts: { condition: 'damaged', price: 20.01 }, expect: 'A A A A N A', cite: { 'keep-it-refund': S41 } },
  { name: 'defective $0 (free gift with purchase)', facts: { condition: 'defective', price: 0 }, expect: 'A A A A A A' },
  // §5 gift orders
  { name: 'gift, change of mind', facts: { gift: true }, expect: 'N A A N N A', cite: { refund: S5, exchange: S1, 'store-credit': S1 },
    fees: { refund: [] } },
  { name: 'gift, day 45', facts: { gift: true, daysSinceDelivery: 45 }, expect: 'N A A N N A', cite: { refund: S5, exchange: S11 } },
  { name: 'gift, day 61', facts: { gift: true, daysSinceDelivery: 61 }, expect: 'N ? ? N N A', cite: { refund: S5, 'store-credit': S12 } },
  { name: 'gift, damaged $15: keep-it-refund is not the named refund', facts: { gift: true, condition: 'damaged', price: 15 },
    expect: 'N A A A A A', cite: { refund: S5, exchange: S4, 'keep-it-refund': S41 } },
  { name: 'gift, final sale: gift clause cited first for refund', facts: { gift: true, finalSale: true }, expect: 'N N N N N A',
    cite: { refund: S5, exchange: S3 } },
  { name: 'gift, used food', facts: { gift: true, condition: 'used', category: 'food' }, expect: 'N N N N N A', cite: { refund: S5, exchange: S2 } },
  // §6 goodwill credit
  { name: 'agent asks for nothing: allowed up to the limit', facts: {}, expect: 'A A A N N A', cite: { 'goodwill-credit': S6 } },
  { name: 'agent $25', facts: { goodwillAmount: 25 }, expect: 'A A A N N A' },
  { name: 'agent $25.01 → lead', facts: { goodwillAmount: 25.01 }, expect: 'A A A N N ?', approver: { 'goodwill-credit': 'lead' } },
  { name: 'agent $100 → lead', facts: { goodwillAmount: 100 }, expect: 'A A A N N ?', approver: { 'goodwill-credit': 'lead' } },
  { name: 'agent $100.01 → manager', facts: { goodwillAmount: 100.01 }, expect: 'A A A N N ?', approver: { 'goodwill-credit': 'manager' } },
  { name: 'lead $100', facts: { role: 'lead', goodwillAmount: 100 }, expect: 'A A A N N A' },
  { name: 'lead $100.01 → manager', facts: { role: 'lead', goodwillAmount: 100.01 }, expect: 'A A A N N ?', approver: { 'goodwill-credit': 'manager' } },
  { name: 'manager $500: no manager limit set', facts: { role: 'manager', goodwillAmount: 500 }, expect: 'A A A N N A' },
  { name: 'goodwill on a final-sale change of mind', facts: { finalSale: true, goodwillAmount: 10 }, expect: 'N N N N N A' },
  // approval by role
  { name: 'a lead asking about a day-45 refund still sees needs-approval', facts: { role: 'lead', daysSinceDelivery: 45 }, expect: '? A A N N A',
    cite: { refund: S11 }, fees: { refund: [SHIPPING] }, approver: { refund: 'lead' }, self: ['refund'] },
  { name: 'a manager asking about day-70 returns', facts: { role: 'manager', daysSinceDelivery: 70 }, expect: '? ? ? N N A', cite: { refund: S12 },
    self: ['refund', 'exchange', 'store-credit'] },
];

const decide = (facts: Partial<OrderFactsInput>) => evaluateReturnOptions(policy, { ...base, ...facts });

describe('en-us-lenient policy', () => {
  it.each(rows)('$name', (row) => {
    const decision = decide(row.facts);
    expect(statusLine(decision)).toBe(row.expect);
    expect(decision.options.map((o) => o.id)).toEqual([...RETURN_OPTIONS]);
    for (const o of decision.options) {
      expect(o.reasons.length).toBeGreaterThan(0);
      // Approver only on needs-approval; fees never on a not-allowed option.
      expect(o.approver !== undefined).toBe(o.status === 'needs-approval');
      if (o.status === 'not-allowed') expect(o.fees).toEqual([]);
    }
    for (const [id, clause] of Object.entries(row.cite ?? {})) {
      expect(option(decision, id as ReturnOptionId).reasons[0]).toMatch(new RegExp(`^${escape(clause)}: `));
    }
    for (const [id, amounts] of Object.entries(row.fees ?? {})) {
      expect(option(decision, id as ReturnOptionId).fees.map((f) => f.amount)).toEqual(amounts);
    }
    for (const [id, approver] of Object.entries(row.approver ?? {})) {
      expect(option(decision, id as ReturnOptionId).approver).toBe(approver);
    }
    for (const id of row.prepaid ?? []) expect(option(decision, id).prepaidLabel).toBe(true);
    expect(decision.options.filter((o) => o.youCanApprove).map((o) => o.id)).toEqual(row.self ?? []);
  });

  it('covers every rule and fee of the policy in the table', () => {
    const seen = new Set(rows.flatMap((row) => decide(row.facts).options.flatMap((o) => o.ruleIds)));
    const all = [...policy.rules.map((r) => r.id), ...(policy.fees ?? []).map((f) => f.id)];
    expect(all.filter((id) => !seen.has(id))).toEqual([]);
  });

  it('words the restocking fee with its percentage and the refund awaiting approval', () => {
    const refund = option(decide({ daysSinceDelivery: 45, condition: 'opened', category: 'electronics', price: 89.99 }), 'refund');
    expect(refund.reasons).toEqual([
      '§1.1 Change of mind, days 31–60: needs lead approval (delivered 45 days ago, in the day 31–60 window). Exchange or store credit as usual; a refund needs a lead.',
      '§1.3 Return shipping on refunds: fee: Return shipping $6.95, charged if approved.',
      '§1.4 Restocking fee on opened electronics: fee: Restocking fee $13.50 (15% of $89.99), charged if approved. Refunds only; exchanges and store credit carry no restocking fee.',
    ]);
    expect(refund.ruleIds).toEqual(['change-of-mind-31-60-days', 'return-shipping', 'restocking-opened-electronics']);
    expect(refund.fees[1]).toEqual({ label: 'Restocking fee', amount: 13.5, note: 'Refunds only; exchanges and store credit carry no restocking fee.' });
  });

  it('names the goodwill amount and limits in the reason', () => {
    expect(option(decide({}), 'goodwill-credit').reasons).toEqual([
      '§6 Goodwill credit: allowed up to $25.00 at your discretion (agent limit).',
    ]);
    expect(option(decide({ goodwillAmount: 20 }), 'goodwill-credit').reasons[0]).toBe(
      '§6 Goodwill credit: allowed; $20.00 is within the agent limit of $25.00.',
    );
    expect(option(decide({ goodwillAmount: 30 }), 'goodwill-credit').reasons[0]).toBe(
      '§6 Goodwill credit: $30.00 is above the agent limit of $25.00; needs lead approval (lead limit $100.00).',
    );
    expect(option(decide({ role: 'lead', goodwillAmount: 250 }), 'goodwill-credit').reasons[0]).toBe(
      '§6 Goodwill credit: $250.00 is above the lead limit of $100.00; needs manager approval.',
    );
  });

  it('keeps the prepaid label off options where nothing ships back', () => {
    const decision = decide({ condition: 'damaged', price: 15 });
    expect(option(decision, 'keep-it-refund').prepaidLabel).toBeUndefined();
    expect(option(decision, 'goodwill-credit').prepaidLabel).toBeUndefined();
    expect(option(decide({}), 'refund').prepaidLabel).toBeUndefined();
  });

  it('explains a lead approving their own refund', () => {
    expect(option(decide({ role: 'lead', daysSinceDelivery: 45 }), 'refund').reasons[0]).toMatch(
      /^§1\.1 Change of mind, days 31–60: needs lead approval, which you can give yourself as a lead/,
    );
  });

  it('marks the requested option', () => {
    const decision = decide({ request: 'exchange' });
    expect(decision.options.filter((o) => o.requested).map((o) => o.id)).toEqual(['exchange']);
    expect(option(decision, 'exchange').requested).toBe(true);
    expect(decision.reason).toBe('change-of-mind');
    expect(decide({ condition: 'wrong-item' }).reason).toBe('seller-fault');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
