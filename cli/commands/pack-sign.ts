import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePack } from '../../utils/pack/parse';
import { describeProblem } from '../../utils/pack/problems';
import { BUNDLED_PACKS } from '../../utils/pack/bundled';
import { importPrivateKey, sha256Hex, signRelease } from '../../utils/release/crypto';
import { compareVersions, releaseManifestSchema } from '../../utils/release/manifest';
import { CliError, printJson, readText } from '../io';
import { PUBLIC_KEY_FILE } from './pack-keygen';

/**
 * Signs a pack into a release folder: the pack text unchanged (less a BOM) as <id>-<version>.json, the manifest as
 * <id>.manifest.json, and the public key beside them so `pack publish` can check the folder.
 */
export async function packSignCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { key: { type: 'string' }, out: { type: 'string' } } });
  const [file, extra] = positionals;
  if (!file || extra !== undefined || !values.key) throw new CliError('usage: attune pack sign PACK.json --key KEYFILE [--out DIR]', 2);
  const dir = values.out ?? '.';

  const text = readPackText(file);
  const result = parsePack(text, BUNDLED_PACKS);
  if (!result.ok) {
    throw new CliError(`${result.problems.map((problem) => describeProblem(problem, file)).join('\n')}\n${file}: invalid pack; nothing signed`);
  }
  const pack = result.pack;

  let signer: Awaited<ReturnType<typeof importPrivateKey>>;
  const keyText = readText(values.key);
  try {
    signer = await importPrivateKey(keyText);
  } catch (error) {
    throw new CliError(`${values.key}: ${(error as Error).message} (make one with attune pack keygen)`);
  }

  const packName = `${pack.id}-${pack.version}.json`;
  const manifestFile = join(dir, `${pack.id}.manifest.json`);
  const publicFile = join(dir, PUBLIC_KEY_FILE);
  if (existsSync(publicFile) && readFileSync(publicFile, 'utf8').trim() !== signer.publicKey) {
    throw new CliError(`${publicFile}: ${dir} holds releases of another signing key; sign into another --out folder`);
  }
  const previous = readPreviousManifest(manifestFile);
  if (previous) {
    const order = compareVersions(pack.version, previous.version);
    if (order < 0) throw new CliError(`${file}: version ${pack.version} is older than the release ${previous.version} in ${dir}; agents refuse downgrades`);
    if (order === 0 && previous.sha256 !== (await sha256Hex(text))) {
      throw new CliError(`${file}: version ${pack.version} was already signed with other content; raise "version" first`);
    }
  }

  const manifest = await signRelease(text, pack, keyText, packName);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, packName), text);
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  if (!existsSync(publicFile)) writeFileSync(publicFile, `${signer.publicKey}\n`);
  printJson(manifest);
  return 0;
}

/**
 * The release must hash the same whether an agent hashes the bytes or `response.text()` (which drops a BOM
 * and replaces bad UTF-8), so a BOM is dropped here and invalid UTF-8 is refused.
 */
function readPackText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    readText(file); // throws the usual "cannot read" message
    throw new CliError(`${file}: cannot read`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CliError(`${file}: not valid UTF-8; save the pack as UTF-8 and sign again`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function readPreviousManifest(file: string) {
  if (!existsSync(file)) return undefined;
  try {
    const parsed = releaseManifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
