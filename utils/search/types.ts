import type { Vocabulary } from './vocabulary';
import type { FaqEntry } from '../pack/schema';

export type FaqField = 'question' | 'tags' | 'answer';
export const FIELDS: readonly FaqField[] = ['question', 'tags', 'answer'];

export interface FaqIndexOptions {
  /** BM25F field weights: a question hit counts most, then tags, then the (long) answer. */
  fieldWeights?: Partial<Record<FaqField, number>>;
  /** Use the built-in support-domain synonym table (default true). */
  synonyms?: boolean;
}

export interface ScoringParams {
  k1: number;
  weights: [number, number, number];
  b: [number, number, number];
}

export interface FaqIndex {
  readonly version: 1;
  readonly entries: readonly FaqEntry[];
  readonly params: ScoringParams;
  readonly synonyms: boolean;
  /** term → term id */
  readonly termIds: Map<string, number>;
  readonly terms: string[];
  /**
   * Postings in one flat layout: term t owns positions postingStart[t] … postingStart[t + 1] - 1 of the
   * arrays below (documents ascending). A few large arrays instead of thousands of small ones keep build
   * and load free of allocation churn.
   */
  readonly postingStart: Uint32Array;
  readonly postingDoc: Uint32Array;
  /** Term frequency per field, packed question | tags << 8 | answer << 16. */
  readonly postingTf: Uint32Array;
  /** BM25F saturation tf~/(k1+tf~) over all fields, in [0, 1). */
  readonly postingWeight: Float32Array;
  /** BM25 saturation over the question and tags alone (0 when the term is only in the answer). */
  readonly postingTitleWeight: Float32Array;
  /** Per term: its inverse document frequency. */
  readonly idf: Float64Array;
  /**
   * Per term: IDF among questions and tags. Boilerplate repeated in many answers ("contact us by email")
   * makes a word common overall while it still singles out the few questions that are about it.
   */
  readonly titleIdf: Float64Array;
  /** Field lengths in tokens, three per document. */
  readonly fieldLengths: Uint32Array;
  /** Term ids in sorted term order, for prefix ranges. */
  readonly sortedTerms: string[];
  /** Folded surface word (from questions and tags) → the stems it stands for. */
  readonly surfaceTerms: Map<string, string>;
  /** Fuse.js over the short vocabulary of question and tag words, for typo tolerance. */
  readonly vocabulary: Vocabulary;
  /** Hash of the entries' text, so a stored index is never used against different entries (set on load). */
  readonly fingerprint?: string;
}

export interface FaqMatch {
  field: FaqField;
  /** For tags: which tag of the entry's `tags`; start and end are then offsets in that tag. */
  tag?: number;
  /** Offsets (UTF-16, end exclusive) in the original question, tag or answer text. */
  start: number;
  end: number;
}

export interface FaqSearchResult {
  id: string;
  question: string;
  url?: string;
  /**
   * 0..1, higher is better: the share of the query's IDF-weighted terms this entry matches, each term
   * counted fully when it appears in the question (less when only in the answer, or only as a typo,
   * prefix or synonym); capped at 1. On the eval sets a correct English top result scores 0.8 (median),
   * a wrong one 0.45; Japanese queries score lower (0.47 vs 0.25) because a query's bigrams rarely all
   * match. Use it to rank and to dim weak results, not as a probability.
   */
  score: number;
  matches: FaqMatch[];
}

export interface FaqSearchOptions {
  /** How many results at most (default 10). */
  limit?: number;
  /** Only entries of this locale (entries without a locale always qualify). */
  locale?: string;
  /**
   * Treat the last word as a prefix (results as you type). Default: when the query does not end in a
   * space or punctuation.
   */
  prefix?: boolean;
}
