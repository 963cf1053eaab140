import { describe, expect, it } from 'vitest';
import { attune, tempFile } from './run';

// The CLI is a contract that scripts outside this repository call exactly so: these tests pin its shapes.

describe('attune analyze', () => {
  it('answers one message with the promised fields and exact spans', () => {
    const text = "I'm really frustrated — the lamp arrived smashed!!";
    const run = attune(['analyze'], text);
    expect(run.status).toBe(0);
    const out = run.json();
    expect(Object.keys(out)).toEqual(['language', 'emotions', 'mirrorLines', 'situations', 'phrasings']);
    expect(out.language).toBe('en');
    const [flag] = out.emotions;
    expect(flag).toEqual({ text: 'frustrated', category: 'frustration', start: 11, end: 21, intensity: 3, negated: false });
    expect(text.slice(flag.start, flag.end)).toBe(flag.text);
    expect(out.mirrorLines[0]).toContain('frustrated');
    expect(out.situations).toContain('damaged-item');
    expect(out.phrasings[0]).toMatchObject({ id: expect.any(String), text: expect.any(String), step: 'acknowledge' });
  });

  it('leaves negated words out, or shows them with --include-negated', () => {
    const text = "I'm not angry, just confused about this charge.";
    expect(attune(['analyze'], text).json().emotions.map((flag: { category: string }) => flag.category)).toEqual(['confusion']);
    const all = attune(['analyze', '--include-negated'], text).json().emotions;
    expect(all.find((flag: { category: string }) => flag.category === 'anger')).toMatchObject({ negated: true });
  });

  it('detects Japanese and gives offsets in UTF-16 code units', () => {
    const text = '商品が届かず、とても不安です。';
    const out = attune(['analyze'], text).json();
    expect(out.language).toBe('ja');
    const anxiety = out.emotions.find((flag: { category: string }) => flag.category === 'anxiety');
    expect(text.slice(anxiety.start, anxiety.end)).toBe(anxiety.text);
    expect(anxiety.text).toContain('不安');
  });

  it('answers --jsonl line by line, keeping alignment when a line is bad', () => {
    const run = attune(['analyze', '--jsonl'], '{"text":"I am furious"}\nnot json\n{"text":"Where is my parcel?"}\n');
    expect(run.status).toBe(1);
    const lines = run.lines();
    expect(lines).toHaveLength(3);
    expect(lines[0].emotions[0].category).toBe('anger');
    expect(lines[1].error).toMatch(/line 2: not valid JSON/);
    expect(lines[2].emotions).toEqual([]);
    expect(run.stderr).toMatch(/line 2/);
  });

  it('honours --lang and rejects a bad value', () => {
    expect(attune(['analyze', '--lang', 'ja'], 'OK').json().language).toBe('ja');
    const run = attune(['analyze', '--lang', 'fr'], 'hello');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--lang must be one of auto, en, ja/);
  });

  it('uses only the --pack files given, layered in order', () => {
    const pack = {
      id: 'tiny', name: 'Tiny', version: '1.0.0', locale: 'en',
      emotions: [{ id: 'anger', label: 'Anger', valence: 'negative', terms: [{ text: 'grumpy', frame: 'state' }], mirrors: [{ frame: 'state', text: 'You sound {word}.' }] }],
    };
    const out = attune(['analyze', '--pack', tempFile('tiny.json', JSON.stringify(pack))], 'I am grumpy and furious').json();
    expect(out.emotions.map((flag: { text: string }) => flag.text)).toEqual(['grumpy']);
    expect(out.mirrorLines).toEqual(['You sound grumpy.']);
  });

  it('refuses an invalid --pack with its path, and exits non-zero', () => {
    const run = attune(['analyze', '--pack', tempFile('bad.json', '{"id":"x"}')], 'hello');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bad\.json: name: /);
    expect(run.stdout).toBe('');
  });
});

