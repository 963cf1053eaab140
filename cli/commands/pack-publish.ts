import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePack } from '../../utils/pack/parse';
import { BUNDLED_PACKS } from '../../utils/pack/bundled';
import { verifyRelease } from '../../utils/release/crypto';
import { compareVersions, releaseManifestSchema, type ReleaseManifest } from '../../utils/release/manifest';
import { CliError, printJson, readText } from '../io';
import { PUBLIC_KEY_FILE } from './pack-keygen';

interface Release {
  manifest: ReleaseManifest;
  manifestText: string;
  packText: string;
  name: string;
}

/**
 * Lays out a static folder from signed releases. Every release is verified (hash, signature, pack validity)
 * before anything is written, so a half-published site never exists. Older pack files stay in the site:
 * an agent that read the previous manifest a moment ago can still fetch what it names.
 */
export async function packPublishCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' }, pub: { type: 'string' }, 'base-url': { type: 'string' } },
  });
  const [dir, extra] = positionals;
  if (!dir || extra !== undefined) throw new CliError('usage: attune pack publish DIR [--out SITE] [--pub KEY.pub] [--base-url URL]', 2);
  const site = values.out ?? 'site';
  const pubFile = values.pub ?? join(dir, PUBLIC_KEY_FILE);
  const publicKey = readText(pubFile).trim();
  const baseUrl = values['base-url']?.replace(/\/+$/, '');
  if (baseUrl !== undefined && !/^https?:\/\/[^/\s]+/.test(baseUrl)) throw new CliError(`--base-url must be an http(s) URL (got "${baseUrl}")`, 2);

  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.manifest.json')).sort();
  } catch {
    throw new CliError(`${dir}: cannot read the folder`);
  }
  if (names.length === 0) throw new CliError(`${dir}: no signed releases (*.manifest.json); run attune pack sign first`);

  const releases: Release[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const manifestText = readText(file);
    let raw: unknown;
    try {
      raw = JSON.parse(manifestText);
    } catch {
      problems.push(`${file}: not valid JSON`);
      continue;
    }
    const shape = releaseManifestSchema.safeParse(raw);
    if (!shape.success) {
      problems.push(`${file}: manifest-invalid: ${shape.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')}`);
      continue;
    }
    const packFile = join(dir, shape.data.pack);
    if (!existsSync(packFile)) {
      problems.push(`${file}: the pack file ${packFile} is missing`);
      continue;
    }
    const packText = readText(packFile);
    const verdict = await verifyRelease(raw, packText, publicKey);
    if (!verdict.ok) {
      problems.push(`${file}: ${verdict.reason}: ${verdict.detail}`);
      continue;
    }
    const m = verdict.manifest;
    const pack = parsePack(packText, BUNDLED_PACKS);
    if (!pack.ok) {
      problems.push(`${packFile}: invalid pack: ${pack.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
      continue;
    }
    if (pack.pack.id !== m.packId || pack.pack.version !== m.version || pack.pack.locale !== m.locale) {
      problems.push(`${file}: names ${m.packId} ${m.version} (${m.locale}) but ${packFile} is ${pack.pack.id} ${pack.pack.version} (${pack.pack.locale})`);
      continue;
    }
    const live = join(site, `${m.packId}.manifest.json`);
    const current = existsSync(live) ? releaseManifestSchema.safeParse(safeJson(readFileSync(live, 'utf8'))) : undefined;
    if (current?.success && compareVersions(m.version, current.data.version) < 0) {
      problems.push(`${file}: ${m.packId} ${m.version} is older than ${current.data.version} already in ${site}; agents refuse downgrades`);
      continue;
    }
    const livePack = join(site, m.pack);
    if (existsSync(livePack) && readFileSync(livePack, 'utf8') !== packText) {
      problems.push(`${livePack}: already published with other content; raise the pack's version and sign again`);
      continue;
    }
    releases.push({ manifest: m, manifestText, packText, name });
  }
  if (problems.length > 0) throw new CliError(`${problems.join('\n')}\nnothing published`);

  mkdirSync(site, { recursive: true });
  const written: string[] = [];
  for (const release of releases) {
    // The pack first: once the manifest is visible, the file it names is already there.
    writeFileSync(join(site, release.manifest.pack), release.packText);
    writeFileSync(join(site, release.name), release.manifestText);
    written.push(join(site, release.manifest.pack), join(site, release.name));
  }
  const index = buildIndex(site);
  writeFileSync(join(site, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  written.push(join(site, 'index.json'));

  const url = (path: string) => (baseUrl ? `${baseUrl}/${path}` : undefined);
  printJson({
    site,
    upload: written,
    packs: releases.map(({ manifest: m, name }) => ({
      id: m.packId,
      version: m.version,
      locale: m.locale,
      manifest: name,
      ...(baseUrl ? { url: url(name) } : {}),
      publicKey,
      keyId: m.keyId,
    })),
    next: `Upload the contents of ${site}/ to any static host. Give agents (or the enterprise policy) the URL of each <id>.manifest.json${baseUrl ? '' : ' on that host'} and the publisher key above.`,
  });
  return 0;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Lists every pack the site serves, including ones published earlier from other folders. */
function buildIndex(site: string) {
  const packs = [];
  for (const name of readdirSync(site).filter((n) => n.endsWith('.manifest.json')).sort()) {
    const parsed = releaseManifestSchema.safeParse(safeJson(readFileSync(join(site, name), 'utf8')));
    if (!parsed.success) continue;
    const m = parsed.data;
    packs.push({ id: m.packId, version: m.version, locale: m.locale, manifest: name, pack: m.pack, keyId: m.keyId, publishedAt: m.publishedAt });
  }
  return { format: 1, packs };
}
