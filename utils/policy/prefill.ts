import type { ConversationMessage } from '../conversation/model';
import type { ItemCondition } from '../pack/schema';
import type { OrderFacts } from './facts';
import { EN_CUES, JA_CUES, type Cue, type LanguageCues } from './prefill-cues';
import { daysBetween, findDays, findPrices, type Span } from './prefill-numbers';

/**
 * Reads order facts out of what the customer wrote ("arrived broken", "three weeks ago", 「プレゼント」) so
 * the agent starts from a filled form. Precision over recall: a fact is prefilled only when the text states
 * it, never when it is negated, hedged or conditional, and every value comes with the span that said it.
 * Pure: no clock unless `now` is left out, no I/O, and customer text is never logged.
 */
export type PrefillField = 'condition' | 'daysSinceDelivery' | 'gift' | 'request' | 'category' | 'price';
export const PREFILL_FIELDS: readonly PrefillField[] = ['daysSinceDelivery', 'condition', 'category', 'price', 'gift', 'request'];

export interface Evidence {
  /** The words that said it, exactly as in the message. */
  text: string;
  /** Index into the messages array given. */
  messageIndex: number;
  /** UTF-16 offsets into that message's text. */
  start: number;
  end: number;
}

export type PrefilledFacts = Partial<Pick<OrderFacts, PrefillField>>;

export interface OrderFactsPrefill {
  facts: PrefilledFacts;
  evidence: Partial<Record<PrefillField, Evidence>>;
}

type Language = 'en' | 'ja';
interface Hit<V> extends Span {
  value: V;
}

/** One code unit in, one out, so offsets into the folded text are offsets into the original. */
export function foldForMatching(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(c + 32);
    else if (c === 0x2019 || c === 0x2018) out += "'";
    else if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xfee0); // full-width digits
    else if (c >= 0xff21 && c <= 0xff3a) out += String.fromCharCode(c - 0xfee0 + 32);
    else if (c >= 0xff41 && c <= 0xff5a) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0xff0c) out += ',';
    else if (c === 0xff0e) out += '.';
    else if (c === 0xff04) out += '$';
    else out += text[i];
  }
  return out;
}

const compiled = new Map<Language, Record<keyof LanguageCues, { re: RegExp; value: unknown }[]>>();
function cuesFor(language: Language) {
  let found = compiled.get(language);
  if (!found) {
    const source: LanguageCues = language === 'ja' ? JA_CUES : EN_CUES;
    const compile = <V>(cues: Cue<V>[]) =>
      cues.map(([pattern, value]) => ({ re: new RegExp(language === 'en' ? `\\b(?:${pattern})\\b` : pattern, 'g'), value }));
    found = { condition: compile(source.condition), request: compile(source.request), category: compile(source.category), gift: compile(source.gift) };
    compiled.set(language, found);
  }
  return found;
}

/** English: a negator, hedge or condition among the last few words of the clause before the cue. */
const EN_NEGATED = /\b(?:not|no|never|nothing|none|without|if|unless|whether|nor|might|maybe|instead of|rather than|in case|already)\b|n't\b/;
/** Japanese: a negative or "if" right after the cue (破損はしていません, 割れていたら). */
const JA_NEGATED = /^(?:[はもがを]|では|じゃ)?(?:しては|して|し|いて|い|て|で|おり|お)?(?:い|お|おり|は)?(?:ない|なく|なし|ません|なかっ|ず|無い|ありません|不要|結構|いりません|いらない|希望しません)/;
const JA_HEDGED = /^[^。、！？!?\n]{0,6}?(?:たら|れば|場合|かも|か心配|か不安|ないか|かどうか)/;
const EN_PACKAGING_TAIL = /\b(?:box|boxes|packaging|package|parcel|envelope|carton|mailer)\s+(?:was|is|were|got|arrived|came|looked|looks)?\s*(?:a bit |slightly |badly |a little |all )?$/;
const JA_PACKAGING_TAIL = /(?:箱|外箱|段ボール|梱包|包装)(?:が|は|も)[^。、]{0,3}$/;
const EN_SELF_CHOSEN = /\b(?:i|we) (?:accidentally |mistakenly )?(?:ordered|bought|picked|chose|selected)\b/;
const JA_NOT_THE_ITEM = /(?:カード|クーポン|ポイント|券|コード)(?:を|は)$/;

export function clauseBefore(folded: string, start: number): string {
  const before = folded.slice(Math.max(0, start - 80), start);
  const cut = Math.max(...[...before.matchAll(/[.!?;,\n。！？]|\bbut\b/g)].map((m) => m.index + m[0].length), 0);
  return before.slice(cut);
}

function lastWords(text: string, n: number): string {
  return text.trim().split(/\s+/).slice(-n).join(' ');
}

function negated(language: Language, folded: string, hit: Span): boolean {
  if (language === 'en') return EN_NEGATED.test(lastWords(clauseBefore(folded, hit.start), 4));
  const after = folded.slice(hit.end, hit.end + 16);
  return JA_NEGATED.test(after) || JA_HEDGED.test(after);
}

