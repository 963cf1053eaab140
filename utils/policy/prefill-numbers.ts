/**
 * Days since delivery and prices, read from folded customer text (see foldForMatching in prefill.ts).
 * Days count from `anchor` (when the message was written); a phrase counts only when it is tied to the
 * item arriving, not to ordering or an email, and not hedged ("should have arrived", "over a month ago").
 */
export interface Span {
  start: number;
  end: number;
}
interface Found extends Span {
  value: number;
}

const EN_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  'a couple of': 2, 'a couple': 2, 'couple of': 2,
};
const EN_NUM = `\\d{1,3}|${Object.keys(EN_NUMBERS).sort((a, b) => b.length - a.length).join('|')}`;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const EN_TIME =
  `(?:the day before yesterday|yesterday|today|this morning|earlier today|last night|last week|last month|` +
  `(?:on )?(?:last )?(?:${WEEKDAYS.join('|')})|` +
  `(?:(?:about|around|roughly|approximately) )?(?:${EN_NUM}) (?:day|week|month)s? ago|` +
  `(?:on )?${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?|(?:on )?(?:the )?\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH})`;
const EN_VERB = `(?:arrived|arrive|delivered|came|showed up|turned up|received (?:it|them|this|my \\w+|the \\w+)|got (?:it|them|this|my \\w+|the \\w+))`;
/** Verb, gap, time ("arrived at my door three weeks ago") and time, gap, verb ("Yesterday the mug arrived"). */
const EN_PATTERNS = [
  new RegExp(`\\b(?<verb>${EN_VERB})\\b(?<gap>[^.!?;\\n]{0,30}?)\\b(?<time>${EN_TIME})\\b`, 'gd'),
  new RegExp(`\\b(?<time>${EN_TIME})\\b,?(?<gap>[^.!?;\\n]{0,30}?)\\b(?<verb>${EN_VERB})\\b`, 'gd'),
];
const EN_SINCE = new RegExp(
  `\\b(?:${EN_NUM}) (?:day|week|month)s? (?:since|after) (?:it |they |the \\w+ )?(?:arrived|was delivered|were delivered|delivery|i received it|i got it)\\b`,
  'g',
);
/** Words that tie the time to something other than the item arriving. */
const EN_OTHER_EVENT = /\b(?:ordered|bought|purchased|paid|placed|shipped|email|emailed|message|call|called|reply|response|notification|text)\b/;
const EN_NOT_ITEM = /\b(?:email|message|call|reply|response|notification|text|confirmation|refund|invoice|receipt|tracking|update)\b/;
const EN_HEDGE_BEFORE = /\b(?:should|supposed|expected|due|meant|promised|estimated|scheduled|if|when will|never|not)\b|n't\b/;
const EN_INEXACT = /(?:over|more than|at least|almost|nearly|less than|under|within|before)\s*$/;

const JA_DIGIT = '[0-9]+|[一二三四五六七八九十〇]+';
const JA_TIME = `(?:一昨日|おととい|昨日|きのう|今日|本日|今朝|先週|先月|(?:${JA_DIGIT})(?:日|週間|[かヶケカヵ]月)前|[0-9]{1,2}月[0-9]{1,2}日)`;
const JA_VERB = '(?:届|到着|受け取|受取|(?<!落ち)着い|配達さ|配送さ)';
const JA_PATTERN = new RegExp(`(${JA_TIME})(?:に|の|、)?([^。！？!?\\n]{0,12}?)${JA_VERB}`, 'g');
const JA_SINCE = new RegExp(`(?:届いて|到着して|到着|受け取って)(?:から)?(?:もう|既に|すでに)?(${JA_DIGIT})(日|週間|[かヶケカヵ]月)`, 'g');
const JA_OTHER_EVENT = /注文|購入|買|発送|出荷|連絡|メール|電話|問い合わせ|予定/;
const JA_NOT_ARRIVED = /^[^。、]{0,6}?(?:ない|ません|ず|予定|はず|見込み)/;

export function japaneseNumber(text: string): number | undefined {
  if (/^[0-9]+$/.test(text)) return Number(text);
  const digits = '〇一二三四五六七八九';
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const digit = (s: string | undefined, empty: number) => (s === undefined || s === '' ? empty : digits.indexOf(s));
  const value = text.includes('十') ? digit(tens, 1) * 10 + digit(ones, 0) : digit(ones, -1);
  return value >= 0 && !Number.isNaN(value) && (ones?.length ?? 0) <= 1 && (tens?.length ?? 0) <= 1 ? value : undefined;
}

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, 日: 1, 週間: 7, 月: 30 };

