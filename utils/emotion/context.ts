import { CharClass } from '../text/script';

/**
 * Context that shows an emotion word is not the customer's feeling right now. Each rule is grammar or
 * typography, not vocabulary, so it holds for any pack:
 * - a name or title: "Joy Hartley", "Happy Paws", the "Don't Panic" mug, 「イライラ解消ストレッチポール」;
 * - an honorific prefix: 「ご心配をおかけして」「お急ぎ便」 speak of someone else's feeling or a service;
 * - someone else's words or a title in quotes: Don't "I understand your frustration" me, 「悲しみよこんにちは」;
 * - a hypothetical: 「急ぎの場合」;
 * - a feeling that is over: "I was so nervous it wouldn't arrive, but…", 「不安でしたが、…」.
 */
export type SuppressReason = 'name' | 'quoted' | 'honorific' | 'compound' | 'hypothetical' | 'past';

const TITLE_WORD = /^\p{Lu}[\p{Ll}'’]/u;
const WORD_BEFORE = /([\p{L}'’]+)[ \t]*$/u;
const WORD_AFTER = /^[ \t]*([\p{L}'’]+)/u;
const SENTENCE_START = /(?:^|[.!?…:;\n"“(]\s*|^\s+)$/;

function isTitleWord(word: string | undefined): boolean {
  return word !== undefined && word !== 'I' && word !== 'I’m' && word !== "I'm" && TITLE_WORD.test(word);
}

/**
 * English: a Title-case emotion word mid-sentence, or next to another Title-case word, is part of a name
 * ("Margaret Bliss", "Sad Sack Records", "Happy Friday"); customers shout in ALL CAPS, not Title Case.
 */
function englishName(source: string, start: number, end: number): boolean {
  const text = source.slice(start, end);
  if (!TITLE_WORD.test(text)) return false;
  const before = source.slice(Math.max(0, start - 40), start);
  const after = source.slice(end, end + 40);
  const prev = WORD_BEFORE.exec(before)?.[1];
  const next = WORD_AFTER.exec(after)?.[1];
  const atSentenceStart = SENTENCE_START.test(before) || start === 0;
  if (!atSentenceStart) return true;
  return isTitleWord(next) || (prev !== undefined && isTitleWord(prev));
}

const HONORIFIC = new Set(['お', 'ご', '御']);
/** A prefix after a particle is an honorific; after other kana it ends a word (「なお心配」 = "still worried"). */
const PARTICLES = new Set(['の', 'を', 'が', 'に', 'は', 'も', 'で', 'と', 'へ']);
/** Suffixes that keep a compound a feeling: 不安感, 絶望感. */
const FEELING_SUFFIX = new Set(['感']);
const JA_HYPOTHETICAL = /^(?:の|な|だ|だっ|で)?(?:場合|際|時は|ときは|なら|でしたら|であれば|だったら)/;
const isKanjiOrKatakana = (c: number | undefined) => c === CharClass.Kanji || c === CharClass.Katakana;

/** Japanese: honorific prefix, or the word is the head of a longer compound noun (a product or plan name). */
function japaneseContext(folded: string, classes: Uint8Array, start: number, end: number): SuppressReason | undefined {
  if (start > 0 && HONORIFIC.has(folded[start - 1]!) && (start < 2 || classes[start - 2] !== CharClass.Hiragana || PARTICLES.has(folded[start - 2]!))) {
    return 'honorific';
  }
  // Kanji glued to katakana (「イライラ解消」「不安ゼロ」) makes a product-style compound noun; kanji–kanji
  // compounds are left to the segmenter, since 「至急対応」 still means "urgent".
  const last = classes[end - 1];
  const next = classes[end];
  if (isKanjiOrKatakana(last) && isKanjiOrKatakana(next) && last !== next && !FEELING_SUFFIX.has(folded[end]!)) return 'compound';
  // 「急ぎの場合」「不安なら」: a hypothetical, not a feeling the customer has.
  if (JA_HYPOTHETICAL.test(folded.slice(end, end + 8))) return 'hypothetical';
  return undefined;
}

const JA_PAST_CONTRAST = /^[^。．！？!?、,\n]{0,10}?(?:でした|だった|ました|ていた|てた|かった)(?:が|けど|けれど|けれども)/;

/** 「不安でしたが、無事届きました」: a past feeling, set against what came after. */
function japanesePast(folded: string, end: number): boolean {
  return JA_PAST_CONTRAST.test(folded.slice(end, end + 24));
}

const EN_PAST_BE = /\b(?:i|we)\s+(?:was|were|had been|got|felt)\b(?:\s+\w+){0,2}\s*$/;
const EN_LATER_BUT = /^[^.!?\n]*?\bbut\b/;
/** "I was so nervous it wouldn't arrive, but it came": a past feeling, set against what came after. */
function englishPast(folded: string, start: number, end: number): boolean {
  return EN_PAST_BE.test(folded.slice(Math.max(0, start - 40), start)) && EN_LATER_BUT.test(folded.slice(end, end + 160));
}

const DOUBLE_QUOTES = /["“”]/g;
/** Quotes and titles are short: look this far either side, so long messages stay linear. */
const QUOTE_REACH = 200;

function lineStartNear(source: string, start: number): number {
  const from = Math.max(0, start - QUOTE_REACH);
  return from + source.slice(from, start).lastIndexOf('\n') + 1;
}
const QUOTED_WORD = /[\p{L}\p{N}]+/gu;

/** Japanese: inside 「」 or 『』 on the same line, a title or someone else's words. */
function japaneseBracketed(source: string, start: number, end: number): boolean {
  const lineStart = lineStartNear(source, start);
  const before = source.slice(lineStart, start);
  for (const [open, close] of [['「', '」'], ['『', '』']] as const) {
    const o = before.lastIndexOf(open);
    if (o !== -1 && before.indexOf(close, o) === -1) {
      const after = source.slice(end, end + QUOTE_REACH);
      const c = after.indexOf(close);
      const nl = after.indexOf('\n');
      if (c !== -1 && (nl === -1 || c < nl)) return true;
    }
  }
  return false;
}

/** Inside a double-quoted stretch of three or more words on the same line: quoted speech, not the customer's own feeling. */
function quotedSpeech(source: string, start: number, end: number): boolean {
  const lineStart = lineStartNear(source, start);
  const before = source.slice(lineStart, start);
  const opening = before.match(DOUBLE_QUOTES)?.length ?? 0;
  if (opening % 2 === 0) return false;
  const open = lineStart + Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'), before.lastIndexOf('”'));
  const after = source.slice(end, end + QUOTE_REACH);
  const nl = after.indexOf('\n');
  const close = (nl === -1 ? after : after.slice(0, nl)).search(/["“”]/);
  if (close === -1) return false;
  const words = source.slice(open + 1, end + close).match(QUOTED_WORD)?.length ?? 0;
  return words >= 3;
}

export interface Span {
  /** Folded-text offsets. */
  foldedStart: number;
  foldedEnd: number;
  /** Source offsets. */
  start: number;
  end: number;
}

/** Why this emotion word is not the customer's own present feeling, or undefined when it is. */
export function suppression(japanese: boolean, source: string, folded: string, classes: Uint8Array, span: Span): SuppressReason | undefined {
  const { start, end, foldedStart, foldedEnd } = span;
  if (quotedSpeech(source, start, end) || (japanese && japaneseBracketed(source, start, end))) return 'quoted';
  if (japanese) {
    return japaneseContext(folded, classes, foldedStart, foldedEnd) ?? (japanesePast(folded, foldedEnd) ? 'past' : undefined);
  }
  if (englishName(source, start, end)) return 'name';
  return englishPast(folded, foldedStart, foldedEnd) ? 'past' : undefined;
}

