import { parseArgs } from 'node:util';
import { buildFaqIndex, searchFaq, type FaqIndex } from '../../utils/search';
import type { FaqEntry, Pack } from '../../utils/pack/schema';
import { mergePacks, packsByLanguage } from '../../utils/pack/merge';
import { detectLanguage } from '../../utils/text/language';
import { CliError, eachJsonLine, loadPacks, printJson, readStdin, stringField } from '../io';

export function searchCommand(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      pack: { type: 'string', multiple: true },
      limit: { type: 'string', default: '10' },
      jsonl: { type: 'boolean' },
    },
  });
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new CliError(`--limit must be a whole number from 1 (got "${values.limit}")`, 2);
  const search = makeSearcher(loadPacks(values.pack));
  const answer = (query: string) => ({ results: search(query, limit) });
  if (values.jsonl) return eachJsonLine((line) => answer(stringField(line, 'query')));
  const query = positionals.length > 0 ? positionals.join(' ') : readStdin();
  if (!query.trim()) throw new CliError('attune search: give a query as arguments or on stdin', 2);
  printJson(answer(query));
  return 0;
}

/**
 * One index per language (layered packs of that language), plus one over everything for queries in a
 * language no pack covers. Indexes are built on first use.
 */
function makeSearcher(packs: Pack[]) {
  const entriesByLanguage = new Map<string, FaqEntry[]>();
  for (const [language, layers] of packsByLanguage(packs)) {
    const faq = mergePacks(layers).faq;
    if (faq?.length) entriesByLanguage.set(language, faq);
  }
  const all = [...entriesByLanguage.values()].flat();
  if (all.length === 0) throw new CliError('attune search: the packs hold no FAQ entries');
  const indexes = new Map<string, FaqIndex>();
  const indexFor = (language: string) => {
    const key = entriesByLanguage.has(language) ? language : '*';
    let index = indexes.get(key);
    if (!index) {
      index = buildFaqIndex(entriesByLanguage.get(key) ?? all);
      indexes.set(key, index);
    }
    return index;
  };
  return (query: string, limit: number) =>
    searchFaq(indexFor(detectLanguage(query)), query, { limit }).map(({ id, question, score, url, matches }) => ({
      id,
      question,
      score: Math.round(score * 10000) / 10000,
      ...(url ? { url } : {}),
      matches,
    }));
}
