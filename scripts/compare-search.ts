// Compares Attune's FAQ search with Fuse.js (default options) and MiniSearch (BM25) on the same entries.
//   npx tsx scripts/compare-search.ts                       both bundled eval sets (tests/search/eval)
//   npx tsx scripts/compare-search.ts --faq pack.json --queries queries.jsonl [--split dev|test]
// --faq takes an array of FAQ entries or a pack with a `faq` array; --queries takes JSON lines with
// `query` and `expected` (an entry id, or an array of ids any of which counts).
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { FaqEntry } from '../utils/pack/schema';
import { buildFaqIndex, queryFromMessage, searchFaq } from '../utils/search';

export interface EvalQuery {
  query: string;
  expected: string[];
  split?: string;
}

export interface Engine {
  name: string;
  /** Builds once; the returned function answers one query with ranked ids. */
  prepare(entries: FaqEntry[]): (query: string) => string[];
}

export interface EngineReport {
  name: string;
  top1: number;
  top5: number;
  medianMs: number;
  p95Ms: number;
  queries: number;
  /** Per query: rank of the expected entry (1-based), or 0 when not in the top 5. */
  ranks: number[];
}

const EVAL_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'search', 'eval');

/** CJK bigrams for MiniSearch, so its Japanese baseline is not crippled by whitespace tokenizing. */
function bigramTokenize(text: string): string[] {
  const out: string[] = [];
  for (const run of text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (!/[\u3040-\u30ff\u3400-\u9fff]/u.test(run)) {
      out.push(run);
      continue;
    }
    const chars = [...run];
    if (chars.length === 1) out.push(run);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}

function miniSearch(name: string, options: ConstructorParameters<typeof MiniSearch>[0] extends infer O ? Partial<O> : never): Engine {
  return {
    name,
    prepare(entries) {
      const engine = new MiniSearch<FaqEntry>({ fields: ['question', 'tags', 'answer'], ...options });
      engine.addAll(entries);
      return (query) => engine.search(query).slice(0, 5).map((hit) => hit.id as string);
    },
  };
}

export const ENGINES: Record<string, Engine> = {
  attune: {
    name: 'attune',
    prepare(entries) {
      const index = buildFaqIndex(entries);
      return (query) => searchFaq(index, query, { limit: 5 }).map((hit) => hit.id);
    },
  },
  attuneMessage: {
    name: 'attune + queryFromMessage',
    prepare(entries) {
      const index = buildFaqIndex(entries);
      return (query) => searchFaq(index, queryFromMessage(query), { limit: 5 }).map((hit) => hit.id);
    },
  },
  fuse: {
    name: 'fuse.js defaults',
    prepare(entries) {
      const fuse = new Fuse(entries, { keys: ['question', 'answer'] });
      return (query) => fuse.search(query, { limit: 5 }).map((hit) => hit.item.id);
    },
  },
  minisearch: miniSearch('minisearch defaults', {}),
  minisearchFuzzy: miniSearch('minisearch fuzzy+prefix', { searchOptions: { fuzzy: 0.2, prefix: true } }),
  minisearchBigram: miniSearch('minisearch fuzzy+prefix, CJK bigrams', {
    tokenize: bigramTokenize,
    searchOptions: { fuzzy: 0.2, prefix: true },
  }),
};

export function evaluate(engine: Engine, entries: FaqEntry[], queries: EvalQuery[]): EngineReport {
  const search = engine.prepare(entries);
  for (const q of queries.slice(0, 10)) search(q.query); // warm up the JIT
  const times: number[] = [];
  const ranks: number[] = [];
  for (const q of queries) {
    const start = performance.now();
    const ids = search(q.query);
    times.push(performance.now() - start);
    ranks.push(ids.findIndex((id) => q.expected.includes(id)) + 1);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
  const share = (ok: (rank: number) => boolean) => ranks.filter(ok).length / Math.max(1, ranks.length);
  return {
    name: engine.name,
    top1: share((r) => r === 1),
    top5: share((r) => r >= 1 && r <= 5),
    medianMs: at(0.5),
    p95Ms: at(0.95),
    queries: queries.length,
    ranks,
  };
}

export function loadFaq(file: string): FaqEntry[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as FaqEntry[] | { faq?: FaqEntry[] };
  const entries = Array.isArray(data) ? data : data.faq;
  if (!entries?.length) throw new Error(`${file}: expected an array of FAQ entries or a pack with a "faq" array`);
  return entries;
}

export function loadQueries(file: string, split?: string): EvalQuery[] {
  const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim());
  const queries = lines.map((line, i) => {
    const row = JSON.parse(line) as { query?: string; expected?: string | string[]; id?: string; split?: string };
    const expected = row.expected ?? row.id;
    if (typeof row.query !== 'string' || expected === undefined) throw new Error(`${file}:${i + 1}: needs "query" and "expected"`);
    return { query: row.query, expected: Array.isArray(expected) ? expected : [expected], split: row.split };
  });
  return split && split !== 'all' ? queries.filter((q) => q.split === split) : queries;
}

export const EVAL_SETS = {
  en: { faq: join(EVAL_DIR, 'faq-en.json'), queries: join(EVAL_DIR, 'queries-en.jsonl') },
  ja: { faq: join(EVAL_DIR, 'faq-ja.json'), queries: join(EVAL_DIR, 'queries-ja.jsonl') },
};

function printTable(title: string, reports: EngineReport[]) {
  console.log(`\n${title}`);
  console.log(`${'engine'.padEnd(40)} top-1   top-5   median ms  p95 ms`);
  for (const r of reports) {
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
    console.log(`${r.name.padEnd(40)} ${pct(r.top1)}  ${pct(r.top5)}  ${r.medianMs.toFixed(3).padStart(9)}  ${r.p95Ms.toFixed(3).padStart(6)}`);
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      faq: { type: 'string' },
      queries: { type: 'string' },
      split: { type: 'string', default: 'all' },
      engines: { type: 'string' },
      misses: { type: 'string' },
    },
  });
  const engines = values.engines ? values.engines.split(',').map((key) => ENGINES[key]!) : Object.values(ENGINES);
  const sets = values.faq
    ? [{ title: values.faq, faq: values.faq, queries: values.queries ?? '' }]
    : Object.entries(EVAL_SETS).map(([language, files]) => ({ title: `eval ${language}`, ...files }));
  for (const set of sets) {
    if (!set.queries) throw new Error('--queries is required with --faq');
    const entries = loadFaq(set.faq);
    const queries = loadQueries(set.queries, values.split);
    const reports = engines.map((engine) => evaluate(engine, entries, queries));
    printTable(`${set.title}: ${entries.length} entries, ${queries.length} queries (split: ${values.split})`, reports);
    if (values.misses) {
      const report = reports.find((r) => r.name === ENGINES[values.misses!]?.name);
      const search = ENGINES[values.misses]!.prepare(entries);
      report?.ranks.forEach((rank, i) => {
        if (rank !== 1) console.log(`  rank ${rank || '-'}  ${queries[i]!.expected[0]}  <-  ${JSON.stringify(queries[i]!.query.slice(0, 100))}  got ${search(queries[i]!.query).slice(0, 3).join(', ')}`);
      });
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
