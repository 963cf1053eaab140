import { analyzeQuery, type QueryGroup } from './query';
import { matchSpans } from './spans';
import type { FaqIndex, FaqSearchOptions, FaqSearchResult } from './types';

/**
 * Weight of the question+tags score (with its own IDF) beside BM25F over all fields. It lifts the entry
 * whose question names what was asked above entries whose long answers merely mention it often.
 */
const TITLE_SHARE = 1;

function contains(index: FaqIndex, termId: number, value: number): boolean {
  const sorted = index.postingDoc;
  let lo = index.postingStart[termId]!;
  let hi = index.postingStart[termId + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The score a query could reach: every core term found once in an average-length question. Dividing by
 * it gives the documented 0..1 score; the ranking itself uses the raw BM25F sum.
 */
function attainable(index: FaqIndex, groups: QueryGroup[]): number {
  const { k1, weights } = index.params;
  const reference = weights[0] / (k1 + weights[0]);
  const titleReference = TITLE_SHARE / (k1 + 1);
  const maxIdf = Math.log(1 + (index.entries.length + 0.5) / 0.5);
  let sum = 0;
  for (const group of groups) {
    if (!group.core) continue;
    let best = group.variants.length ? 0 : maxIdf * (reference + titleReference);
    for (const v of group.variants) {
      const term = group.exact ?? v.termId;
      best = Math.max(best, v.weight * (index.idf[term]! * reference + index.titleIdf[term]! * titleReference));
    }
    sum += group.weight * best;
  }
  return sum;
}

/** Searches the FAQ: BM25F over question, tags and answer, with typo, prefix and synonym expansion. */
export function searchFaq(index: FaqIndex, query: string, options: FaqSearchOptions = {}): FaqSearchResult[] {
  const limit = Math.max(0, options.limit ?? 10);
  if (limit === 0 || index.entries.length === 0) return [];
  const prefix = options.prefix ?? /[\p{L}\p{N}]$/u.test(query);
  const groups = analyzeQuery(index, query, prefix);
  const n = index.entries.length;
  const total = new Float64Array(n);
  const best = new Float64Array(n);
  const touched: number[] = [];
  const groupTouched: number[] = [];
  const titleShare = TITLE_SHARE;
  for (const group of groups) {
    // A group is one concept: its variants (deliver for delivery) use the exact term's rarity, so a rare
    // inflection cannot outweigh the word the customer actually typed.
    const exact = group.exact;
    for (const { termId, weight } of group.variants) {
      const factor = weight * index.idf[exact ?? termId]!;
      const titleFactor = titleShare * weight * index.titleIdf[exact ?? termId]!;
      const { postingDoc, postingWeight, postingTitleWeight } = index;
      const to = index.postingStart[termId + 1]!;
      for (let p = index.postingStart[termId]!; p < to; p++) {
        const doc = postingDoc[p]!;
        const value = factor * postingWeight[p]! + titleFactor * postingTitleWeight[p]!;
        if (value > best[doc]!) {
          if (best[doc] === 0) groupTouched.push(doc);
          best[doc] = value;
        }
      }
    }
    for (const doc of groupTouched) {
      if (total[doc] === 0) touched.push(doc);
      total[doc]! += group.weight * best[doc]!;
      best[doc] = 0;
    }
    groupTouched.length = 0;
  }

  const entries = index.entries;
  const candidates = options.locale
    ? touched.filter((doc) => entries[doc]!.locale === undefined || entries[doc]!.locale === options.locale)
    : touched;
  const ranked = topK(candidates, total, limit, (a, b) => (entries[a]!.id < entries[b]!.id ? -1 : 1));
  const denominator = attainable(index, groups) || 1;

  return ranked.map((doc) => {
    const entry = entries[doc]!;
    const terms = new Set<string>();
    for (const group of groups) {
      if (group.stop) continue;
      for (const { termId } of group.variants) if (contains(index, termId, doc)) terms.add(index.terms[termId]!);
    }
    return {
      id: entry.id,
      question: entry.question,
      ...(entry.url ? { url: entry.url } : {}),
      score: Math.min(1, total[doc]! / denominator),
      matches: matchSpans(entry, terms),
    };
  });
}

/** The k best documents by score, ties by id; a partial selection so 5,000 candidates stay cheap. */
function topK(docs: number[], score: Float64Array, k: number, tie: (a: number, b: number) => number): number[] {
  const better = (a: number, b: number) => score[b]! - score[a]! || tie(a, b);
  if (docs.length <= k * 4) return [...docs].sort(better).slice(0, k);
  const kept: number[] = [];
  for (const doc of docs) {
    if (kept.length < k) {
      kept.push(doc);
      if (kept.length === k) kept.sort(better);
    } else if (better(doc, kept[k - 1]!) < 0) {
      let i = k - 1;
      while (i > 0 && better(doc, kept[i - 1]!) < 0) {
        kept[i] = kept[i - 1]!;
        i--;
      }
      kept[i] = doc;
    }
  }
  return kept.length < k ? kept.sort(better) : kept;
}
