// `npm run bench`: prints the medians the core issue sets targets for. Figures, not pass/fail: a shared
// machine makes timing assertions flaky, so targets are printed beside the numbers for a human to read.
import { benchAnalyze } from './bench-analyze';
import { benchSearch } from './bench-search';
import { benchPack } from './bench-pack';
import { benchPacks } from './bench-packs';
import type { Figure } from './measure';

const TARGETS: [RegExp, number][] = [
  [/100-message/, 5],
  [/query.*5,?000/i, 5],
  [/2,000-entry pack/, 100],
];

const figures: Figure[] = [...(await benchAnalyze()), ...(await benchSearch()), ...(await benchPack()), ...(await benchPacks())];
const width = Math.max(...figures.map((figure) => figure.name.length));
console.log(`${'benchmark'.padEnd(width)}  median ms    p95 ms  target`);
for (const figure of figures) {
  const target = TARGETS.find(([pattern]) => pattern.test(figure.name))?.[1];
  const verdict = target === undefined ? '' : figure.medianMs < target ? `< ${target} ms ok` : `< ${target} ms MISSED`;
  console.log(`${figure.name.padEnd(width)}  ${figure.medianMs.toFixed(2).padStart(9)}  ${figure.p95Ms.toFixed(2).padStart(8)}  ${verdict}${figure.note ? `  (${figure.note})` : ''}`);
}

// The content script's figures need the built extension and a real Chromium (issue 3).
console.log('\ncontent script (npm run build first; Chromium via CHROME_BIN or /usr/bin/chromium):');
const { measureContent, printContentFigures } = await import('./measure-content');
printContentFigures(await measureContent());
