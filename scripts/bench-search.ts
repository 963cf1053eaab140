// FAQ search speed on a 5,000-entry knowledge base with long answers; `npx tsx scripts/bench-search.ts`.
// The knowledge base is the English eval FAQ crossed with generated product lines, so vocabulary grows the
// way a real catalogue's does (brand and product names, materials, features) while answers stay long.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FaqEntry } from '../utils/pack/schema';
import { buildFaqIndex, loadFaqIndex, searchFaq, serializeFaqIndex } from '../utils/search';
import { measure, type Figure } from './measure';

const EVAL_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'search', 'eval');

const BRANDS = ['Aurora', 'Trailhead', 'Nimbus', 'Copperline', 'Harbor', 'Fjord', 'Sierra', 'Lumen', 'Oakridge', 'Vela', 'Kestrel', 'Marlow', 'Pebble', 'Solstice', 'Tundra', 'Wren', 'Juniper', 'Atlas', 'Cobalt', 'Meadow'];
const PRODUCTS = [
  ['coffee maker', 'carafe', 'brew basket'], ['backpack', 'hip belt', 'rain cover'], ['rain jacket', 'hood', 'storm flap'],
  ['blender', 'jug', 'blade assembly'], ['desk lamp', 'dimmer', 'bulb'], ['wool sweater', 'cuffs', 'ribbing'],
  ['running shoes', 'insoles', 'laces'], ['cookware set', 'lids', 'handles'], ['bed frame', 'slats', 'headboard'],
  ['wireless earbuds', 'charging case', 'ear tips'], ['yoga mat', 'carry strap', 'surface'], ['office chair', 'armrests', 'gas lift'],
  ['electric kettle', 'base', 'limescale filter'], ['duvet cover', 'buttons', 'pillowcases'], ['smart watch', 'strap', 'charger'],
  ['hair dryer', 'diffuser', 'nozzle'], ['sofa', 'cushions', 'legs'], ['camping tent', 'poles', 'rainfly'],
  ['face serum', 'dropper', 'pump'], ['bluetooth speaker', 'cable', 'mount'], ['air purifier', 'HEPA filter', 'pre-filter'],
  ['stand mixer', 'dough hook', 'bowl'], ['denim jeans', 'rivets', 'hem'], ['leather boots', 'soles', 'zip'], ['vacuum cleaner', 'brush roll', 'dust bin'],
];
const MATERIALS = ['recycled polyester', 'organic cotton', 'stainless steel', 'solid oak', 'aluminium', 'merino wool', 'tempered glass', 'full-grain leather', 'BPA-free plastic', 'bamboo'];
const COLORS = ['charcoal', 'sage green', 'navy', 'sand', 'terracotta', 'ivory', 'slate blue', 'mustard', 'forest green', 'blush'];
const SENTENCES = [
  (p: string, part: string, m: string) => `The ${p} is made from ${m}, and the ${part} can be ordered separately if it wears out.`,
  (p: string, part: string, _m: string, c: string) => `This applies to every color of the ${p}, including the ${c} edition released this season.`,
  (p: string, part: string) => `If the ${part} of your ${p} is the only thing affected, we can usually send that part on its own instead of a whole new ${p}.`,
  (p: string, _part: string, m: string) => `Because the ${p} contains ${m}, please follow the care card in the box so the finish keeps its look.`,
  (p: string, part: string) => `Owners of the ${p} often ask about the ${part}; the product page lists its dimensions, weight and compatible spares.`,
  (p: string) => `Registering your ${p} under My products lets us remind you about firmware, recalls and accessory offers.`,
  (p: string, part: string, _m: string, c: string) => `Stock of the ${c} ${p} and its ${part} is updated every hour on the product page.`,
];

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tor', 'vi', 'sa', 'quin', 'bel', 'dra', 'nu', 'fe', 'gal', 'os', 'pri', 'zen', 'ma', 'tek', 'ul', 'wy'];

/** Deterministic pseudo-random numbers (mulberry32), so every run benchmarks the same text. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Model names, part numbers and technical terms: a catalogue's long tail. Drawn with a Zipf law so a few
 * recur across many entries and most are rare, as in real product text.
 */
