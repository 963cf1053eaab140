import type { ItemCondition, ReturnOptionId, Role } from '../pack/schema';

/**
 * The engine's own connecting words around the policy's clause text. The clause and note text come from
 * the policy file; only verdicts, day/price context and fee lines are worded here, in the policy's language.
 */
export type PolicyLocale = 'en' | 'ja';
export type ReturnReason = 'change-of-mind' | 'seller-fault';

export interface Range {
  min?: number;
  max?: number;
}

export interface Messages {
  numberLocale: string;
  /** Joins a clause to what follows: "§1 …: allowed". */
  cite(clause: string, body: string): string;
  option: Record<ReturnOptionId, string>;
  role: Record<Role, string>;
  reason: Record<ReturnReason, string>;
  condition: Record<ItemCondition, string>;
  allowed: string;
  notAllowed: string;
  needsApproval(approver: Role): string;
  selfApproved(approver: Role, role: Role): string;
  days(day: number, range: Range): string;
  price(price: string, range: { min?: string; max?: string }): string;
  /** Verdict, its context in brackets, then the policy's note. */
  verdict(verdict: string, context: string[], note?: string): string;
  unmentioned(option: ReturnOptionId, reason: ReturnReason, condition: ItemCondition): string;
  fee(label: string, amount: string | null, percent: { pct: number; price: string } | null, note: string | undefined, ifApproved: boolean): string;
  goodwillOpen(role: Role, limit: string): string;
  goodwillWithin(role: Role, amount: string, limit: string): string;
  goodwillUnlimited(role: Role): string;
  /** amount null: nothing asked for; limit null: no limit set for the role; approverLimit null: unlimited. */
  goodwillAbove(role: Role, amount: string | null, limit: string | null, approver: Role, approverLimit: string | null): string;
}

const EN_ROLE: Record<Role, string> = { agent: 'an agent', lead: 'a lead', manager: 'a manager' };

export const EN: Messages = {
  numberLocale: 'en-US',
  cite: (clause, body) => `${clause}: ${body}`,
  option: {
    refund: 'a refund',
    exchange: 'an exchange',
    'store-credit': 'store credit',
    replacement: 'a replacement',
    'keep-it-refund': 'a keep-the-item refund',
    'goodwill-credit': 'goodwill credit',
  },
  role: { agent: 'agent', lead: 'lead', manager: 'manager' },
  reason: { 'change-of-mind': 'change of mind', 'seller-fault': 'seller fault' },
  condition: {
    unopened: 'unopened', opened: 'opened', used: 'used', damaged: 'damaged', defective: 'defective', 'wrong-item': 'wrong item',
  },
  allowed: 'allowed',
  notAllowed: 'not allowed',
  needsApproval: (approver) => `needs ${approver} approval`,
  selfApproved: (approver, role) => `needs ${approver} approval, which you can give yourself as ${EN_ROLE[role]}`,
  days: (day, { min, max }) => {
    const ago = `delivered ${day} ${day === 1 ? 'day' : 'days'} ago`;
    if (min !== undefined && max !== undefined) return `${ago}, in the day ${min}–${max} window`;
    if (max !== undefined) return `${ago}, within the ${max}-day window`;
    return min ? `${ago}, past day ${min - 1}` : ago;
  },
  price: (price, { min, max }) => {
    if (min !== undefined && max !== undefined) return `price ${price}, in the ${min}–${max} range`;
    return max !== undefined ? `price ${price}, at or under ${max}` : `price ${price}, at or over ${min}`;
  },
  verdict: (verdict, context, note) => `${verdict}${context.length ? ` (${context.join('; ')})` : ''}.${note ? ` ${note}` : ''}`,
  unmentioned: (option, reason, condition) =>
    `not offered: no clause of this policy covers ${EN.option[option]} for ${EN.reason[reason]} (${EN.condition[condition]}).`,
  fee: (label, amount, percent, note, ifApproved) => {
    let text = amount === null ? `fee: ${label}` : `fee: ${label} ${amount}`;
    if (percent) text += ` (${percent.pct}% of ${percent.price})`;
    if (ifApproved) text += ', charged if approved';
    return `${text}.${note ? ` ${note}` : ''}`;
  },
  goodwillOpen: (role, limit) => `allowed up to ${limit} at your discretion (${role} limit).`,
  goodwillWithin: (role, amount, limit) => `allowed; ${amount} is within the ${role} limit of ${limit}.`,
  goodwillUnlimited: (role) => `allowed; this policy sets no goodwill limit for a ${role}.`,
  goodwillAbove: (role, amount, limit, approver, approverLimit) =>
    `${amount === null || limit === null ? `this policy gives ${EN_ROLE[role]} no goodwill allowance` : `${amount} is above the ${role} limit of ${limit}`}` +
    `; needs ${approver} approval${approverLimit === null ? '' : ` (${approver} limit ${approverLimit})`}.`,
};

