import { z } from 'zod';
import { localeSchema, packSchema } from '../pack/schema';

/**
 * A signed release: a small manifest next to the pack file on any static host. Agents fetch the manifest
 * first (cheap, ETag-friendly) and the pack only when `sha256` changed. The signature covers every field
 * below except itself, so a host or CDN can change nothing without breaking it.
 */

const base64 = z
  .string()
  .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'must be base64')
  .min(1, 'must not be empty');

/**
 * Relative to the manifest URL and on the same host: no scheme, no leading slash, no "..", so a manifest
 * can never point an agent at a URL the team did not configure.
 */
const relativePackPath = z
  .string()
  .regex(/^(?!.*\.\.)[A-Za-z0-9_][A-Za-z0-9._+-]*(?:\/[A-Za-z0-9_][A-Za-z0-9._+-]*)*$/, 'must be a relative path like "acme-en-2.3.0.json"');

export const releaseManifestSchema = z.strictObject({
  format: z.literal(1),
  packId: packSchema.shape.id,
  version: packSchema.shape.version,
  locale: localeSchema,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'),
  signature: base64,
  keyId: z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 lowercase hex digits'),
  publishedAt: z.iso.datetime({ offset: true }),
  pack: relativePackPath,
});

export type ReleaseManifest = z.infer<typeof releaseManifestSchema>;

/** The exact text that is signed. One field per line, in a fixed order, so no JSON canonicalisation is needed. */
export function signedPayload(m: Omit<ReleaseManifest, 'signature'>): string {
  return ['attune-release-v1', m.packId, m.version, m.locale, m.sha256, m.keyId, m.publishedAt, m.pack].join('\n');
}

/** Compares two semantic versions by precedence (semver §11); build metadata is ignored. */
export function compareVersions(a: string, b: string): number {
  const split = (v: string) => {
    const withoutBuild = v.split('+')[0] ?? '';
    const dash = withoutBuild.indexOf('-');
    const core = dash < 0 ? withoutBuild : withoutBuild.slice(0, dash);
    const pre = dash < 0 ? undefined : withoutBuild.slice(dash + 1).split('.');
    return { core: core.split('.').map(Number), pre };
  };
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < 3; i++) if (x.core[i] !== y.core[i]) return (x.core[i] ?? 0) < (y.core[i] ?? 0) ? -1 : 1;
  if (x.pre === undefined || y.pre === undefined) return x.pre === y.pre ? 0 : x.pre === undefined ? 1 : -1;
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i];
    const q = y.pre[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    if (p === q) continue;
    const pn = /^\d+$/.test(p);
    const qn = /^\d+$/.test(q);
    if (pn && qn) return Number(p) < Number(q) ? -1 : 1;
    if (pn !== qn) return pn ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return 0;
}
