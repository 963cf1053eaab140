import type { FaqEntry } from '../pack/schema';
import { tokenize, TokenKind } from './tokenize';
import type { FaqMatch } from './types';

/** Most answer highlights a panel can usefully show; the question and tags are never cut. */
const MAX_ANSWER_SPANS = 40;

function spansIn(text: string, terms: ReadonlySet<string>): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const token of tokenize(text)) {
    // Hiragana pairs and particle boundaries (の方, が届) are grammar: highlighting them only adds noise.
    if (token.kind === TokenKind.KanaBigram || !terms.has(token.term)) continue;
    const last = spans[spans.length - 1];
    // Overlapping bigrams (返品, 品し) become one highlight.
    if (last && token.start <= last.end) last.end = Math.max(last.end, token.end);
    else spans.push({ start: token.start, end: token.end });
  }
  return spans;
}

/** Where the matched terms occur in the entry's original text, for highlighting. */
export function matchSpans(entry: FaqEntry, terms: ReadonlySet<string>): FaqMatch[] {
  const matches: FaqMatch[] = spansIn(entry.question, terms).map((span) => ({ field: 'question', ...span }));
  (entry.tags ?? []).forEach((tag, i) => {
    for (const span of spansIn(tag, terms)) matches.push({ field: 'tags', tag: i, ...span });
  });
  for (const span of spansIn(entry.answer, terms).slice(0, MAX_ANSWER_SPANS)) matches.push({ field: 'answer', ...span });
  return matches;
}