/** Every cue of one kind, longest first where two overlap ("ice cream" over "cream"), in text order. */
function findCues<V>(folded: string, cues: { re: RegExp; value: unknown }[]): Hit<V>[] {
  const all: Hit<V>[] = [];
  for (const { re, value } of cues) {
    for (const m of folded.matchAll(re)) all.push({ value: value as V, start: m.index, end: m.index + m[0].length });
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit<V>[] = [];
  for (const hit of all) if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  return kept.sort((a, b) => a.start - b.start);
}

function conditionRejected(language: Language, folded: string, hit: Hit<ItemCondition>): boolean {
  const before = clauseBefore(folded, hit.start);
  // "The box was crushed" is about the packaging; "I ordered the wrong size" is the customer's own choice.
  if (hit.value === 'damaged') return (language === 'en' ? EN_PACKAGING_TAIL : JA_PACKAGING_TAIL).test(before);
  if (hit.value === 'wrong-item' && language === 'en') return EN_SELF_CHOSEN.test(before);
  // ギフトカードを使いました: what was used is the card, not the item.
  if (hit.value === 'used' && language === 'ja') return JA_NOT_THE_ITEM.test(before);
  return false;
}

interface MessageHits {
  condition: Hit<ItemCondition>[];
  request: Hit<OrderFacts['request'] & string>[];
  category: Hit<OrderFacts['category']>[];
  gift: Hit<true>[];
  daysSinceDelivery: Hit<number>[];
  price: Hit<number>[];
}

function hitsIn(language: Language, text: string, anchor: Date): MessageHits {
  const folded = foldForMatching(text);
  const cues = cuesFor(language);
  const keep = <V>(hits: Hit<V>[]) => hits.filter((hit) => !negated(language, folded, hit));
  return {
    condition: keep(findCues<ItemCondition>(folded, cues.condition)).filter((hit) => !conditionRejected(language, folded, hit)),
    request: keep(findCues(folded, cues.request)),
    category: findCues(folded, cues.category),
    gift: keep(findCues<true>(folded, cues.gift)),
    daysSinceDelivery: findDays(language, folded, anchor),
    price: findPrices(language, folded),
  };
}

const SELLER_FAULT: ReadonlySet<ItemCondition> = new Set(['damaged', 'defective', 'wrong-item']);
const CHANGE_OF_MIND_RANK: Partial<Record<ItemCondition, number>> = { unopened: 1, opened: 2, used: 3 };

/** Message time when the page gave an ISO timestamp (so "yesterday" means the day before it was written). */
function anchorOf(message: ConversationMessage, now: Date): Date {
  if (!message.time || !/^\d{4}-\d{2}-\d{2}/.test(message.time)) return now;
  const t = Date.parse(message.time);
  return Number.isFinite(t) && t <= now.getTime() ? new Date(t) : now;
}

export function prefillOrderFacts(messages: readonly ConversationMessage[], language: Language, now: Date = new Date()): OrderFactsPrefill {
  const customer = messages
    .map((message, index) => ({ message, index }))
    .filter(({ message }) => message.role === 'customer' && typeof message.text === 'string');
  // Helpdesks list messages oldest first: the newest statement of a fact wins.
  const newestFirst = customer.reverse().map(({ message, index }) => {
    const anchor = anchorOf(message, now);
    return { message, index, offset: daysBetween(anchor, now), hits: hitsIn(language, message.text, anchor) };
  });
  const out: OrderFactsPrefill = { facts: {}, evidence: {} };
  const record = <F extends PrefillField>(field: F, value: OrderFactsPrefill['facts'][F], index: number, span: Span) => {
    out.facts[field] = value;
    const text = messages[index]!.text;
    out.evidence[field] = { text: text.slice(span.start, span.end), messageIndex: index, start: span.start, end: span.end };
  };

  // Seller fault anywhere outweighs opened/used talk (it decides the return reason); newest fault wins.
  const fault = newestFirst.flatMap(({ index, hits }) => hits.condition.filter((h) => SELLER_FAULT.has(h.value)).map((h) => ({ index, h })))[0];
  if (fault) record('condition', fault.h.value, fault.index, fault.h);
  else {
    // Otherwise the furthest the item has gone: "I opened it" then "I washed it once" is used.
    let best: { index: number; h: Hit<ItemCondition> } | undefined;
    for (const { index, hits } of newestFirst) {
      for (const h of hits.condition) if (!best || (CHANGE_OF_MIND_RANK[h.value] ?? 0) > (CHANGE_OF_MIND_RANK[best.h.value] ?? 0)) best = { index, h };
    }
    if (best) record('condition', best.h.value, best.index, best.h);
  }

  // Single-valued facts: the newest message that states one; if it states two different ones, nothing.
  for (const { index, hits, offset } of newestFirst) {
    if (out.facts.daysSinceDelivery !== undefined || hits.daysSinceDelivery.length === 0) continue;
    const values = new Set(hits.daysSinceDelivery.map((h) => h.value));
    if (values.size === 1) record('daysSinceDelivery', hits.daysSinceDelivery[0]!.value + offset, index, hits.daysSinceDelivery[0]!);
    break;
  }
  for (const field of ['category', 'price'] as const) {
    const found = newestFirst.find(({ hits }) => hits[field].length > 0);
    const hits = found?.hits[field] as Hit<never>[] | undefined;
    if (found && hits && new Set(hits.map((h) => h.value)).size === 1) record(field, hits[0]!.value, found.index, hits[0]!);
  }
  // A request: the first one the newest message makes ("store credit, or an exchange if not").
  const asked = newestFirst.find(({ hits }) => hits.request.length > 0);
  if (asked) record('request', asked.hits.request[0]!.value, asked.index, asked.hits.request[0]!);
  const gift = newestFirst.find(({ hits }) => hits.gift.length > 0);
  if (gift) record('gift', true, gift.index, gift.hits.gift[0]!);
  return out;
}
