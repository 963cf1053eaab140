import { releaseManifestSchema, signedPayload, type ReleaseManifest } from './manifest';

/**
 * Signing and verifying releases with WebCrypto only (`globalThis.crypto.subtle`), so the same code runs in
 * the CLI (Node 20) and in the extension (Chrome 137+, Firefox 129+). Keys are plain base64 text:
 * the public key as the raw 32 bytes, the private key as PKCS#8.
 */

const ED25519 = { name: 'Ed25519' } as const;

function subtle(): SubtleCrypto {
  const value = globalThis.crypto?.subtle;
  if (!value) throw new Error('WebCrypto (crypto.subtle) is not available here');
  return value;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Throws on anything that is not strict base64, so a mangled key is reported rather than half-read. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const clean = text.trim();
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(clean)) throw new Error('not base64');
  const binary = atob(clean);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of the UTF-8 bytes of `text`, as 64 lowercase hex digits. */
export async function sha256Hex(text: string): Promise<string> {
  return hex(await subtle().digest('SHA-256', new TextEncoder().encode(text)));
}

async function keyIdOf(rawPublicKey: Uint8Array<ArrayBuffer>): Promise<string> {
  return hex(await subtle().digest('SHA-256', rawPublicKey)).slice(0, 16);
}

export async function generateSigningKeys(): Promise<{ publicKey: string; privateKey: string; keyId: string }> {
  const pair = (await subtle().generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await subtle().exportKey('raw', pair.publicKey));
  const pkcs8 = new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey));
  return { publicKey: bytesToBase64(raw), privateKey: bytesToBase64(pkcs8), keyId: await keyIdOf(raw) };
}

/**
 * Imports a base64 PKCS#8 Ed25519 private key and recovers its public key from the JWK form (`x`), because
 * WebCrypto has no direct "public key of this private key" call.
 */
export async function importPrivateKey(privateKeyB64: string): Promise<{ key: CryptoKey; publicKey: string; keyId: string }> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = base64ToBytes(privateKeyB64);
  } catch {
    throw new Error('the private key is not base64 text');
  }
  let extractable: CryptoKey;
  try {
    extractable = await subtle().importKey('pkcs8', bytes, ED25519, true, ['sign']);
  } catch {
    throw new Error('the private key is not an Ed25519 PKCS#8 key');
  }
  const jwk = await subtle().exportKey('jwk', extractable);
  if (!jwk.x) throw new Error('the private key has no public part');
  const raw = base64ToBytes(jwk.x.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(jwk.x.length / 4) * 4, '='));
  // Re-import without extractability: the key object handed on cannot leak the private bytes.
  const key = await subtle().importKey('pkcs8', bytes, ED25519, false, ['sign']);
  return { key, publicKey: bytesToBase64(raw), keyId: await keyIdOf(raw) };
}

/** Public key id: first 16 hex digits of SHA-256 over the raw 32-byte key. */
export async function publicKeyId(publicKeyB64: string): Promise<string> {
  return keyIdOf(base64ToBytes(publicKeyB64));
}

/** Signs the exact pack text. The caller validates the pack first; this only binds bytes, id, version and path. */
export async function signRelease(
  packText: string,
  pack: { id: string; version: string; locale: string },
  privateKeyB64: string,
  packPath: string,
  now: Date = new Date(),
): Promise<ReleaseManifest> {
  const { key, keyId } = await importPrivateKey(privateKeyB64);
  const unsigned = {
    format: 1 as const,
    packId: pack.id,
    version: pack.version,
    locale: pack.locale,
    sha256: await sha256Hex(packText),
    keyId,
    publishedAt: now.toISOString(),
    pack: packPath,
  };
  const signature = await subtle().sign(ED25519, key, new TextEncoder().encode(signedPayload(unsigned)));
  // Field order matches the schema so manifests read the same everywhere.
  const manifest = { format: 1, packId: unsigned.packId, version: unsigned.version, locale: unsigned.locale, sha256: unsigned.sha256,
    signature: bytesToBase64(new Uint8Array(signature)), keyId, publishedAt: unsigned.publishedAt, pack: packPath };
  const checked = releaseManifestSchema.safeParse(manifest);
  if (!checked.success) throw new Error(`cannot sign: ${describeManifestIssues(checked.error.issues)}`);
  return checked.data;
}

export type VerifyResult =
  | { ok: true; manifest: ReleaseManifest }
  | { ok: false; reason: 'manifest-invalid' | 'key-mismatch' | 'hash-mismatch' | 'bad-signature'; detail: string };

function describeManifestIssues(issues: readonly { path: PropertyKey[]; message: string; code: string; keys?: string[] }[]): string {
  return issues
    .map((issue) => {
      const path = issue.path.map(String).join('.') || '(root)';
      const message = issue.code === 'unrecognized_keys' && issue.keys ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message;
      return `${path}: ${message}`;
    })
    .join('; ');
}

/**
 * Checks the manifest alone: its shape, that it names the pinned publisher key, and the Ed25519 signature.
 * The signature covers `sha256`, so a poller can verify a manifest, see the hash is the active one, and stop
 * without downloading the pack. Never throws: the manifest may come from anywhere.
 */
export async function verifyManifest(
  manifest: unknown,
  publicKeyB64: string,
): Promise<{ ok: true; manifest: ReleaseManifest } | { ok: false; reason: 'manifest-invalid' | 'key-mismatch' | 'bad-signature'; detail: string }> {
  const parsed = releaseManifestSchema.safeParse(manifest);
  if (!parsed.success) return { ok: false, reason: 'manifest-invalid', detail: describeManifestIssues(parsed.error.issues) };
  const m = parsed.data;

  let raw: Uint8Array<ArrayBuffer>;
  try {
    raw = base64ToBytes(publicKeyB64);
  } catch {
    return { ok: false, reason: 'key-mismatch', detail: 'the pinned publisher key is not base64 text' };
  }
  if (raw.length !== 32) return { ok: false, reason: 'key-mismatch', detail: `the pinned publisher key has ${raw.length} bytes, not 32` };
  const keyId = await keyIdOf(raw);
  if (keyId !== m.keyId) return { ok: false, reason: 'key-mismatch', detail: `signed with key ${m.keyId}, but the pinned publisher key is ${keyId}` };

  let valid = false;
  try {
    const key = await subtle().importKey('raw', raw, ED25519, false, ['verify']);
    const signature = base64ToBytes(m.signature);
    valid = signature.length === 64 && (await subtle().verify(ED25519, key, signature, new TextEncoder().encode(signedPayload(m))));
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, reason: 'bad-signature', detail: `the signature does not match the manifest for ${m.packId} ${m.version} and key ${keyId}` };
  return { ok: true, manifest: m };
}

/**
 * The whole release: `verifyManifest`, then that the pack text hashes to the signed `sha256`. Hash the text
 * as received (`await response.text()`); releases made by `attune pack sign` carry no BOM and are valid
 * UTF-8, so the text and the file's bytes hash the same.
 */
export async function verifyRelease(manifest: unknown, packText: string, publicKeyB64: string): Promise<VerifyResult> {
  const checked = await verifyManifest(manifest, publicKeyB64);
  if (!checked.ok) return checked;
  const m = checked.manifest;
  const actual = await sha256Hex(packText);
  if (actual !== m.sha256) return { ok: false, reason: 'hash-mismatch', detail: `the pack's SHA-256 is ${actual}, the manifest says ${m.sha256}` };
  return { ok: true, manifest: m };
}