/** Calendar days in local time, so "yesterday" at 00:30 is still one day. */
export function daysBetween(from: Date, to: Date): number {
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((day(to) - day(from)) / 86_400_000);
}

/** Days from a calendar date (this year, or last year if that would be in the future) to the anchor. */
function daysSinceDate(month: number, day: number, anchor: Date): number | undefined {
  if (month < 0 || month > 11 || day < 1 || day > 31) return undefined;
  let date = new Date(anchor.getFullYear(), month, day);
  if (date.getMonth() !== month) return undefined;
  if (date > anchor) date = new Date(anchor.getFullYear() - 1, month, day);
  return daysBetween(date, anchor);
}

function enTimeDays(time: string, anchor: Date): number | undefined {
  const fixed: Record<string, number> = {
    today: 0, 'this morning': 0, 'earlier today': 0, yesterday: 1, 'last night': 1, 'the day before yesterday': 2, 'last week': 7, 'last month': 30,
  };
  if (time in fixed) return fixed[time];
  const ago = new RegExp(`(${EN_NUM}) (day|week|month)s? ago$`).exec(time);
  if (ago) return (EN_NUMBERS[ago[1]!] ?? Number(ago[1])) * UNIT_DAYS[ago[2]!]!;
  const weekday = WEEKDAYS.findIndex((d) => time.endsWith(d));
  if (weekday >= 0) {
    const back = (anchor.getDay() - weekday + 7) % 7;
    // "Monday" said on a Monday could be today or a week ago: only "last Monday" settles it.
    return back === 0 ? (time.includes('last') ? 7 : undefined) : back;
  }
  const monthFirst = new RegExp(`(${MONTH})\\.? (\\d{1,2})`).exec(time);
  const dayFirst = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH})`).exec(time);
  const [monthName, day] = monthFirst ? [monthFirst[1]!, monthFirst[2]!] : dayFirst ? [dayFirst[2]!, dayFirst[1]!] : [];
  if (!monthName || !day) return undefined;
  return daysSinceDate(MONTHS.indexOf(monthName.slice(0, 3)), Number(day), anchor);
}

function jaTimeDays(time: string, anchor: Date): number | undefined {
  const fixed: Record<string, number> = { 今日: 0, 本日: 0, 今朝: 0, 昨日: 1, きのう: 1, 一昨日: 2, おととい: 2, 先週: 7, 先月: 30 };
  if (time in fixed) return fixed[time];
  const ago = new RegExp(`^(${JA_DIGIT})(日|週間|[かヶケカヵ]月)前$`).exec(time);
  if (ago) {
    const n = japaneseNumber(ago[1]!);
    return n === undefined ? undefined : n * (UNIT_DAYS[ago[2]!.slice(-1) === '月' ? '月' : ago[2]!] ?? 1);
  }
  const date = /^([0-9]{1,2})月([0-9]{1,2})日$/.exec(time);
  return date ? daysSinceDate(Number(date[1]) - 1, Number(date[2]), anchor) : undefined;
}

function clauseTail(folded: string, start: number): string {
  const before = folded.slice(Math.max(0, start - 40), start);
  const cut = Math.max(...[...before.matchAll(/[.!?;,\n]|\bbut\b/g)].map((m) => m.index + m[0].length), 0);
  return before.slice(cut);
}

function findEnDays(folded: string, anchor: Date): Found[] {
  const found: Found[] = [];
  for (const re of EN_PATTERNS) {
    for (const m of folded.matchAll(re)) {
      const { verb, gap, time } = m.groups as Record<'verb' | 'gap' | 'time', string>;
      const [timeStart] = m.indices!.groups!.time!;
      const [verbStart] = m.indices!.groups!.verb!;
      if (EN_OTHER_EVENT.test(gap) || EN_NOT_ITEM.test(verb)) continue;
      if (EN_INEXACT.test(clauseTail(folded, timeStart))) continue;
      const tail = clauseTail(folded, verbStart);
      // "I came back yesterday" is the customer moving, not the parcel.
      if (EN_HEDGE_BEFORE.test(tail) || (verb === 'came' && /\b(?:i|we|you)\s*$/.test(tail))) continue;
      const value = enTimeDays(time.replace(/^(?:on |about |around |roughly |approximately )+/, '').trim(), anchor);
      if (value !== undefined) found.push({ value, start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of folded.matchAll(EN_SINCE)) {
    const n = new RegExp(`^(${EN_NUM}) (day|week|month)`).exec(m[0]);
    if (n && !EN_INEXACT.test(clauseTail(folded, m.index))) {
      found.push({ value: (EN_NUMBERS[n[1]!] ?? Number(n[1])) * UNIT_DAYS[n[2]!]!, start: m.index, end: m.index + m[0].length });
    }
  }
  return found;
}

function findJaDays(folded: string, anchor: Date): Found[] {
  const found: Found[] = [];
  for (let m = JA_PATTERN.exec(folded); m; m = JA_PATTERN.exec(folded)) {
    const verbEnd = m.index + m[0].length;
    const ok = !JA_OTHER_EVENT.test(m[2]!) && !JA_NOT_ARRIVED.test(folded.slice(verbEnd, verbEnd + 10));
    const value = ok ? jaTimeDays(m[1]!, anchor) : undefined;
    // Take in the verb's kana ending so the evidence reads 届きました, not 届.
    const end = verbEnd + (/^[\u3041-\u309f]{0,5}/.exec(folded.slice(verbEnd))?.[0].length ?? 0);
    if (value !== undefined) found.push({ value, start: m.index, end });
    // Rejected "3日前に注文した商品が昨日届きました": look again from the next time word.
    else JA_PATTERN.lastIndex = m.index + m[1]!.length;
  }
  for (const m of folded.matchAll(JA_SINCE)) {
    const n = japaneseNumber(m[1]!);
    if (n !== undefined) found.push({ value: n * (UNIT_DAYS[m[2]!.slice(-1) === '月' ? '月' : m[2]!] ?? 1), start: m.index, end: m.index + m[0].length });
  }
  return found;
}

export function findDays(language: 'en' | 'ja', folded: string, anchor: Date): Found[] {
  return language === 'ja' ? findJaDays(folded, anchor) : findEnDays(folded, anchor);
}

const EN_PRICES = [
  /(?:\bus)?\$\s?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?)(?![\d,])/g,
  /\busd\s?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?)(?![\d,])/g,
  /\b((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?)\s?(?:dollars|usd|bucks)\b/g,
];
const JA_PRICES = [/[¥￥]\s?((?:\d{1,3}(?:,\d{3})+|\d+))(?![\d,])/g, /((?:\d{1,3}(?:,\d{3})+|\d+))\s?円/g];
/** Amounts that are a fee, a discount or a credit, not what the item cost. */
const EN_NOT_PRICE_BEFORE = /\b(?:shipping|postage|delivery|fee|fees|tax|restocking|coupon|discount|credit|gift card|deposit)\b[^$\d]{0,12}$/;
const EN_NOT_PRICE_AFTER = /^\s*(?:off|discount|coupon|shipping|fee|credit|gift card|tax|restocking|deposit)\b/;
const JA_NOT_PRICE_BEFORE = /(?:送料|手数料|返送料|税(?!込)|クーポン|ポイント|割引|値引|差額)[^0-9¥￥]{0,4}$/;
const JA_NOT_PRICE_AFTER = /^(?:引|分の?ポイント|分のクーポン|オフ|off|割引|の送料|の手数料)/;

export function findPrices(language: 'en' | 'ja', folded: string): Found[] {
  const found: Found[] = [];
  const [patterns, before, after] =
    language === 'ja' ? [JA_PRICES, JA_NOT_PRICE_BEFORE, JA_NOT_PRICE_AFTER] : [EN_PRICES, EN_NOT_PRICE_BEFORE, EN_NOT_PRICE_AFTER];
  for (const re of patterns) {
    for (const m of folded.matchAll(re)) {
      const end = m.index + m[0].length;
      if (before.test(folded.slice(Math.max(0, m.index - 30), m.index)) || after.test(folded.slice(end, end + 20))) continue;
      if (found.some((f) => m.index < f.end && f.start < end)) continue;
      found.push({ value: Number(m[1]!.replace(/,/g, '')), start: m.index, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
