import type { ConversationAnalysis, EmotionFlag } from '../../utils/analyze';
import type { ConversationMessage } from '../../utils/conversation/model';

/** Where a word sits in its sentence, split so the panel can highlight it with plain text nodes. */
export interface SentenceParts {
  before: string;
  word: string;
  after: string;
}

export interface Feeling {
  /** Stable across updates of the same thread, so React keeps the row in place. */
  key: string;
  flag: EmotionFlag;
  /** 0 for the customer's latest message, 1 the one before, … (older words fade). */
  age: number;
  sentence: SentenceParts;
}

const STOPS = new Set(['.', '!', '?', '。', '！', '？', '\n']);
const MAX_SIDE = 90;

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'no', 'approx']);

function isStop(text: string, i: number): boolean {
  const c = text[i]!;
  if (c !== '.') return STOPS.has(c);
  // "3.5" is not a sentence end, nor "e.g. this", "U.S. orders" or "Mr. Tanaka".
  if (i + 1 < text.length && !/\s/.test(text[i + 1]!)) return false;
  const word = /[^\s(]*$/.exec(text.slice(Math.max(0, i - 12), i))![0];
  return !(word.includes('.') || ABBREVIATIONS.has(word.toLowerCase()));
}

/** The sentence around text[start, end), trimmed to a readable length with the word kept in view. */
export function sentenceAround(text: string, start: number, end: number): SentenceParts {
  let from = start;
  while (from > 0 && !isStop(text, from - 1)) from--;
  let to = end;
  while (to < text.length && !isStop(text, to)) to++;
  while (to < text.length && STOPS.has(text[to]!) && text[to] !== '\n') to++;
  let before = text.slice(from, start).replace(/^\s+/, '');
  let after = text.slice(end, to).replace(/\s+$/, '');
  if (before.length > MAX_SIDE) before = '…' + before.slice(-MAX_SIDE).replace(/^\S*\s/, '');
  if (after.length > MAX_SIDE) after = after.slice(0, MAX_SIDE).replace(/\s\S*$/, '') + '…';
  return { before, word: text.slice(start, end), after };
}

/**
 * The feelings to mirror: un-negated emotion words from the customer's latest messages, newest message
 * first (strongest first within one), each word once (its newest use), at most `limit`.
 */
export function feelingsFrom(analysis: ConversationAnalysis | undefined, messages: readonly ConversationMessage[], { maxMessages = 4, limit = 12 } = {}): Feeling[] {
  if (!analysis) return [];
  const seen = new Set<string>();
  const out: Feeling[] = [];
  analysis.messages.slice(0, maxMessages).forEach((analysed, age) => {
    const text = messages[analysed.index]?.text ?? '';
    const flags = analysed.analysis.emotions.filter((flag) => !flag.negated);
    flags.sort((a, b) => b.intensity - a.intensity || a.start - b.start);
    for (const flag of flags) {
      const id = `${flag.category} ${flag.text.toLowerCase()}`;
      if (seen.has(id) || out.length >= limit) continue;
      seen.add(id);
      out.push({ key: `${analysed.index}:${flag.start}`, flag, age, sentence: sentenceAround(text, flag.start, flag.end) });
    }
  });
  return out;
}
