import type { FaqEntry } from '../pack/schema';
import { assembleIndex, buildFaqIndex, fieldTexts } from './build';
import { fingerprintEntries } from './fingerprint';
import { scanTerms, stem, TokenKind } from './tokenize';
import type { FaqIndex, FaqIndexOptions } from './types';

export const INDEX_FORMAT = 'attune-faq-index';

/**
 * A prebuilt index as plain JSON. The entries' text is not repeated (the pack already carries it); a
 * fingerprint of that text is, so an index built for other entries is never used.
 */
export interface SerializedFaqIndex {
  format: typeof INDEX_FORMAT;
  version: 1;
  fingerprint: string;
  options: FaqIndexOptions;
  terms: string[];
  /** Per term: how many entries contain it (the postings below are grouped by term in this order). */
  df: number[];
  /** Per posting: the entry number, as the gap from the previous posting of the same term. */
  docs: number[];
  /** Per posting: answer + 32·tags + 1024·question term frequencies (each capped at 31). */
  tf: number[];
  /** Question, tags and answer length in tokens, three per entry. */
  lengths: number[];
}

const CAP = 31;

export function serializeFaqIndex(index: FaqIndex): SerializedFaqIndex {
  const { postingStart, postingDoc, postingTf } = index;
  const docs = new Array<number>(postingDoc.length);
  const tf = new Array<number>(postingDoc.length);
  for (let t = 0; t < index.terms.length; t++) {
    for (let p = postingStart[t]!; p < postingStart[t + 1]!; p++) {
      docs[p] = p === postingStart[t] ? postingDoc[p]! : postingDoc[p]! - postingDoc[p - 1]!;
      const packed = postingTf[p]!;
      tf[p] = Math.min(CAP, (packed >>> 16) & 0xff) + 32 * Math.min(CAP, (packed >>> 8) & 0xff) + 1024 * Math.min(CAP, packed & 0xff);
    }
  }
  const [question, tags, answer] = index.params.weights;
  return {
    format: INDEX_FORMAT,
    version: 1,
    // Computed here rather than at build time: only a shipped index needs it.
    fingerprint: index.fingerprint ?? fingerprintEntries(index.entries),
    options: { synonyms: index.synonyms, fieldWeights: { question, tags, answer } },
    terms: index.terms,
    df: Array.from({ length: index.terms.length }, (_, t) => postingStart[t + 1]! - postingStart[t]!),
    docs,
    tf,
    lengths: Array.from(index.fieldLengths),
  };
}

function isSerialized(data: unknown): data is SerializedFaqIndex {
  const d = data as Partial<SerializedFaqIndex> | null;
  return (
    !!d && d.format === INDEX_FORMAT && d.version === 1 && typeof d.fingerprint === 'string' &&
    Array.isArray(d.terms) && Array.isArray(d.df) && Array.isArray(d.docs) && Array.isArray(d.tf) && Array.isArray(d.lengths) &&
    d.df.length === d.terms.length && d.tf.length === d.docs.length
  );
}

/**
 * Loads a prebuilt index for `entries`. When the data is not a valid index or was built from different
 * entries (a lead edited the FAQ and forgot to rebuild), it builds a fresh index instead: a stale index
 * must never give wrong answers.
 */
export function loadFaqIndex(data: unknown, entries: readonly FaqEntry[]): FaqIndex {
  const fingerprint = fingerprintEntries(entries);
  if (!isSerialized(data) || data.fingerprint !== fingerprint || data.lengths.length !== entries.length * 3) {
    return buildFaqIndex(entries, isSerialized(data) ? data.options : {});
  }
  const termCount = data.terms.length;
  const postingStart = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) postingStart[t + 1] = postingStart[t]! + data.df[t]!;
  const total = postingStart[termCount]!;
  if (total !== data.docs.length) return buildFaqIndex(entries, data.options);
  const postingDoc = new Uint32Array(total);
  const postingTf = new Uint32Array(total);
  for (let t = 0; t < termCount; t++) {
    let doc = 0;
    for (let p = postingStart[t]!; p < postingStart[t + 1]!; p++) {
      doc = p === postingStart[t] ? data.docs[p]! : doc + data.docs[p]!;
      postingDoc[p] = doc;
      const code = data.tf[p]!;
      postingTf[p] = ((code >>> 10) & 31) | (((code >>> 5) & 31) << 8) | ((code & 31) << 16);
    }
  }
  // The typo vocabulary is rebuilt from the short fields: cheaper than shipping it.
  const surfaceTerms = new Map<string, string>();
  for (const entry of entries) {
    const [questions, tags] = fieldTexts(entry);
    for (const text of [...questions, ...tags]) {
      scanTerms(text, false, (surface, kind) => {
        if (kind === TokenKind.Word && !surfaceTerms.has(surface)) surfaceTerms.set(surface, stem(surface));
      });
    }
  }
  const parts = { terms: data.terms, postingStart, postingDoc, postingTf, fieldLengths: Uint32Array.from(data.lengths), surfaceTerms };
  return assembleIndex(entries, data.options, parts, fingerprint);
}