describe('attune search', () => {
  it('returns results best first with id, question and score', () => {
    const run = attune(['search', '--limit', '3', 'how', 'long', 'does', 'a', 'refnud', 'take']);
    expect(run.status).toBe(0);
    const { results } = run.json();
    expect(results).toHaveLength(3);
    expect(results[0]).toMatchObject({ id: 'refund-timing', question: expect.any(String), score: expect.any(Number) });
    const scores = results.map((result: { score: number }) => result.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('answers --jsonl queries one line each, in English and Japanese', () => {
    const lines = attune(['search', '--jsonl', '--limit', '5'], '{"query":"reset my password"}\n{"query":"返品したい"}\n').lines();
    expect(lines).toHaveLength(2);
    expect(lines[0].results[0].id).toMatch(/password/);
    expect(lines[1].results.length).toBeGreaterThan(0);
    expect(lines[1].results[0].question).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('searches an imported FAQ pack, keeping the CSV ids', () => {
    const out = tempFile('faq.json', '');
    const csv = 'id,question,answer\nK-77,Do you ship to Canada?,"Yes, in 5–8 business days."\nK-78,Can I pay with PayPal?,Yes at checkout.\n';
    expect(attune(['pack', 'import-faq', tempFile('faq.csv', csv), '--out', out]).status).toBe(0);
    const { results } = attune(['search', '--pack', out, 'shipping to canada']).json();
    expect(results[0].id).toBe('K-77');
  });

  it('needs a query', () => {
    expect(attune(['search'], '').status).toBe(2);
  });
});

describe('attune returns', () => {
  const facts = { daysSinceDelivery: 12, condition: 'opened', category: 'electronics', price: 89.99, finalSale: false, gift: false, request: 'refund', role: 'agent', goodwillAmount: 0 };

  it('lists every option with status, reasons and fees', () => {
    const run = attune(['returns'], JSON.stringify(facts));
    expect(run.status).toBe(0);
    const { options } = run.json();
    expect(options.map((option: { id: string }) => option.id)).toEqual(['refund', 'exchange', 'store-credit', 'replacement', 'keep-it-refund', 'goodwill-credit']);
    const refund = options[0];
    expect(refund).toMatchObject({ status: 'allowed', requested: true });
    expect(refund.fees).toEqual([{ label: 'Return shipping', amount: 6.95 }, expect.objectContaining({ label: 'Restocking fee', amount: 13.5 })]);
    expect(refund.reasons[0]).toMatch(/^§1 /);
    expect(options[1].fees).toEqual([]);
  });

  it('uses the Japanese policy with --locale ja', () => {
    const { options, currency } = attune(['returns', '--locale', 'ja'], JSON.stringify({ ...facts, condition: 'unopened', daysSinceDelivery: 5, price: 3000 })).json();
    expect(currency).toBe('JPY');
    expect(options[0].status).toBe('allowed');
  });

  it('names bad facts by field and exits non-zero', () => {
    const run = attune(['returns'], JSON.stringify({ ...facts, condition: 'broken', daysSinceDelivery: -1 }));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/condition/);
    expect(run.stderr).toMatch(/daysSinceDelivery/);
  });

  it('says stdin must be JSON', () => {
    const run = attune(['returns'], 'refund please');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/one JSON object/);
  });
});

describe('attune pack test', () => {
  const pack = (examples: unknown[]) => tempFile('team.json', JSON.stringify({ id: 'team', name: 'Team', version: '1.0.0', locale: 'en', examples }));

  it('prints PASS per example and exits 0 when all pass', () => {
    const run = attune(['pack', 'test', pack([{ id: 'furious', text: 'I am absolutely furious', must: { emotions: ['anger'] } }])]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('PASS furious\n1 passed, 0 failed\n');
  });

  it('prints FAIL with the reason and exits 1', () => {
    const run = attune(['pack', 'test', pack([
      { id: 'calm', text: 'Where can I download my invoice?', must: { emotions: ['anger'] } },
      { id: 'happy-to', text: 'Happy to send photos if needed.', mustNot: { emotions: ['joy'] } },
    ])]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('FAIL calm: expected emotion anger, found none\nPASS happy-to\n1 passed, 1 failed\n');
  });

  it('runs the bundled packs’ own examples green', () => {
    expect(attune(['pack', 'test', 'knowledge/en.json']).status).toBe(0);
    expect(attune(['pack', 'test', 'knowledge/ja.json']).status).toBe(0);
  });
});
