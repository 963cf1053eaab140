import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateSigningKeys, sha256Hex, signRelease, verifyManifest, verifyRelease, importPrivateKey } from '../../utils/release/crypto';
import { compareVersions, releaseManifestSchema, signedPayload } from '../../utils/release/manifest';

const packText = `${JSON.stringify({ id: 'acme-en', name: 'Acme', version: '2.3.0', locale: 'en', faq: [{ id: 'q1', question: 'Where is my order? 注文', answer: 'On its way.' }] }, null, 2)}\n`;
const pack = { id: 'acme-en', version: '2.3.0', locale: 'en' };
const NOW = new Date('2026-11-23T10:00:00.000Z');

describe('release signing (real WebCrypto Ed25519)', async () => {
  const keys = await generateSigningKeys();
  const other = await generateSigningKeys();
  const manifest = await signRelease(packText, pack, keys.privateKey, 'acme-en-2.3.0.json', NOW);

  it('makes keys in the documented forms', async () => {
    expect(atob(keys.publicKey)).toHaveLength(32);
    expect(keys.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(keys.keyId).toBe(createHash('sha256').update(Buffer.from(keys.publicKey, 'base64')).digest('hex').slice(0, 16));
    // The private key recovers the same public key and id.
    expect(await importPrivateKey(keys.privateKey)).toMatchObject({ publicKey: keys.publicKey, keyId: keys.keyId });
  });

  it('hashes the UTF-8 bytes', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    // Node's own hash over the UTF-8 bytes is the independent reference.
    expect(await sha256Hex(packText)).toBe(createHash('sha256').update(Buffer.from(packText, 'utf8')).digest('hex'));
    expect(await sha256Hex('é')).not.toBe(await sha256Hex('e\u0301'));
  });

  it('writes a manifest that matches the schema and the signed payload format', () => {
    expect(releaseManifestSchema.parse(manifest)).toEqual(manifest);
    expect(manifest).toMatchObject({ format: 1, packId: 'acme-en', version: '2.3.0', locale: 'en', keyId: keys.keyId, publishedAt: '2026-11-23T10:00:00.000Z', pack: 'acme-en-2.3.0.json' });
    const { signature: _signature, ...unsigned } = manifest;
    expect(signedPayload(unsigned)).toBe(
      `attune-release-v1\nacme-en\n2.3.0\nen\n${manifest.sha256}\n${keys.keyId}\n2026-11-23T10:00:00.000Z\nacme-en-2.3.0.json`,
    );
  });

  it('verifies what it signed, also after a JSON round trip', async () => {
    expect(await verifyRelease(JSON.parse(JSON.stringify(manifest)), packText, keys.publicKey)).toEqual({ ok: true, manifest });
  });

  it('verifies the manifest alone, so a poll that sees the active hash needs no pack download', async () => {
    expect(await verifyManifest(manifest, keys.publicKey)).toEqual({ ok: true, manifest });
    expect(await verifyManifest({ ...manifest, sha256: 'a'.repeat(64) }, keys.publicKey)).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(await verifyManifest(manifest, other.publicKey)).toMatchObject({ ok: false, reason: 'key-mismatch' });
  });

  it('refuses a tampered pack: hash-mismatch', async () => {
    const result = await verifyRelease(manifest, packText.replace('On its way.', 'Lost.'), keys.publicKey);
    expect(result).toMatchObject({ ok: false, reason: 'hash-mismatch' });
    // One byte less (a truncated download) too.
    expect(await verifyRelease(manifest, packText.slice(0, -1), keys.publicKey)).toMatchObject({ ok: false, reason: 'hash-mismatch' });
  });

  it('refuses a release checked against another key: key-mismatch', async () => {
    const result = await verifyRelease(manifest, packText, other.publicKey);
    expect(result).toMatchObject({ ok: false, reason: 'key-mismatch' });
    if (!result.ok) expect(result.detail).toContain(keys.keyId);
  });

  it('refuses a release signed by another key that claims the pinned key id: bad-signature', async () => {
    const forged = await signRelease(packText, pack, other.privateKey, 'acme-en-2.3.0.json', NOW);
    expect(await verifyRelease({ ...forged, keyId: keys.keyId }, packText, keys.publicKey)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it.each([
    ['version', '9.9.9'],
    ['packId', 'other-pack'],
    ['locale', 'ja'],
    ['publishedAt', '2030-01-01T00:00:00.000Z'],
    ['pack', 'other.json'],
  ] as const)('refuses an edited manifest field (%s): bad-signature', async (field, value) => {
    expect(await verifyRelease({ ...manifest, [field]: value }, packText, keys.publicKey)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a signature of the wrong length or garbage: bad-signature', async () => {
    expect(await verifyRelease({ ...manifest, signature: 'AAAA' }, packText, keys.publicKey)).toMatchObject({ ok: false, reason: 'bad-signature' });
    const flipped = manifest.signature.startsWith('A') ? `B${manifest.signature.slice(1)}` : `A${manifest.signature.slice(1)}`;
    expect(await verifyRelease({ ...manifest, signature: flipped }, packText, keys.publicKey)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it.each([
    ['a field of the wrong type', { ...manifest, version: 3 }, 'version'],
    ['a bad hash', { ...manifest, sha256: 'xyz' }, 'sha256'],
    ['an unknown field', { ...manifest, extra: true }, 'extra'],
    ['a missing field', { ...manifest, signature: undefined }, 'signature'],
    ['a pack path to another host', { ...manifest, pack: 'https://evil.example/p.json' }, 'pack'],
    ['a pack path that climbs', { ...manifest, pack: '../p.json' }, 'pack'],
    ['a future format', { ...manifest, format: 2 }, 'format'],
  ])('refuses a malformed manifest (%s): manifest-invalid naming the path', async (_name, bad, path) => {
    const result = await verifyRelease(bad, packText, keys.publicKey);
    expect(result).toMatchObject({ ok: false, reason: 'manifest-invalid' });
    if (!result.ok) expect(result.detail).toContain(path);
  });

  it.each([null, 'text', [], 42])('refuses a manifest that is not an object (%j)', async (bad) => {
    expect(await verifyRelease(bad, packText, keys.publicKey)).toMatchObject({ ok: false, reason: 'manifest-invalid' });
  });

  it('refuses a pinned key that is not a 32-byte key: key-mismatch, without throwing', async () => {
    expect(await verifyRelease(manifest, packText, 'not base64!')).toMatchObject({ ok: false, reason: 'key-mismatch' });
    expect(await verifyRelease(manifest, packText, btoa('short'))).toMatchObject({ ok: false, reason: 'key-mismatch' });
  });

  it('refuses to sign with a key that is not an Ed25519 PKCS#8 key', async () => {
    await expect(signRelease(packText, pack, 'bm90IGEga2V5', 'a.json')).rejects.toThrow(/Ed25519/);
    await expect(signRelease(packText, pack, '%%%', 'a.json')).rejects.toThrow(/base64/);
  });
});

describe('compareVersions', () => {
  it.each([
    ['1.0.0', '1.0.1', -1],
    ['1.10.0', '1.9.0', 1],
    ['2.0.0', '2.0.0', 0],
    ['1.0.0-rc.1', '1.0.0', -1],
    ['1.0.0-alpha', '1.0.0-alpha.1', -1],
    ['1.0.0-alpha.2', '1.0.0-alpha.10', -1],
    ['1.0.0-alpha.1', '1.0.0-beta', -1],
    ['1.0.0-1', '1.0.0-alpha', -1],
    ['1.0.0+build.5', '1.0.0', 0],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
    expect(compareVersions(b, a)).toBe(-expected || 0);
  });
});
