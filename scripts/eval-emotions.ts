/**
 * Prints how the bundled packs score on the labelled messages, plus the ids and matched words (never the
 * text) of false positives and wrong top categories, to guide tuning. Run: npx tsx scripts/eval-emotions.ts
 */
import { BUNDLED_PACKS } from '../utils/pack/bundled';
import { compileEngine } from '../utils/analyze';
import { formatTable, loadLabelled, score } from '../tests/emotion/evaluate';

const engine = compileEngine([...BUNDLED_PACKS]);
const rows = (['en', 'ja'] as const).map((language) => score(engine, language, loadLabelled(language)));
console.log(formatTable(rows));
for (const row of rows) {
  console.log(`\n${row.language}: negative flags on messages not labelled negative (${row.falsePositives.length})`);
  for (const miss of row.falsePositives) console.log(`  ${miss.id} [${miss.polarity}] ${miss.flags.join(', ')}`);
  console.log(`${row.language}: top flag not among the labels (${row.wrongTop.length})`);
  for (const miss of row.wrongTop) console.log(`  ${miss.id} [${miss.polarity}: ${miss.labels.join('+') || '-'}] ${miss.flags.join(', ')}`);
}
