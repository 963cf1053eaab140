import {
  RETURN_OPTIONS,
  ROLES,
  type ItemCondition,
  type OptionStatus,
  type PolicyFee,
  type PolicyRule,
  type ReturnOptionId,
  type ReturnPolicy,
  type Role,
  type RuleCondition,
} from '../pack/schema';
import { OrderFactsError, parseOrderFacts, type FactsProblem, type OrderFacts, type OrderFactsInput } from './facts';
import { guessPolicyLocale, messagesFor, type Messages, type PolicyLocale, type ReturnReason } from './messages';

/**
 * The return-policy engine: order facts + policy data → every return option with a status, the clauses
 * that decided it, fees and who must approve. Pure and deterministic (no clock, no randomness, no I/O), so
 * the panel, the CLI and the tests all see the same answer for the same input.
 */

export type Approver = Exclude<Role, 'agent'>;

export interface FeeLine {
  label: string;
  /** In currency units, rounded to the currency's minor unit; null when the policy states no fixed amount. */
  amount: number | null;
  note?: string;
}

export interface ReturnOption {
  id: ReturnOptionId;
  status: OptionStatus;
  /** Each line starts with the clause it cites. */
  reasons: string[];
  fees: FeeLine[];
  approver?: Approver;
  /** Set when the requester's own role is the approver: the status stays needs-approval (the policy's word). */
  youCanApprove?: true;
  prepaidLabel?: boolean;
  requested?: true;
  /** Ids of the policy rules and fees that shaped this option, in the order they were applied. */
  ruleIds: string[];
}

export interface ReturnDecision {
  policyId: string;
  policyName: string;
  currency: string;
  reason: ReturnReason;
  options: ReturnOption[];
}

export interface EvaluateSettings {
  /** Language of the connecting words; defaults to the policy's own language. */
  locale?: PolicyLocale;
}

/** The pack parser's result shape, so the CLI and panel handle both alike. */
export type SafeDecision = { ok: true; value: ReturnDecision } | { ok: false; problems: FactsProblem[] };

const SELLER_FAULT: ReadonlySet<ItemCondition> = new Set(['damaged', 'defective', 'wrong-item']);
/** A prepaid label only means something where the item travels back. */
const SHIPS_BACK: ReadonlySet<ReturnOptionId> = new Set(['refund', 'exchange', 'store-credit', 'replacement']);
const rank = (role: Role): number => ROLES.indexOf(role);

export function returnReasonFor(condition: ItemCondition): ReturnReason {
  return SELLER_FAULT.has(condition) ? 'seller-fault' : 'change-of-mind';
}

interface Context {
  facts: OrderFacts;
  reason: ReturnReason;
  /** Whole days since delivery: day 30.9 is still day 30. */
  day: number;
}

function matches(when: RuleCondition, { facts, reason, day }: Context): boolean {
  if (when.reason !== undefined && when.reason !== reason) return false;
  if (when.condition && !when.condition.includes(facts.condition)) return false;
  if (when.category && !when.category.includes(facts.category)) return false;
  if (when.minDays !== undefined && day < when.minDays) return false;
  if (when.maxDays !== undefined && day > when.maxDays) return false;
  if (when.finalSale !== undefined && when.finalSale !== facts.finalSale) return false;
  if (when.gift !== undefined && when.gift !== facts.gift) return false;
  if (when.minPrice !== undefined && facts.price < when.minPrice) return false;
  if (when.maxPrice !== undefined && facts.price > when.maxPrice) return false;
  return true;
}

class Money {
  readonly digits: number;
  private readonly format: Intl.NumberFormat;
  constructor(currency: string, locale: string) {
    this.format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    this.digits = this.format.resolvedOptions().maximumFractionDigits ?? 2;
  }
  /** toPrecision first so 89.99 × 15% (13.4985 in binary floating point) rounds the way a person would. */
  round(value: number): number {
    const factor = 10 ** this.digits;
    return Math.round(Number((value * factor).toPrecision(12))) / factor;
  }
  text(value: number): string {
    return this.format.format(this.round(value));
  }
}

interface Env {
  policy: ReturnPolicy;
  ctx: Context;
  msg: Messages;
  money: Money;
  matchingRules: PolicyRule[];
  matchingFees: PolicyFee[];
}