function rareWords(count: number): string[] {
  const next = random(7);
  return Array.from({ length: count }, (_, i) => {
    const parts = 2 + Math.floor(next() * 2);
    let word = '';
    for (let p = 0; p < parts; p++) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    return i % 5 === 0 ? `${word}${100 + Math.floor(next() * 900)}` : word;
  });
}

function zipf(next: () => number, n: number): number {
  // Inverse-CDF approximation of Zipf(s = 1) over n ranks.
  return Math.min(n - 1, Math.floor(Math.exp(next() * Math.log(n + 1)) - 1));
}

/** `count` entries: the eval FAQ first, then product-specific variants of it. Deterministic. */
export function generateKnowledgeBase(count = 5000): FaqEntry[] {
  const base = JSON.parse(readFileSync(join(EVAL_DIR, 'faq-en.json'), 'utf8')) as FaqEntry[];
  const out: FaqEntry[] = base.slice(0, count);
  const rare = rareWords(20_000);
  const next = random(42);
  const pick = (n: number) => Array.from({ length: n }, () => rare[zipf(next, rare.length)]!);
  for (let k = 0; out.length < count; k++) {
    const entry = base[k % base.length]!;
    const round = Math.floor(k / base.length);
    const brand = BRANDS[(k * 7 + round) % BRANDS.length]!;
    const [type, part] = PRODUCTS[(k * 3 + round * 5) % PRODUCTS.length]! as [string, string];
    const [model] = pick(1);
    const product = `${brand} ${model} ${type}`;
    const material = MATERIALS[(k + round) % MATERIALS.length]!;
    const color = COLORS[(k * 5 + round) % COLORS.length]!;
    const extra = [0, 1, 2].map((j) => SENTENCES[(k + j * 3 + round) % SENTENCES.length]!(product, part, material, color));
    out.push({
      id: `${entry.id}-${k}`,
      question: `${entry.question.replace(/[?.]$/, '')} (${product})${entry.question.endsWith('?') ? '?' : '.'}`,
      answer: `${extra[0]} ${entry.answer} ${extra[1]} ${extra[2]} Compatible parts: ${pick(3 + (k % 5)).join(', ')}. See also the ${pick(2).join(' and ')} guides.`,
      tags: [...(entry.tags ?? []), type, brand.toLowerCase()],
      url: `https://help.northstar.example/en/${entry.id}-${k}`,
    });
  }
  return out;
}

function evalQueries(): string[] {
  return readFileSync(join(EVAL_DIR, 'queries-en.jsonl'), 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { query: string }).query);
}

export async function benchSearch(): Promise<Figure[]> {
  const kb5000 = generateKnowledgeBase(5000);
  const kb2000 = kb5000.slice(0, 2000);
  const queries = evalQueries();
  const index = buildFaqIndex(kb5000);
  let next = 0;
  const query = measure('FAQ query, 5,000 entries', queries.length * 3, () => {
    searchFaq(index, queries[next++ % queries.length]!, { limit: 5 });
  }, `${queries.length} eval queries, limit 5`);
  const build2000 = measure('FAQ index build, 2,000 entries', 15, () => void buildFaqIndex(kb2000));
  const build5000 = measure('FAQ index build, 5,000 entries', 7, () => void buildFaqIndex(kb5000));
  const serialized = JSON.stringify(serializeFaqIndex(buildFaqIndex(kb2000)));
  const entriesSize = JSON.stringify(kb2000).length;
  const load2000 = measure('FAQ index load (prebuilt), 2,000 entries', 15, () => void loadFaqIndex(JSON.parse(serialized), kb2000),
    `serialized ${(serialized.length / 1024).toFixed(0)} KB beside ${(entriesSize / 1024).toFixed(0)} KB of entries`);
  return [query, build2000, build5000, load2000];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await benchSearch();
  const width = Math.max(...figures.map((f) => f.name.length));
  console.log(`${'benchmark'.padEnd(width)}  median ms    p95 ms`);
  for (const f of figures) console.log(`${f.name.padEnd(width)}  ${f.medianMs.toFixed(2).padStart(9)}  ${f.p95Ms.toFixed(2).padStart(8)}${f.note ? `  (${f.note})` : ''}`);
}
