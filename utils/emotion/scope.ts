import { firstFrom, type Match } from '../text/matcher';

/**
 * Negation and degree around a matched word. English negators come before the word within its clause
 * ("I'm not angry"); Japanese ones after it (「怒ってはいません」). A few grammatical patterns look like
 * negation but strengthen the feeling instead ("never been so frustrated", 「不安で仕方ありません」) or
 * widen it ("not only … but", 「〜だけでなく」); those are built in here because they are grammar, not
 * vocabulary, while the word lists themselves come from the pack.
 */
export type ModifierKind = 'negator' | 'intensifier' | 'downtoner';

export interface ModifierRef {
  kind: ModifierKind;
  text: string;
}

export interface ScopeContext {
  japanese: boolean;
  /** Folded message text. */
  text: string;
  /** Pack modifier matches, overlaps resolved longest-first, sorted by start. */
  modifiers: Match<ModifierRef>[];
  /** Every pack modifier match, overlapping, sorted by start: a negator inside a longer intensifier still counts unless the intensifier applies. */
  allModifiers: Match<ModifierRef>[];
  /** Starts of all selected emotion/cue matches, sorted; a Japanese negator never reaches past the next one. */
  wordStarts: number[];
}

export interface Negation {
  negated: boolean;
  /** The negation pattern strengthens instead ("never been so …", 「〜で仕方ない」). */
  emphatic: boolean;
  /** The negating (or emphatic) words, for the explanation. */
  by?: string;
}

export interface Degree {
  up?: string;
  down?: string;
  /** Folded span of the modifiers in front of the word, for the ALL CAPS check. */
  start: number;
}

// ---------------------------------------------------------------- English

