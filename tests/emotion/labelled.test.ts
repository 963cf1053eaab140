/**
 * The engine with the bundled packs against the hand-labelled messages (tests/labelled/*.jsonl): the
 * precision-first targets from the issue. Prints the table; scripts/eval-emotions.ts lists the misses.
 */
import { describe, expect, it } from 'vitest';
import { compileEngine } from '../../utils/analyze';
import { BUNDLED_PACKS } from '../../utils/pack/bundled';
import { formatTable, loadLabelled, score, TARGETS, type Scores } from './evaluate';

const engine = compileEngine([...BUNDLED_PACKS]);
const rows: Scores[] = (['en', 'ja'] as const).map((language) => score(engine, language, loadLabelled(language)));
console.log(`\n${formatTable(rows)}\n`);

describe.each(rows)('labelled $language messages', (row) => {
  it('has enough messages to mean something', () => {
    expect(row.messages).toBeGreaterThanOrEqual(row.language === 'en' ? 240 : 130);
  });

  it(`is right on at least ${TARGETS.precision * 100}% of negative flags`, () => {
    expect(row.precision).toBeGreaterThanOrEqual(TARGETS.precision);
  });

  it(`flags fewer than ${TARGETS.neutralFlagRate * 100}% of neutral messages as negative`, () => {
    expect(row.neutralFlagRate).toBeLessThan(TARGETS.neutralFlagRate);
  });

  it(`puts the top flag among the labelled categories at least ${TARGETS.categoryAccuracy * 100}% of the time`, () => {
    expect(row.categoryAccuracy).toBeGreaterThanOrEqual(TARGETS.categoryAccuracy);
  });

  it(`flags more than ${TARGETS.recall * 100}% of negative messages`, () => {
    expect(row.recall).toBeGreaterThan(TARGETS.recall);
  });
});