function ruleContext(when: RuleCondition, { ctx, msg, money }: Env): string[] {
  const context: string[] = [];
  if (when.minDays !== undefined || when.maxDays !== undefined) {
    context.push(msg.days(ctx.day, { min: when.minDays, max: when.maxDays }));
  }
  if (when.minPrice !== undefined || when.maxPrice !== undefined) {
    context.push(
      msg.price(money.text(ctx.facts.price), {
        min: when.minPrice === undefined ? undefined : money.text(when.minPrice),
        max: when.maxPrice === undefined ? undefined : money.text(when.maxPrice),
      }),
    );
  }
  return context;
}

interface Verdict {
  status: OptionStatus;
  reasons: string[];
  approver?: Approver;
  youCanApprove?: true;
}

/**
 * A rule's verdict. The status is the policy's own word for every role; when the requester is at or above
 * the approver's level the reason says so and the option carries youCanApprove.
 */
function ruleVerdict(rule: PolicyRule, status: OptionStatus, env: Env): Verdict {
  const { msg, ctx } = env;
  let verdict: string;
  let approver: Approver | undefined;
  if (status === 'needs-approval') {
    const needed = (rule.approver === 'agent' ? 'lead' : rule.approver ?? 'lead') as Approver;
    approver = needed;
    const selfApprovable = rank(ctx.facts.role) >= rank(needed);
    verdict = selfApprovable ? msg.selfApproved(needed, ctx.facts.role) : msg.needsApproval(needed);
    const reason = msg.cite(rule.clause, msg.verdict(verdict, ruleContext(rule.when, env), rule.note));
    return { status, reasons: [reason], approver, ...(selfApprovable ? { youCanApprove: true as const } : {}) };
  }
  verdict = status === 'allowed' ? msg.allowed : msg.notAllowed;
  const reason = msg.cite(rule.clause, msg.verdict(verdict, ruleContext(rule.when, env), rule.note));
  return approver ? { status, reasons: [reason], approver } : { status, reasons: [reason] };
}

function limitOf(limits: Partial<Record<Role, number>>, role: Role): number {
  // A manager is the top of the approval chain: no limit written means no limit.
  return limits[role] ?? (role === 'manager' ? Infinity : 0);
}

function goodwillVerdict(goodwill: NonNullable<ReturnPolicy['goodwill']>, env: Env): Verdict {
  const { msg, money } = env;
  const { role, goodwillAmount: amount } = env.ctx.facts;
  const own = limitOf(goodwill.limits, role);
  const cite = (body: string) => msg.cite(goodwill.clause, body);
  if (amount === 0 && own > 0) {
    const body = own === Infinity ? msg.goodwillUnlimited(role) : msg.goodwillOpen(role, money.text(own));
    return { status: 'allowed', reasons: [cite(body)] };
  }
  if (amount > 0 && amount <= own) {
    const body = own === Infinity ? msg.goodwillUnlimited(role) : msg.goodwillWithin(role, money.text(amount), money.text(own));
    return { status: 'allowed', reasons: [cite(body)] };
  }
  const needed = Math.max(amount, Number.MIN_VALUE); // asking for nothing still needs someone with an allowance
  const approver = (ROLES.slice(rank(role) + 1).find((r) => limitOf(goodwill.limits, r) >= needed) ?? 'manager') as Approver;
  const approverLimit = limitOf(goodwill.limits, approver);
  const body = msg.goodwillAbove(
    role,
    amount === 0 ? null : money.text(amount),
    own === 0 && goodwill.limits[role] === undefined ? null : money.text(own),
    approver,
    approverLimit === Infinity ? null : money.text(approverLimit),
  );
  return { status: 'needs-approval', reasons: [cite(body)], approver };
}

function feeLines(id: ReturnOptionId, status: OptionStatus, env: Env): { fees: FeeLine[]; reasons: string[]; ids: string[] } {
  const out = { fees: [] as FeeLine[], reasons: [] as string[], ids: [] as string[] };
  if (status === 'not-allowed') return out;
  const { msg, money, ctx } = env;
  for (const fee of env.matchingFees) {
    if (!fee.options.includes(id)) continue;
    const fixed = fee.amount ?? 0;
    const percent = fee.percentOfPrice === undefined ? 0 : (ctx.facts.price * fee.percentOfPrice) / 100;
    const stated = fee.amount !== undefined || fee.percentOfPrice !== undefined;
    const amount = stated ? money.round(fixed + percent) : null;
    out.fees.push(fee.note === undefined ? { label: fee.label, amount } : { label: fee.label, amount, note: fee.note });
    const percentText =
      fee.percentOfPrice === undefined ? null : { pct: fee.percentOfPrice, price: money.text(ctx.facts.price) };
    const body = msg.fee(fee.label, amount === null ? null : money.text(amount), percentText, fee.note, status === 'needs-approval');
    out.reasons.push(msg.cite(fee.clause, body));
    out.ids.push(fee.id);
  }
  return out;
}

