import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attune } from './run';
import { verifyRelease } from '../../utils/release/crypto';

const pack = (version: string, answer = 'Yes, until January 31.') =>
  `${JSON.stringify({ id: 'team-faq', name: 'Team FAQ', version, locale: 'en', faq: [{ id: 'holiday-returns', question: 'Can I return holiday gifts in January?', answer }] }, null, 2)}\n`;

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'attune-release-'));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  return { dir, write, path: (...parts: string[]) => join(dir, ...parts) };
}

describe('attune pack keygen / sign / publish', () => {
  it('goes from a pack to a verified static folder', async () => {
    const ws = workspace();
    const keygen = attune(['pack', 'keygen', '--out', ws.path('keys')]);
    expect(keygen.stderr).toBe('');
    expect(keygen.status).toBe(0);
    const keys = keygen.json();
    expect(keys).toMatchObject({ keyId: expect.stringMatching(/^[0-9a-f]{16}$/), privateKeyFile: ws.path('keys', 'attune-signing.key') });
    const privateKey = readFileSync(ws.path('keys', 'attune-signing.key'), 'utf8').trim();
    expect(keygen.stdout).not.toContain(privateKey);
    expect(statSync(ws.path('keys', 'attune-signing.key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(ws.path('keys', 'attune-signing.pub'), 'utf8').trim()).toBe(keys.publicKey);

    const text = pack('1.2.0');
    const sign = attune(['pack', 'sign', ws.write('team.json', text), '--key', ws.path('keys', 'attune-signing.key'), '--out', ws.path('release')]);
    expect(sign.stderr).toBe('');
    expect(sign.status).toBe(0);
    const manifest = sign.json();
    expect(manifest).toMatchObject({ packId: 'team-faq', version: '1.2.0', locale: 'en', keyId: keys.keyId, pack: 'team-faq-1.2.0.json' });
    expect(readFileSync(ws.path('release', 'team-faq-1.2.0.json'), 'utf8')).toBe(text);
    expect(JSON.parse(readFileSync(ws.path('release', 'team-faq.manifest.json'), 'utf8'))).toEqual(manifest);

    const publish = attune(['pack', 'publish', ws.path('release'), '--out', ws.path('site'), '--base-url', 'https://packs.example.com/acme/']);
    expect(publish.stderr).toBe('');
    expect(publish.status).toBe(0);
    expect(publish.json().packs).toEqual([
      { id: 'team-faq', version: '1.2.0', locale: 'en', manifest: 'team-faq.manifest.json', url: 'https://packs.example.com/acme/team-faq.manifest.json', publicKey: keys.publicKey, keyId: keys.keyId },
    ]);
    // Only public files reach the site: never the private key.
    expect(readdirSync(ws.path('site')).sort()).toEqual(['index.json', 'team-faq-1.2.0.json', 'team-faq.manifest.json']);
    const published = JSON.parse(readFileSync(ws.path('site', 'team-faq.manifest.json'), 'utf8'));
    const publishedPack = readFileSync(ws.path('site', published.pack), 'utf8');
    expect(await verifyRelease(published, publishedPack, keys.publicKey)).toMatchObject({ ok: true });
    expect(JSON.parse(readFileSync(ws.path('site', 'index.json'), 'utf8'))).toEqual({
      format: 1,
      packs: [{ id: 'team-faq', version: '1.2.0', locale: 'en', manifest: 'team-faq.manifest.json', pack: 'team-faq-1.2.0.json', keyId: keys.keyId, publishedAt: manifest.publishedAt }],
    });

    // A new version replaces the manifest and keeps the old pack file for agents mid-update.
    expect(attune(['pack', 'sign', ws.write('team.json', pack('1.3.0', 'Yes, until February 15.')), '--key', ws.path('keys', 'attune-signing.key'), '--out', ws.path('release')]).status).toBe(0);
    expect(attune(['pack', 'publish', ws.path('release'), '--out', ws.path('site')]).status).toBe(0);
    expect(readdirSync(ws.path('site')).sort()).toEqual(['index.json', 'team-faq-1.2.0.json', 'team-faq-1.3.0.json', 'team-faq.manifest.json']);
    expect(JSON.parse(readFileSync(ws.path('site', 'team-faq.manifest.json'), 'utf8')).version).toBe('1.3.0');

    // Signing an older version into the same folder is a downgrade agents would refuse.
    const older = attune(['pack', 'sign', ws.write('old.json', pack('1.1.0')), '--key', ws.path('keys', 'attune-signing.key'), '--out', ws.path('release')]);
    expect(older.status).toBe(1);
    expect(older.stderr).toMatch(/older than the release 1\.3\.0/);
    // Same version, other content: refused.
    const same = attune(['pack', 'sign', ws.write('same.json', pack('1.3.0', 'Changed.')), '--key', ws.path('keys', 'attune-signing.key'), '--out', ws.path('release')]);
    expect(same.status).toBe(1);
    expect(same.stderr).toMatch(/already signed with other content/);
  });

  it('refuses to overwrite an existing key', () => {
    const ws = workspace();
    expect(attune(['pack', 'keygen', '--out', ws.dir]).status).toBe(0);
    const before = readFileSync(ws.path('attune-signing.key'), 'utf8');
    const again = attune(['pack', 'keygen', '--out', ws.dir]);
    expect(again.status).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/attune-signing\.key: already exists/);
    expect(readFileSync(ws.path('attune-signing.key'), 'utf8')).toBe(before);
  });

  it('never signs an invalid pack, and names the JSON path', () => {
    const ws = workspace();
    attune(['pack', 'keygen', '--out', ws.dir]);
    const bad = JSON.parse(pack('1.0.0'));
    bad.faq[0].url = 'not a url';
    const file = ws.write('bad.json', JSON.stringify(bad));
    const run = attune(['pack', 'sign', file, '--key', ws.path('attune-signing.key'), '--out', ws.path('release')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${file}: faq[0].url: `);
    expect(run.stderr).toMatch(/nothing signed/);
    expect(existsSync(ws.path('release'))).toBe(false);
  });

  it('signs a pack saved with a BOM without it, so fetch().text() hashes the same; refuses invalid UTF-8', async () => {
    const ws = workspace();
    const keys = attune(['pack', 'keygen', '--out', ws.dir]).json();
    const text = pack('1.0.0');
    const run = attune(['pack', 'sign', ws.write('bom.json', `\uFEFF${text}`), '--key', ws.path('attune-signing.key'), '--out', ws.path('release')]);
    expect(run.status).toBe(0);
    const bytes = readFileSync(ws.path('release', 'team-faq-1.0.0.json'));
    expect(bytes[0]).toBe(0x7b);
    const fetched = await new Response(bytes).text();
    expect(await verifyRelease(run.json(), fetched, keys.publicKey)).toMatchObject({ ok: true });

    writeFileSync(ws.path('latin1.json'), Buffer.from(pack('1.0.1', 'Oui, café.'), 'latin1'));
    const bad = attune(['pack', 'sign', ws.path('latin1.json'), '--key', ws.path('attune-signing.key'), '--out', ws.path('release')]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/latin1\.json: not valid UTF-8/);
  });

  it('refuses a key file that is not a private key', () => {
    const ws = workspace();
    attune(['pack', 'keygen', '--out', ws.dir]);
    const run = attune(['pack', 'sign', ws.write('team.json', pack('1.0.0')), '--key', ws.path('attune-signing.pub')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/attune-signing\.pub: the private key is not an Ed25519 PKCS#8 key/);
  });

  it('publishes nothing when a release in the folder was tampered with or signed by another key', () => {
    const ws = workspace();
    attune(['pack', 'keygen', '--out', ws.path('keys')]);
    attune(['pack', 'keygen', '--out', ws.path('other')]);
    attune(['pack', 'sign', ws.write('team.json', pack('1.0.0')), '--key', ws.path('keys', 'attune-signing.key'), '--out', ws.path('release')]);

    const wrongKey = attune(['pack', 'publish', ws.path('release'), '--out', ws.path('site'), '--pub', ws.path('other', 'attune-signing.pub')]);
    expect(wrongKey.status).toBe(1);
    expect(wrongKey.stderr).toMatch(/team-faq\.manifest\.json: key-mismatch/);

    writeFileSync(ws.path('release', 'team-faq-1.0.0.json'), pack('1.0.0', 'No returns, ever.'));
    const tampered = attune(['pack', 'publish', ws.path('release'), '--out', ws.path('site')]);
    expect(tampered.status).toBe(1);
    expect(tampered.stderr).toMatch(/team-faq\.manifest\.json: hash-mismatch/);
    expect(tampered.stderr).toMatch(/nothing published/);
    expect(existsSync(ws.path('site'))).toBe(false);
  });

  it('refuses to publish an older version over a newer one already in the site', () => {
    const ws = workspace();
    attune(['pack', 'keygen', '--out', ws.path('keys')]);
    const key = ws.path('keys', 'attune-signing.key');
    attune(['pack', 'sign', ws.write('new.json', pack('2.0.0')), '--key', key, '--out', ws.path('new')]);
    attune(['pack', 'sign', ws.write('old.json', pack('1.0.0')), '--key', key, '--out', ws.path('old')]);
    expect(attune(['pack', 'publish', ws.path('new'), '--out', ws.path('site')]).status).toBe(0);
    const run = attune(['pack', 'publish', ws.path('old'), '--out', ws.path('site')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/older than 2\.0\.0/);
    expect(JSON.parse(readFileSync(ws.path('site', 'team-faq.manifest.json'), 'utf8')).version).toBe('2.0.0');
  });

  it('says what to do with an empty folder', () => {
    const ws = workspace();
    attune(['pack', 'keygen', '--out', ws.dir]);
    const run = attune(['pack', 'publish', ws.dir, '--out', ws.path('site')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no signed releases/);
  });
});

describe('attune pack diff', () => {
  it('prints the changes as JSON, and as lines with --text', () => {
    const ws = workspace();
    const before = ws.write('a.json', pack('1.0.0'));
    const next = JSON.parse(pack('1.1.0', 'Yes, until February 15.'));
    next.faq.push({ id: 'gift-receipts', question: 'Do I need a gift receipt?', answer: 'No.' });
    const after = ws.write('b.json', JSON.stringify(next));
    const run = attune(['pack', 'diff', before, after]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.json()).toEqual({
      old: { id: 'team-faq', version: '1.0.0' },
      new: { id: 'team-faq', version: '1.1.0' },
      identical: false,
      sections: [
        { section: 'pack', added: [], removed: [], changed: ['version'] },
        { section: 'faq', added: ['gift-receipts'], removed: [], changed: ['holiday-returns'] },
      ],
    });
    expect(attune(['pack', 'diff', before, after, '--text']).stdout).toBe(
      'team-faq 1.0.0 → team-faq 1.1.0\n~ pack: version\n+ faq: gift-receipts\n~ faq: holiday-returns\n',
    );
    expect(attune(['pack', 'diff', before, before]).json()).toMatchObject({ identical: true, sections: [] });
  });

  it('diffs the bundled English pack against itself as identical, and names an invalid pack by path', () => {
    const ws = workspace();
    copyFileSync('knowledge/en.json', ws.path('en.json'));
    expect(attune(['pack', 'diff', 'knowledge/en.json', ws.path('en.json')]).json().identical).toBe(true);
    const bad = ws.write('bad.json', JSON.stringify({ ...JSON.parse(pack('1.0.0')), version: 'one' }));
    const run = attune(['pack', 'diff', 'knowledge/en.json', bad]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${bad}: version: `);
  });
});
