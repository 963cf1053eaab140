import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { attune, tempFile } from './run';

const overlay = {
  id: 'team-faq',
  name: 'Team FAQ',
  version: '1.2.0',
  locale: 'en',
  faq: [{ id: 'holiday-returns', question: 'Can I return holiday gifts in January?', answer: 'Yes, until January 31.' }],
};

describe('attune validate', () => {
  it('exits 0 and summarises a valid overlay pack', () => {
    const run = attune(['validate', tempFile('team.json', JSON.stringify(overlay))]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.json().files[0]).toMatchObject({ valid: true, id: 'team-faq', faq: 1 });
  });

  it('accepts every bundled pack', () => {
    const run = attune(['validate', 'knowledge/en.json', 'knowledge/ja.json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('prints one line per problem with the JSON path, and exits 1', () => {
    const bad = { ...overlay, version: 'one', faq: [overlay.faq[0], { ...overlay.faq[0], url: 'not a url' }] };
    const file = tempFile('bad.json', JSON.stringify(bad));
    const run = attune(['validate', file]);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([expect.stringContaining(`${file}: version: `), expect.stringContaining(`${file}: faq[1].url: `)]);
  });

  it('names the line and column of malformed JSON', () => {
    const run = attune(['validate', tempFile('broken.json', '{\n  "id": "x",\n  "name": "y",,\n}')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/broken\.json: \(file\): invalid JSON at line 3, column 15/);
  });

  it('reports an example that names an unknown category', () => {
    const pack = { ...overlay, examples: [{ id: 'e', text: 'I am livid', must: { emotions: ['rage'] } }] };
    const run = attune(['validate', tempFile('unknown.json', JSON.stringify(pack))]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/examples\[0\]\.must\.emotions\[0\]: unknown emotion category "rage"/);
  });

  it('reports a missing file and keeps checking the others', () => {
    const run = attune(['validate', '/nonexistent/pack.json', tempFile('ok.json', JSON.stringify(overlay))]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/\/nonexistent\/pack\.json: cannot read \(no such file\)/);
    expect(run.json().files.map((file: { valid: boolean }) => file.valid)).toEqual([false, true]);
  });
});

describe('attune pack format', () => {
  it('rewrites a pack canonically, and --check then passes', () => {
    const file = tempFile('messy.json', JSON.stringify(overlay));
    expect(attune(['pack', 'format', '--check', file]).status).toBe(1);
    expect(attune(['pack', 'format', file]).json().files[0].status).toBe('formatted');
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(overlay, null, 2)}\n`);
    expect(attune(['pack', 'format', '--check', file]).status).toBe(0);
  });

  it('never rewrites an invalid pack', () => {
    const text = JSON.stringify({ ...overlay, version: 'x' });
    const file = tempFile('invalid.json', text);
    expect(attune(['pack', 'format', file]).status).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});

describe('attune pack import-faq', () => {
  const csv = [
    'id,question,answer,tags,url',
    'Q-1,How long do refunds take?,"Refunds reach your card in 5–10 business days, after the return arrives.",refunds; payment,https://help.example.com/refunds',
    '2,"Can I change my address, after ordering?","Yes — within 1 hour.\nAfter that, contact us.",,',
    '3,Where is my order?,,shipping,',
    '2,Duplicate id,Another answer,,',
  ].join('\n');

  it('turns a CSV export into a FAQ pack, keeping ids as given and naming bad rows', () => {
    const out = tempFile('faq.json', '');
    const run = attune(['pack', 'import-faq', tempFile('export.csv', csv), '--out', out, '--id', 'help-centre']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/row 4\.answer: must not be empty/);
    expect(run.stderr).toMatch(/row 5\.id: duplicate id "2" \(first used in row 3\)/);
    const pack = JSON.parse(readFileSync(out, 'utf8'));
    expect(pack).toMatchObject({ id: 'help-centre', locale: 'en', version: '1.0.0' });
    expect(pack.faq).toEqual([
      { id: 'Q-1', question: 'How long do refunds take?', answer: 'Refunds reach your card in 5–10 business days, after the return arrives.', tags: ['refunds', 'payment'], url: 'https://help.example.com/refunds' },
      { id: '2', question: 'Can I change my address, after ordering?', answer: 'Yes — within 1 hour.\nAfter that, contact us.' },
    ]);
    expect(attune(['validate', out]).status).toBe(0);
  });

  it('with --strict writes nothing when a row is bad', () => {
    const out = tempFile('strict.json', 'untouched');
    const run = attune(['pack', 'import-faq', tempFile('export.csv', csv), '--out', out, '--strict']);
    expect(run.status).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('untouched');
  });

  it('detects a Japanese export and names a missing column', () => {
    const out = tempFile('ja.json', '');
    expect(attune(['pack', 'import-faq', tempFile('ja.csv', 'id,question,answer\nr1,返品はできますか？,未開封で8日以内なら可能です。\n'), '--out', out]).json().locale).toBe('ja');
    const run = attune(['pack', 'import-faq', tempFile('nocol.csv', 'id,title,body\n1,a,b\n'), '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/missing columns question, answer/);
  });
});

describe('attune (usage)', () => {
  it('rejects an unknown command with exit 2 and the usage', () => {
    const run = attune(['frobnicate']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown command "frobnicate"/);
  });
});