function decideOption(id: ReturnOptionId, env: Env): ReturnOption {
  const { policy, ctx, msg } = env;
  const rule = env.matchingRules.find((r) => r.set[id] !== undefined);
  const ruleStatus = rule?.set[id];
  const ruleIds: string[] = rule ? [rule.id] : [];
  let verdict: Verdict;
  if (id === 'goodwill-credit' && policy.goodwill && (ruleStatus === undefined || ruleStatus === 'allowed')) {
    // A rule may forbid goodwill or route it to approval; otherwise the role limits decide.
    verdict = goodwillVerdict(policy.goodwill, env);
    if (rule) verdict.reasons.unshift(...ruleVerdict(rule, 'allowed', env).reasons);
  } else if (rule && ruleStatus) {
    verdict = ruleVerdict(rule, ruleStatus, env);
  } else {
    verdict = { status: 'not-allowed', reasons: [msg.unmentioned(id, ctx.reason, ctx.facts.condition)] };
  }

  const fees = feeLines(id, verdict.status, env);
  const prepaidLabel =
    rule?.prepaidLabel !== undefined && verdict.status !== 'not-allowed' && SHIPS_BACK.has(id) ? rule.prepaidLabel : undefined;
  // Optional keys only when set, in a fixed order, so serialised decisions stay stable for snapshots and diffs.
  return {
    id,
    status: verdict.status,
    reasons: [...verdict.reasons, ...fees.reasons],
    fees: fees.fees,
    ...(verdict.approver ? { approver: verdict.approver } : {}),
    ...(verdict.youCanApprove ? { youCanApprove: true as const } : {}),
    ...(prepaidLabel !== undefined ? { prepaidLabel } : {}),
    ...(ctx.facts.request === id ? { requested: true as const } : {}),
    ruleIds: [...ruleIds, ...fees.ids],
  };
}

function evaluateParsed(policy: ReturnPolicy, facts: OrderFacts, settings: EvaluateSettings): ReturnDecision {
  const reason = returnReasonFor(facts.condition);
  const ctx: Context = { facts, reason, day: Math.floor(facts.daysSinceDelivery) };
  const locale = settings.locale ?? guessPolicyLocale(policy.name, policy.rules[0]?.clause);
  const msg = messagesFor(locale);
  const env: Env = {
    policy,
    ctx,
    msg,
    money: new Money(policy.currency, msg.numberLocale),
    matchingRules: policy.rules.filter((r) => matches(r.when, ctx)),
    matchingFees: (policy.fees ?? []).filter((f) => matches(f.when, ctx)),
  };
  return {
    policyId: policy.id,
    policyName: policy.name,
    currency: policy.currency,
    reason,
    options: RETURN_OPTIONS.map((id) => decideOption(id, env)),
  };
}

/**
 * Lists every return option for an order. Facts are validated up front: bad input throws an
 * OrderFactsError naming each bad field (use safeEvaluateReturnOptions to get them as a value).
 * The policy is trusted to have passed returnPolicySchema already (the pack loader does that).
 */
export function evaluateReturnOptions(policy: ReturnPolicy, facts: OrderFactsInput, settings: EvaluateSettings = {}): ReturnDecision {
  const parsed = parseOrderFacts(facts);
  if (!parsed.ok) throw new OrderFactsError(parsed.problems);
  return evaluateParsed(policy, parsed.facts, settings);
}

/** For untrusted input (CLI stdin, panel form): bad facts come back as { ok: false, problems } instead of throwing. */
export function safeEvaluateReturnOptions(policy: ReturnPolicy, facts: unknown, settings: EvaluateSettings = {}): SafeDecision {
  const parsed = parseOrderFacts(facts);
  return parsed.ok ? { ok: true, value: evaluateParsed(policy, parsed.facts, settings) } : { ok: false, problems: parsed.problems };
}
