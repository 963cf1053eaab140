import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSigningKeys } from '../../utils/release/crypto';
import { CliError, printJson } from '../io';

export const PRIVATE_KEY_FILE = 'attune-signing.key';
export const PUBLIC_KEY_FILE = 'attune-signing.pub';

/** Makes an Ed25519 key pair. The private key goes only to a 0600 file, never to stdout. */
export async function packKeygenCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' } } });
  if (positionals.length > 0) throw new CliError('usage: attune pack keygen --out DIR', 2);
  const dir = values.out ?? '.';
  const privateFile = join(dir, PRIVATE_KEY_FILE);
  const publicFile = join(dir, PUBLIC_KEY_FILE);
  for (const file of [privateFile, publicFile]) {
    if (existsSync(file)) throw new CliError(`${file}: already exists; refusing to overwrite a signing key (agents pin the old one)`);
  }
  const keys = await generateSigningKeys();
  mkdirSync(dir, { recursive: true });
  // 'wx' fails rather than overwrite if the file appeared meanwhile.
  writeFileSync(privateFile, `${keys.privateKey}\n`, { mode: 0o600, flag: 'wx' });
  writeFileSync(publicFile, `${keys.publicKey}\n`, { mode: 0o644, flag: 'wx' });
  printJson({ publicKey: keys.publicKey, keyId: keys.keyId, privateKeyFile: privateFile, publicKeyFile: publicFile });
  return 0;
}
