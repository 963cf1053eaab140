import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../utils/pack/parse';
import { formatPack } from '../../utils/pack/format';
import { CORE_EMOTIONS, CORE_SITUATIONS, REPLY_STEPS, RETURN_OPTIONS, ROLES, type Pack } from '../../utils/pack/schema';
import { compileEngine } from '../../utils/analyze';
import { runPackExamples } from '../../utils/pack/examples';

const KNOWLEDGE = join(import.meta.dirname, '..', '..', 'knowledge');
const files = readdirSync(KNOWLEDGE).filter((name) => name.endsWith('.json'));

describe.each(files)('bundled pack %s', (file) => {
  const text = readFileSync(join(KNOWLEDGE, file), 'utf8');
  const result = parsePack(text);
  const pack = (result.ok ? result.pack : undefined) as Pack;

  it('is valid: schema and cross-reference checks', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('reproduces the file byte for byte through parse → format', () => {
    expect(formatPack(pack)).toBe(text);
  });

  it('defines all nine core emotion categories with at least 150 surface forms', () => {
    expect(pack.emotions?.map((category) => category.id)).toEqual(expect.arrayContaining([...CORE_EMOTIONS]));
    const terms = pack.emotions!.reduce((sum, category) => sum + category.terms.length, 0);
    expect(terms).toBeGreaterThanOrEqual(150);
  });

  it('has at least 40 phrasings, covering every core situation, each starting with an acknowledgement', () => {
    expect(pack.phrasings!.length).toBeGreaterThanOrEqual(40);
    for (const situation of CORE_SITUATIONS) {
      const steps = new Set(pack.phrasings!.filter((phrasing) => phrasing.situation === situation).map((phrasing) => phrasing.step));
      expect([situation, [...steps].sort()]).toEqual([situation, [...REPLY_STEPS].sort()]);
    }
  });

  it('has at least 20 phrases to avoid, 60 FAQ entries and 30 examples', () => {
    expect(pack.avoid!.length).toBeGreaterThanOrEqual(20);
    expect(pack.faq!.length).toBeGreaterThanOrEqual(60);
    expect(pack.examples!.length).toBeGreaterThanOrEqual(30);
  });

  it('carries a return policy written in canonical order (options, roles)', () => {
    const policy = pack.returnPolicy!;
    expect(policy.rules.length).toBeGreaterThan(0);
    const ordered = (keys: string[], order: readonly string[]) => [...keys].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    for (const rule of policy.rules) expect(Object.keys(rule.set)).toEqual(ordered(Object.keys(rule.set), RETURN_OPTIONS));
    const roles = Object.keys(policy.goodwill?.limits ?? {});
    expect(roles).toEqual(ordered(roles, ROLES));
  });

  it('passes its own examples', () => {
    const outcomes = runPackExamples(compileEngine([pack]), pack.examples!, pack.locale);
    expect(outcomes.filter((outcome) => outcome.failures.length > 0)).toEqual([]);
  });
});

it('bundles an English and a Japanese pack', () => {
  expect(files.sort()).toEqual(['en.json', 'ja.json']);
});