const JA_ROLE: Record<Role, string> = { agent: '担当者', lead: 'リーダー', manager: 'マネージャー' };

export const JA: Messages = {
  numberLocale: 'ja-JP',
  cite: (clause, body) => `${clause}：${body}`,
  option: {
    refund: '返金',
    exchange: '交換',
    'store-credit': 'ポイント・クレジットでの返金',
    replacement: '代替品の発送',
    'keep-it-refund': '返品不要の返金',
    'goodwill-credit': 'お詫びポイント・クーポン',
  },
  role: JA_ROLE,
  reason: { 'change-of-mind': 'お客様都合', 'seller-fault': '当店起因' },
  condition: {
    unopened: '未開封', opened: '開封済み', used: '使用済み', damaged: '破損', defective: '不良', 'wrong-item': '誤配送',
  },
  allowed: '可',
  notAllowed: '不可',
  needsApproval: (approver) => `${JA_ROLE[approver]}の承認が必要`,
  selfApproved: (approver, role) => `要承認（${JA_ROLE[approver]}の承認が必要です。${JA_ROLE[role]}としてご自身で承認できます）`,
  days: (day, { min, max }) => {
    const covers = min !== undefined && max !== undefined ? `${min}〜${max}日` : max !== undefined ? `${max}日以内` : `${min}日以降`;
    return `商品到着後${day}日（本条は${covers}が対象）`;
  },
  price: (price, { min, max }) => {
    const covers = min !== undefined && max !== undefined ? `${min}〜${max}` : max !== undefined ? `${max}以下` : `${min}以上`;
    return `価格${price}（本条は${covers}が対象）`;
  },
  verdict: (verdict, context, note) => `${verdict}。${context.length ? `${context.join('、')}。` : ''}${note ?? ''}`,
  unmentioned: (option, reason, condition) =>
    `対象外（本ポリシーには、${JA.reason[reason]}・${JA.condition[condition]}の場合に${JA.option[option]}を認める条項がありません）。`,
  fee: (label, amount, percent, note, ifApproved) => {
    let text = amount === null ? label : `${label} ${amount}`;
    if (percent) text += `（価格${percent.price}の${percent.pct}%）`;
    if (ifApproved) text += '（承認された場合）';
    return `${text}。${note ?? ''}`;
  },
  goodwillOpen: (role, limit) => `可。${JA_ROLE[role]}の裁量で${limit}まで付与できます。`,
  goodwillWithin: (role, amount, limit) => `可。${amount}は${JA_ROLE[role]}の上限${limit}以内です。`,
  goodwillUnlimited: (role) => `可。本ポリシーでは${JA_ROLE[role]}の上限は設定されていません。`,
  goodwillAbove: (role, amount, limit, approver, approverLimit) =>
    `${amount === null || limit === null ? `本ポリシーでは${JA_ROLE[role]}に付与枠がないため` : `${amount}は${JA_ROLE[role]}の上限${limit}を超えるため`}` +
    `、${JA_ROLE[approver]}の承認が必要です${approverLimit === null ? '' : `（${JA_ROLE[approver]}の上限${approverLimit}）`}。`,
};

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/u;

/** The policy's own language: Japanese when its name or first clause is written in Japanese. */
export function guessPolicyLocale(name: string, firstClause: string | undefined): PolicyLocale {
  return JAPANESE.test(name) || JAPANESE.test(firstClause ?? '') ? 'ja' : 'en';
}

export function messagesFor(locale: PolicyLocale): Messages {
  return locale === 'ja' ? JA : EN;
}
