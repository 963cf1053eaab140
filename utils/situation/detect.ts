import { negationAt } from '../emotion/scope';
import type { CompiledLanguage, CueEntry } from '../emotion/lexicon';
import { scopeContext, type MessageText } from '../emotion/detect';
import { findAll, longestFirst, type Match } from '../text/matcher';

/** Situations that add to the main one rather than compete with it. */
export const CO_OCCURRING_SITUATIONS: readonly string[] = ['repeat-contact', 'long-wait'];
/** Praise only stands when it outranks everything else: "thanks, but it arrived broken" is a damaged item. */
const ONLY_WHEN_FIRST: readonly string[] = ['praise'];

export interface SituationHit {
  situation: string;
  /** Offsets into the message as given. */
  start: number;
  end: number;
  text: string;
  negated: boolean;
}

/** Cue words found in one message, negation-aware: "it's not damaged, just the wrong size". */
export function detectSituationHits(lang: CompiledLanguage, message: MessageText): SituationHit[] {
  const { folded, bounds, source } = message;
  const matches = longestFirst(findAll<CueEntry>(lang.cues, folded.text, bounds)) as Match<CueEntry>[];
  const ctx = scopeContext(lang, message, matches.map((m) => m.start));
  return matches.map((m) => {
    const start = folded.from[m.start]!;
    const end = folded.to[m.end - 1]!;
    return { situation: m.values[0]!.situation, start, end, text: source.slice(start, end), negated: negationAt(ctx, m.start, m.end).negated };
  });
}

/**
 * Ranks situations by how many un-negated cues name them (ties: the one mentioned in the newest message,
 * then pack order). `hitsNewestFirst` holds one list per message, newest first.
 */
export function rankSituations(lang: CompiledLanguage, hitsNewestFirst: readonly SituationHit[][]): string[] {
  const score = new Map<string, { count: number; newest: number }>();
  hitsNewestFirst.forEach((hits, age) => {
    for (const hit of hits) {
      if (hit.negated) continue;
      const entry = score.get(hit.situation) ?? { count: 0, newest: age };
      entry.count++;
      entry.newest = Math.min(entry.newest, age);
      score.set(hit.situation, entry);
    }
  });
  const order = new Map(lang.situations.map((s, i) => [s.id, i]));
  const ranked = [...score.entries()]
    .sort(([a, x], [b, y]) => y.count - x.count || x.newest - y.newest || (order.get(a) ?? 0) - (order.get(b) ?? 0))
    .map(([id]) => id);
  const first = ranked.find((id) => !CO_OCCURRING_SITUATIONS.includes(id));
  return ranked.filter((id) => !ONLY_WHEN_FIRST.includes(id) || id === first);
}