const EN_BREAK_CHARS = /[.!?;:,()[\]{}"“”\n…—–]/g;
const EN_BREAK_WORDS = new Set([
  'but', 'however', 'though', 'although', 'yet', 'just', 'instead', 'rather', 'because', 'and', 'while',
  'whereas', 'except', 'then', 'cause', 'since',
]);
/** A new subject between negator and word starts a new clause: "it didn't work I'm frustrated". */
const EN_SUBJECTS = new Set([
  'i', "i'm", 'im', "i've", 'ive', "i'll", "i'd", 'we', "we're", "we've", 'they', "they're", 'he', 'she',
  "he's", "she's", "you're", "it's", 'this', "that's", 'which', 'who', 'what', 'am',
]);
const EN_NEGATOR_WORDS = new Set([
  'not', 'no', 'never', 'nor', 'neither', 'cannot', 'without', 'hardly', 'dont', 'didnt', 'doesnt', 'isnt',
  'arent', 'wasnt', 'werent', 'cant', 'couldnt', 'wouldnt', 'shouldnt', 'havent', 'hasnt', 'hadnt', 'wont', 'aint',
]);
const EN_NEVER = new Set(['never', 'nothing', 'ever']);
const EN_NOT_ONLY = new Set(['only', 'just', 'merely', 'simply']);
const EN_DEGREE = new Set(['so', 'this', 'more', 'such', 'as']);
const EN_BE = new Set(['be', 'been', 'felt', 'feel', 'get', 'gotten', 'got']);
const EN_SAY = new Set(['tell', 'express', 'describe', 'say', 'explain', 'imagine', 'believe', 'begin', 'stress', 'emphasize', 'emphasise']);
const WORD = /[\p{L}\p{N}']+/gu;
/** Words that carry a negation on to the feeling word after them. */
const EN_GAP_WORDS = new Set([
  'be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', 'feel', 'feeling', 'felt', 'get', 'getting',
  'got', 'gotten', 'become', 'becoming', 'seem', 'seems', 'seemed', 'sound', 'sounds', 'look', 'looks', 'at',
  'all', 'in', 'the', 'a', 'an', 'any', 'anymore', 'even', 'yet', 'that', 'too', 'very', 'really', 'so',
  'particularly', 'especially', 'overly', 'exactly', 'entirely', 'necessarily', 'remotely', 'terribly',
  'currently', 'now', 'one', 'bit', 'least', 'actually', 'honestly', 'personally', 'to', 'me', 'us', 'you',
  'made', 'make', 'makes', 'making', 'have', 'has', 'had', 'ever', 'remain', 'stay', 'staying', 'want', 'need',
]);

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) out.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/** A word covered by a pack modifier match ("not too terribly upset"). */
function isModifierWord(ctx: ScopeContext, word: Word): boolean {
  // Longest-first modifiers do not overlap: only the last one starting at or before the word can cover it.
  const k = firstFrom(ctx.modifiers, word.start + 1) - 1;
  const m = k >= 0 ? ctx.modifiers[k] : undefined;
  return m !== undefined && m.end >= word.end;
}

function isEnglishNegatorWord(word: string): boolean {
  return EN_NEGATOR_WORDS.has(word) || word.endsWith("n't");
}

/** The start of the clause holding `start`, looking back at most `reach` characters. */
function englishClauseStart(text: string, start: number, reach: number): number {
  const from = Math.max(0, start - reach);
  let clause = from;
  EN_BREAK_CHARS.lastIndex = 0;
  const slice = text.slice(from, start);
  for (let m = EN_BREAK_CHARS.exec(slice); m; m = EN_BREAK_CHARS.exec(slice)) clause = from + m.index + 1;
  for (const word of wordsIn(text, clause, start)) if (EN_BREAK_WORDS.has(word.text)) clause = word.end;
  return clause;
}

/** "Worried? Not at all." — the customer asks the question and answers it. */
const EN_ANSWERED_NO = /^\s*\?+\s*(?:no|nope|not)\b/;

function englishNegation(ctx: ScopeContext, start: number, end: number): Negation {
  const { text } = ctx;
  const answered = EN_ANSWERED_NO.exec(text.slice(end, end + 12));
  if (answered) return { negated: true, emphatic: false, by: answered[0].replace(/^\s*\?+\s*/, '') };
  const clause = englishClauseStart(text, start, 80);
  if (clause >= start) return { negated: false, emphatic: false };
  // The nearest negator in the clause: a pack negator (may be several words) or a built-in one.
  let negStart = -1;
  let negEnd = -1;
  for (let k = firstFrom(ctx.modifiers, clause); k < ctx.modifiers.length; k++) {
    const m = ctx.modifiers[k]!;
    if (m.start >= start) break;
    if (m.end <= start && m.values.some((v) => v.kind === 'negator') && m.end > negEnd) {
      negStart = m.start;
      negEnd = m.end;
    }
  }
  const words = wordsIn(text, clause, start);
  for (const word of words) {
    if (word.end > negEnd && isEnglishNegatorWord(word.text)) {
      negStart = word.start;
      negEnd = word.end;
    }
  }
  if (negEnd < 0) return { negated: false, emphatic: false };
  const negator = text.slice(negStart, negEnd);
  const gap = words.filter((w) => w.start >= negEnd);
  const gapWords = gap.map((w) => w.text);
  if (gapWords.length > 0 && EN_NOT_ONLY.has(gapWords[0]!)) return { negated: false, emphatic: false };
  const by = text.slice(negStart, start).trim();
  const neverLike = EN_NEVER.has(negator);
  const hasDegree = gapWords.some((w) => EN_DEGREE.has(w));
  if (gapWords.length <= 5) {
    if (neverLike && hasDegree) return { negated: false, emphatic: true, by };
    if (gapWords.some((w) => EN_BE.has(w)) && gapWords.some((w) => w === 'so' || w === 'this' || w === 'more')) return { negated: false, emphatic: true, by };
    if (gapWords.some((w) => EN_SAY.has(w)) && gapWords.includes('how')) return { negated: false, emphatic: true, by };
  }
  if (gapWords.length > 3 || gapWords.some((w) => EN_SUBJECTS.has(w))) return { negated: false, emphatic: false };
  // Only linking words may stand between: "not at all angry", "don't feel angry". A content word takes the
  // negation for itself: "not sure what's going on" is confusion, "didn't arrive, frustrated" is not negated.
  if (gap.some((w) => !EN_GAP_WORDS.has(w.text) && !isModifierWord(ctx, w))) return { negated: false, emphatic: false };
  return { negated: true, emphatic: false, by: negator };
}

// ---------------------------------------------------------------- Japanese

const JA_BREAK_CHARS = /[。．.!?！？、,，\n;；「」『』()（）…]/;
const JA_CONNECTIVES = /ので|のに|から|けど|けれど|ため|たら|ければ|しかし|ですが|ますが|だが|でも、/;
/** 〜て仕方ない, 〜てたまらない, 〜てならない, 〜しかない: negative form, stronger feeling. */
const JA_EMPHATIC = /(?:^|[てで])は?(?:仕方|しかた|しょう)が?(?:ない|な[くか]\S?|ありません|あらへん)|(?:^|[てで])(?:(?:たまら|堪ら)(?:ない|なかった|なく|ん)|たまりません)|[てで](?:なら(?:ない|なかった)|なりません)|^(?:しか(?:ない|ありません)|以外の何(?:もの)?でもな[いく])/;
/**
 * 〜だけでなく, 〜のみならず: "not only". 〜ではないでしょうか: a tentative assertion, not a denial.
 * 〜てもらえませんか: a request in negative form ("could you…"), not a denial.
 */
const JA_NOT_NEGATION = /だけ(?:で|では|じゃ)?な[くい]|のみならず|ばかりで(?:は)?なく|(?:の|ん)?(?:では|じゃ)な(?:い|かろう)(?:でしょう|ですか|か)|(?:^|[てで])(?:もらえ|いただけ|頂け|くれ|下さい|ください)(?:ませんか|ないか|ないでしょうか|ないですか)/;
const JA_REACH = 16;
/** What may stand between a word and an intensifier after it: 「不安|で|仕方ない」「悲し|い|限りです」. */
const JA_POST_GAP = /^(?:[てでい]|くて|って)?$/;
/**
 * Between the word and its negator only particles and auxiliaries belong (「怒っ|てはい|ません」); a new
 * kanji or katakana word means a new predicate (「不安で|夜も眠れ|ません」), except these common fillers.
 */
const JA_GAP_FILLERS = /全く|全然|特に|別に|一切|少しも|何も|思|感|言|有|無|必要|様子/g;
const JA_CONTENT_WORD = /[\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/;

/** 「まだ届かない」「未だに連絡がない」: まだ…ない means "not yet", a complaint, not a denial. */
const JA_NOT_YET = /(?:まだ|未だ|いまだ|未だに|いまだに)[\s、]?$/;

function japaneseNegation(ctx: ScopeContext, start: number, end: number): Negation {
  const { text } = ctx;
  if (JA_NOT_YET.test(text.slice(Math.max(0, start - 6), start)) || /^(?:まだ|未だ|いまだ)/.test(text.slice(start, end))) {
    return { negated: false, emphatic: false };
  }
  let stop = Math.min(text.length, end + JA_REACH);
  const next = ctx.wordStarts[lowerBound(ctx.wordStarts, end)];
  if (next !== undefined) stop = Math.min(stop, next);
  let window = text.slice(end, stop);
  const brk = window.search(JA_BREAK_CHARS);
  if (brk >= 0) window = window.slice(0, brk);
  const conn = window.search(JA_CONNECTIVES);
  if (conn >= 0) window = window.slice(0, conn);
  if (window === '') return { negated: false, emphatic: false };
  const limit = end + window.length;
  // Spans whose negative form strengthens or widens instead of denying: the built-in patterns, and a pack
  // intensifier that follows the word through at most a て/で/い (「不安で仕方ありません」「悲しい限りです」).
  const shields: [number, number, string][] = [];
  const emphatic = JA_EMPHATIC.exec(window);
  if (emphatic) shields.push([end + emphatic.index, end + emphatic.index + emphatic[0].length, emphatic[0]]);
  const notNegation = JA_NOT_NEGATION.exec(window);
  if (notNegation) shields.push([end + notNegation.index, end + notNegation.index + notNegation[0].length, '']);
  let strengthenedBy = emphatic?.[0];
  const from = firstFrom(ctx.allModifiers, end);
  for (let k = from; k < ctx.allModifiers.length; k++) {
    const m = ctx.allModifiers[k]!;
    if (m.start >= limit) break;
    if (m.values.some((v) => v.kind === 'intensifier') && JA_POST_GAP.test(text.slice(end, m.start))) {
      shields.push([m.start, m.end, text.slice(m.start, m.end)]);
      strengthenedBy ??= text.slice(end, m.end);
    }
  }
  for (let k = from; k < ctx.allModifiers.length; k++) {
    const m = ctx.allModifiers[k]!;
    if (m.start >= limit) break;
    if (!m.values.some((v) => v.kind === 'negator')) continue;
    if (shields.some(([a, z]) => m.start >= a && m.start < z)) continue;
    if (JA_CONTENT_WORD.test(text.slice(end, m.start).replace(JA_GAP_FILLERS, ''))) break;
    return { negated: true, emphatic: false, by: text.slice(m.start, Math.min(m.end, limit)) };
  }
  if (strengthenedBy) return { negated: false, emphatic: true, by: strengthenedBy };
  return { negated: false, emphatic: false };
}

// ---------------------------------------------------------------- shared

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function negationAt(ctx: ScopeContext, start: number, end: number): Negation {
  return ctx.japanese ? japaneseNegation(ctx, start, end) : englishNegation(ctx, start, end);
}

const SPACES_ONLY = /^[ \t\u3000]*$/;

/**
 * Intensifiers and downtoners right in front of the word (chains like "really very" allowed), and for
 * English a multi-word one right after it ("frustrated beyond belief").
 */
export function degreeAt(ctx: ScopeContext, start: number, end: number): Degree {
  const { text, modifiers } = ctx;
  const degree: Degree = { start };
  let pos = start;
  for (let k = firstFrom(modifiers, start) - 1; k >= 0; k--) {
    const m = modifiers[k]!;
    if (m.end > pos) continue;
    if (!SPACES_ONLY.test(text.slice(m.end, pos))) break;
    const kind = m.values.find((v) => v.kind !== 'negator')?.kind;
    if (!kind) break;
    const word = text.slice(m.start, m.end);
    if (kind === 'intensifier') degree.up ??= word;
    else degree.down ??= word;
    pos = m.start;
    degree.start = m.start;
  }
  if (!ctx.japanese && !degree.up) {
    const m = modifiers[firstFrom(modifiers, end)];
    if (m) {
      if (SPACES_ONLY.test(text.slice(end, m.start)) && m.values.some((v) => v.kind === 'intensifier') && /\s/.test(text.slice(m.start, m.end))) {
        degree.up = text.slice(m.start, m.end);
      }
    }
  }
  return degree;
}

const SENTENCE_END = /[.!?\n。]/g;

/** "!!" or more closing the sentence that holds the word. */
export function exclaimedAfter(text: string, end: number): boolean {
  SENTENCE_END.lastIndex = end;
  const m = SENTENCE_END.exec(text);
  if (!m || m.index - end > 300) return false;
  let bangs = 0;
  for (let i = m.index; i < text.length; i++) {
    const ch = text[i];
    if (ch === '!') bangs++;
    else if (ch !== '?' && ch !== '.' && ch !== '1') break; // "!!1" is still shouting
  }
  return bangs >= 2;
}
