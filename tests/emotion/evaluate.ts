/**
 * Scores the engine against the hand-labelled messages in tests/labelled/*.jsonl. Shared by
 * tests/emotion/labelled.test.ts (asserts the targets) and scripts/eval-emotions.ts (prints details).
 * Node-only (reads files); the engine itself stays free of Node APIs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeMessage, type EmotionFlag, type Engine } from '../../utils/analyze';
import { topFlag } from '../../utils/emotion/detect';

export interface LabelledMessage {
  id: string;
  text: string;
  polarity: 'negative' | 'neutral' | 'positive';
  emotions: string[];
}

export interface Miss {
  id: string;
  polarity: string;
  labels: string[];
  /** Matched words and categories only, never the message text. */
  flags: string[];
}

export interface Scores {
  language: 'en' | 'ja';
  messages: number;
  negative: number;
  neutral: number;
  /** Messages flagged with any un-negated negative category. */
  negativeFlagged: number;
  /** Share of negative flags on messages labelled negative. */
  precision: number;
  /** Share of neutral messages flagged with a negative category. */
  neutralFlagRate: number;
  /** Share of negative messages flagged with a negative category. */
  recall: number;
  /** Messages with any un-negated flag, and how many have their top flag among the labels. */
  flagged: number;
  topCorrect: number;
  categoryAccuracy: number;
  /** Positive flags on messages labelled positive, for information. */
  positiveFlagged: number;
  positivePrecision: number;
  falsePositives: Miss[];
  wrongTop: Miss[];
}

export function loadLabelled(language: 'en' | 'ja'): LabelledMessage[] {
  const path = fileURLToPath(new URL(`../labelled/${language}.jsonl`, import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledMessage);
}

const describe = (flags: EmotionFlag[]) => flags.filter((f) => !f.negated).map((f) => `${f.text}→${f.category}/${f.intensity}`);
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function score(engine: Engine, language: 'en' | 'ja', messages: LabelledMessage[]): Scores {
  let negativeFlagged = 0;
  let truePositives = 0;
  let neutralFlagged = 0;
  let flagged = 0;
  let topCorrect = 0;
  let positiveFlagged = 0;
  let positiveRight = 0;
  const falsePositives: Miss[] = [];
  const wrongTop: Miss[] = [];
  for (const message of messages) {
    const { emotions } = analyzeMessage(engine, message.text, { language });
    const live = emotions.filter((f) => !f.negated);
    const miss = (): Miss => ({ id: message.id, polarity: message.polarity, labels: message.emotions, flags: describe(emotions) });
    if (live.some((f) => f.valence === 'negative')) {
      negativeFlagged++;
      if (message.polarity === 'negative') truePositives++;
      else falsePositives.push(miss());
      if (message.polarity === 'neutral') neutralFlagged++;
    } else if (live.some((f) => f.valence === 'positive')) {
      positiveFlagged++;
      if (message.polarity === 'positive') positiveRight++;
    }
    const top = topFlag(emotions);
    if (top) {
      flagged++;
      if (message.emotions.includes(top.category)) topCorrect++;
      else wrongTop.push(miss());
    }
  }
  const negative = messages.filter((m) => m.polarity === 'negative').length;
  const neutral = messages.filter((m) => m.polarity === 'neutral').length;
  return {
    language,
    messages: messages.length,
    negative,
    neutral,
    negativeFlagged,
    precision: ratio(truePositives, negativeFlagged),
    neutralFlagRate: ratio(neutralFlagged, neutral),
    recall: ratio(truePositives, negative),
    flagged,
    topCorrect,
    categoryAccuracy: ratio(topCorrect, flagged),
    positiveFlagged,
    positivePrecision: ratio(positiveRight, positiveFlagged),
    falsePositives,
    wrongTop,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatTable(rows: Scores[]): string {
  const head = ['lang', 'msgs', 'neg', 'neu', 'neg-flagged', 'precision', 'neutral flagged', 'recall', 'top in labels', 'pos precision'];
  const body = rows.map((s) => [
    s.language,
    String(s.messages),
    String(s.negative),
    String(s.neutral),
    String(s.negativeFlagged),
    pct(s.precision),
    pct(s.neutralFlagRate),
    pct(s.recall),
    `${pct(s.categoryAccuracy)} (${s.topCorrect}/${s.flagged})`,
    `${pct(s.positivePrecision)} (${s.positiveFlagged})`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/** The targets from the issue: precision ≥ 90%, neutral flagged < 5%, top category ≥ 80%, recall > 35%. */
export const TARGETS = { precision: 0.9, neutralFlagRate: 0.05, categoryAccuracy: 0.8, recall: 0.35 } as const;
