import { describe, expect, it } from 'vitest';
import type { ReturnOptionId } from '../../utils/pack/schema';
import { evaluateReturnOptions, type OrderFactsInput } from '../../utils/policy';
import { option, statusLine } from './helpers';
import { loadJaPolicy } from './policies';

/*
 * 国内通販 標準返品ポリシー. Decisions where the brief was silent: unopened change of mind after day 8 is not
 * allowed (第1条); 保証 "repair or exchange" maps to replacement and exchange (the schema has no repair option);
 * store credit and keep-the-item refunds are offered in no clause for seller fault, so the engine says so.
 */
const policy = loadJaPolicy();
const base: OrderFactsInput = { daysSinceDelivery: 3, condition: 'unopened', category: 'home', price: 3980 };
const decide = (facts: Partial<OrderFactsInput>) => evaluateReturnOptions(policy, { ...base, ...facts });

const C1 = '第1条 お客様都合の返品（未開封・商品到着後8日以内）';
const C2 = '第2条 開封済み・使用済みの商品';
const C3 = '第3条 セール品';
const C4 = '第4条 不良品・破損・誤配送（商品到着後30日以内）';
const C5 = '第5条 製品保証（商品到着後1年以内）';
const C6 = '第6条 期間経過後のお申し出';
const C7 = '第7条 ギフトのご注文';
const C8 = '第8条 お詫びポイント・クーポン';

const rows: { name: string; facts: Partial<OrderFactsInput>; expect: string; cite: Partial<Record<ReturnOptionId, string>> }[] = [
  { name: 'unopened, day 8', facts: { daysSinceDelivery: 8 }, expect: 'A A A N N A', cite: { refund: C1, exchange: C1, 'goodwill-credit': C8 } },
  { name: 'unopened, day 9', facts: { daysSinceDelivery: 9 }, expect: 'N N N N N A', cite: { refund: C1 } },
  { name: 'opened, day 1', facts: { daysSinceDelivery: 1, condition: 'opened' }, expect: 'N N N N N A', cite: { refund: C2 } },
  { name: 'used, day 1', facts: { daysSinceDelivery: 1, condition: 'used' }, expect: 'N N N N N A', cite: { 'store-credit': C2 } },
  { name: 'sale item, unopened', facts: { finalSale: true }, expect: 'N N N N N A', cite: { refund: C3 } },
  { name: 'damaged, day 30', facts: { condition: 'damaged', daysSinceDelivery: 30 }, expect: 'A A N A N A', cite: { refund: C4, replacement: C4 } },
  { name: 'damaged sale item, day 5', facts: { condition: 'damaged', finalSale: true }, expect: 'A A N A N A', cite: { refund: C4 } },
  { name: 'damaged, day 31', facts: { condition: 'damaged', daysSinceDelivery: 31 }, expect: '? ? N ? N A', cite: { refund: C6 } },
  { name: 'defective, day 31 (warranty)', facts: { condition: 'defective', daysSinceDelivery: 31 }, expect: '? A N A N A',
    cite: { refund: C5, replacement: C5, exchange: C5 } },
  { name: 'defective, day 365', facts: { condition: 'defective', daysSinceDelivery: 365 }, expect: '? A N A N A', cite: { refund: C5 } },
  { name: 'defective, day 366', facts: { condition: 'defective', daysSinceDelivery: 366 }, expect: '? ? N ? N A', cite: { replacement: C6 } },
  { name: 'gift, unopened', facts: { gift: true }, expect: 'N A A N N A', cite: { refund: C7, exchange: C1 } },
  { name: 'gift, wrong item', facts: { gift: true, condition: 'wrong-item' }, expect: 'N A N A N A', cite: { refund: C7, exchange: C4 } },
];

describe('ja-standard policy', () => {
  it.each(rows)('$name', (row) => {
    const decision = decide(row.facts);
    expect(statusLine(decision)).toBe(row.expect);
    for (const [id, clause] of Object.entries(row.cite)) {
      expect(option(decision, id as ReturnOptionId).reasons[0]?.startsWith(`${clause}：`)).toBe(true);
    }
  });

  it('reports the customer-paid return shipping as a note with no fixed amount', () => {
    const decision = decide({});
    const fee = { label: '返送料（お客様負担）', amount: null, note: '返送料は実費をお客様にご負担いただきます。' };
    for (const id of ['refund', 'exchange', 'store-credit'] as const) expect(option(decision, id).fees).toEqual([fee]);
    expect(decision.currency).toBe('JPY');
    expect(option(decision, 'refund').reasons).toEqual([
      `${C1}：可。商品到着後3日（本条は8日以内が対象）。未開封の商品に限り、商品到着後8日以内のお申し出で返品を承ります。`,
      `${C1}：返送料（お客様負担）。返送料は実費をお客様にご負担いただきます。`,
    ]);
  });

  it('gives seller-fault returns free, with a prepaid (着払い) label', () => {
    const decision = decide({ condition: 'wrong-item', daysSinceDelivery: 10 });
    for (const id of ['refund', 'exchange', 'replacement'] as const) {
      expect(option(decision, id).fees).toEqual([]);
      expect(option(decision, id).prepaidLabel).toBe(true);
    }
    expect(option(decision, 'store-credit').reasons[0]).toBe(
      '対象外（本ポリシーには、当店起因・誤配送の場合にポイント・クレジットでの返金を認める条項がありません）。',
    );
  });

  it('routes a warranty refund to a lead', () => {
    const refund = option(decide({ condition: 'defective', daysSinceDelivery: 200 }), 'refund');
    expect(refund.status).toBe('needs-approval');
    expect(refund.approver).toBe('lead');
    expect(refund.reasons[0]).toMatch(/^第5条 製品保証（商品到着後1年以内）：リーダーの承認が必要。商品到着後200日/);
  });

  it.each([
    { name: 'agent asks for nothing', role: 'agent', goodwillAmount: 0, status: 'allowed', approver: undefined },
    { name: 'agent ¥1,000', role: 'agent', goodwillAmount: 1000, status: 'allowed', approver: undefined },
    { name: 'agent ¥1,001 → lead', role: 'agent', goodwillAmount: 1001, status: 'needs-approval', approver: 'lead' },
    { name: 'lead ¥5,000', role: 'lead', goodwillAmount: 5000, status: 'allowed', approver: undefined },
    { name: 'lead ¥5,001 → manager', role: 'lead', goodwillAmount: 5001, status: 'needs-approval', approver: 'manager' },
  ] as const)('goodwill: $name', ({ role, goodwillAmount, status, approver }) => {
    const goodwill = option(decide({ role, goodwillAmount }), 'goodwill-credit');
    expect(goodwill.status).toBe(status);
    expect(goodwill.approver).toBe(approver);
    expect(goodwill.reasons[0]?.startsWith(`${C8}：`)).toBe(true);
  });

  it('words goodwill in yen', () => {
    expect(option(decide({}), 'goodwill-credit').reasons[0]).toBe(`${C8}：可。担当者の裁量で￥1,000まで付与できます。`);
    expect(option(decide({ goodwillAmount: 3000 }), 'goodwill-credit').reasons[0]).toBe(
      `${C8}：￥3,000は担当者の上限￥1,000を超えるため、リーダーの承認が必要です（リーダーの上限￥5,000）。`,
    );
  });

  it('can word the connecting text in English for an English UI', () => {
    const refund = option(evaluateReturnOptions(policy, { ...base }, { locale: 'en' }), 'refund');
    expect(refund.reasons[0]).toMatch(/^第1条 .*: allowed \(delivered 3 days ago, within the 8-day window\)\. 未開封/);
  });
});
