import { describe, expect, it } from 'vitest';
import { ENGINES, EVAL_SETS, evaluate, loadFaq, loadQueries } from '../../scripts/compare-search';

// The bar is measured, not hard-coded: Attune must match a BM25 engine (MiniSearch) on the same entries
// and queries, in English and in Japanese (where MiniSearch also gets a CJK bigram tokenizer, to be fair).
describe('search quality on the eval sets', () => {
  for (const language of ['en', 'ja'] as const) {
    it(`top-5 recall (${language}) is at least MiniSearch's`, () => {
      const entries = loadFaq(EVAL_SETS[language].faq);
      const queries = loadQueries(EVAL_SETS[language].queries);
      const attune = evaluate(ENGINES.attune!, entries, queries);
      const baselines = [ENGINES.minisearch!, ENGINES.minisearchFuzzy!, ENGINES.minisearchBigram!].map((engine) => evaluate(engine, entries, queries));
      const best = Math.max(...baselines.map((b) => b.top5));
      expect(attune.top5).toBeGreaterThanOrEqual(best);
      expect(attune.top1).toBeGreaterThanOrEqual(Math.max(...baselines.map((b) => b.top1)));
    });
  }
});
