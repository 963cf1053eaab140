import { describe, expect, it } from 'vitest';
import { parsePack, validatePack } from '../../utils/pack/parse';
import type { Pack } from '../../utils/pack/schema';

const base: Pack = {
  id: 'base-en',
  name: 'Base',
  version: '1.0.0',
  locale: 'en',
  emotions: [
    {
      id: 'anger',
      label: 'Anger',
      valence: 'negative',
      terms: [{ text: 'furious', frame: 'state', intensity: 3 }],
      mirrors: [{ frame: 'state', text: 'I can hear how {word} you are.' }],
    },
  ],
  situations: [{ id: 'damaged-item', label: 'Damaged item', cues: ['arrived broken'] }],
};

function problemsOf(value: unknown, layers: Pack[] = []) {
  const result = validatePack(value, layers);
  return result.ok ? [] : result.problems;
}

describe('parsePack', () => {
  it('accepts a valid pack and returns it unchanged', () => {
    const result = parsePack(JSON.stringify(base));
    expect(result).toEqual({ ok: true, pack: base });
  });

  it.each([
    ['{"id": "x",}', /invalid JSON at line 1, column 12/],
    ['{\n  "id": "x"\n  "name": "y"\n}', /invalid JSON at line 3, column 3/],
    ['{"id": "x", "faq": [', /invalid JSON at line 1, column 21: Unexpected end of JSON input/],
    ['', /invalid JSON/],
  ])('reports malformed JSON %j with its line and column', (text, message) => {
    const result = parsePack(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]!.path).toBe('(file)');
      expect(result.problems[0]!.message).toMatch(message);
    }
  });

  it('accepts a byte-order mark at the start of the file', () => {
    expect(parsePack(`\uFEFF${JSON.stringify(base)}`).ok).toBe(true);
  });
});

describe('validatePack: schema problems are reported by path', () => {
  it('names wrong types and missing fields', () => {
    const problems = problemsOf({ ...base, version: 2, emotions: [{ ...base.emotions![0], terms: [{ text: 5, frame: 'state' }] }] });
    expect(problems.map((problem) => problem.path)).toEqual(['version', 'emotions[0].terms[0].text']);
  });

  it('rejects a version that is not semver, with the reason', () => {
    expect(problemsOf({ ...base, version: '1.0' })).toEqual([{ path: 'version', message: expect.stringMatching(/semantic version/) }]);
  });

  it('names unknown fields, which catches typos like "phrasing"', () => {
    expect(problemsOf({ ...base, phrasing: [] })).toEqual([{ path: '(root)', message: 'unknown field "phrasing"' }]);
  });

  it('rejects an unknown step or register value at its path', () => {
    const problems = problemsOf({ ...base, phrasings: [{ id: 'p', situation: 'damaged-item', step: 'apologise', text: 'Sorry' }] });
    expect(problems[0]!.path).toBe('phrasings[0].step');
  });
});

describe('validatePack: cross-reference checks', () => {
  it('finds duplicate ids in every section', () => {
    const faq = { id: 'shipping-time', question: 'How long?', answer: 'Three days.' };
    expect(problemsOf({ ...base, faq: [faq, faq] })).toEqual([
      { path: 'faq[1].id', message: 'duplicate id "shipping-time" (first used at faq[0])' },
    ]);
  });

  it('finds an example that names an unknown emotion category', () => {
    const problems = problemsOf({ ...base, examples: [{ id: 'e1', text: 'I am livid', must: { emotions: ['rage'] } }] });
    expect(problems).toEqual([{ path: 'examples[0].must.emotions[0]', message: expect.stringMatching(/unknown emotion category "rage" \(known: anger\)/) }]);
  });

  it('lets an overlay refer to categories and situations of the pack it layers on', () => {
    const overlay = {
      id: 'team-en',
      name: 'Team',
      version: '1.0.0',
      locale: 'en-US',
      phrasings: [{ id: 'p', situation: 'damaged-item', step: 'acknowledge', text: 'Hi {customerName|there}, so sorry.' }],
      examples: [{ id: 'e', text: 'I am furious', must: { emotions: ['anger'] } }],
    };
    expect(problemsOf(overlay)).toHaveLength(2);
    expect(problemsOf(overlay, [base])).toEqual([]);
  });

  it('does not resolve references against a pack of another language', () => {
    const overlay = { id: 'team-ja', name: 'Team', version: '1.0.0', locale: 'ja', examples: [{ id: 'e', text: '激怒', must: { emotions: ['anger'] } }] };
    expect(problemsOf(overlay, [base])).toHaveLength(1);
  });

  it('finds a term whose frame has no mirror template, and a template without {word}', () => {
    const emotions = [{ ...base.emotions![0], terms: [{ text: 'livid', frame: 'quality' }], mirrors: [{ frame: 'state', text: 'I hear you.' }] }];
    expect(problemsOf({ ...base, emotions }).map((problem) => problem.path)).toEqual(['emotions[0].terms[0].frame', 'emotions[0].mirrors[0].text']);
  });

  it('finds the same surface form listed twice, ignoring case and apostrophe style', () => {
    const emotions = [{ ...base.emotions![0], terms: [{ text: "Can't stand", frame: 'state' }, { text: 'can’t  stand', frame: 'state' }] }];
    expect(problemsOf({ ...base, emotions })).toEqual([{ path: 'emotions[0].terms[1].text', message: expect.stringMatching(/already listed at emotions\[0\]\.terms\[0\]/) }]);
  });

  it('finds unknown placeholders in phrasings', () => {
    const phrasings = [{ id: 'p', situation: 'damaged-item', step: 'resolve', text: 'I have refunded {ammount} to {customerName}.' }];
    expect(problemsOf({ ...base, phrasings })).toEqual([{ path: 'phrasings[0].text', message: expect.stringMatching(/unknown placeholder \{ammount\}/) }]);
  });

  it('finds an impossible policy window', () => {
    const returnPolicy = {
      id: 'p',
      name: 'P',
      currency: 'USD',
      rules: [{ id: 'r', clause: '§1', when: { minDays: 31, maxDays: 30 }, set: { refund: 'allowed' } }],
    };
    expect(problemsOf({ ...base, returnPolicy })).toEqual([{ path: 'returnPolicy.rules[0].when.minDays', message: 'minDays 31 is after maxDays 30' }]);
  });
});
