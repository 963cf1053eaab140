// A team lead's side of team packs for the real-browser tests: pack files written to a temp folder, signed and
// published with the real CLI (`node cli/attune.mjs pack keygen|sign|publish`), and the published site
// uploaded to a PackHost on 127.0.0.1. No vitest imports, so a measure script could use it too.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { PackHost } from '../subscriptions/server';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '..', '..', 'cli', 'attune.mjs');

/** An English overlay with one phrasing: it replaces the bundled pack's entry with the same id. */
export interface Phrasing {
  id: string;
  situation: string;
  step: 'acknowledge' | 'explain' | 'resolve' | 'next-step';
  text: string;
}

export class PackSite {
  /** The lead's working folder: keys/, the pack file, releases/, site/. */
  readonly work = mkdtempSync(join(tmpdir(), 'attune-e2e-lead-'));
  readonly site = join(this.work, 'site');
  publicKey = '';

  constructor(
    readonly host: PackHost,
    readonly pack: { id: string; name: string; locale: string },
    /** Where the site is uploaded on the host, e.g. `/team`. */
    readonly prefix = '/team',
  ) {}

  get manifestUrl(): string {
    return this.host.url(`${this.prefix}/${this.pack.id}.manifest.json`);
  }

  packPath(version: string): string {
    return `${this.prefix}/${this.pack.id}-${version}.json`;
  }

  /** `attune …` in the lead's folder; its stdout (JSON for the pack commands). */
  async cli(...args: string[]): Promise<string> {
    return (await run(process.execPath, [CLI, ...args], { cwd: this.work })).stdout;
  }

  /** `pack keygen` into `dir` (relative to the work folder); the public key agents pin. */
  async keygen(dir = 'keys'): Promise<string> {
    const { publicKey } = JSON.parse(await this.cli('pack', 'keygen', '--out', dir)) as { publicKey: string };
    if (dir === 'keys') this.publicKey = publicKey;
    return publicKey;
  }

  /** Writes the pack file for `version` and signs it with `pack sign`; returns the releases folder. */
  async sign(version: string, phrasings: Phrasing[], options: { keyDir?: string; releases?: string } = {}): Promise<string> {
    const { keyDir = 'keys', releases = 'releases' } = options;
    const file = `${this.pack.id}.json`;
    writeFileSync(join(this.work, file), `${JSON.stringify({ ...this.pack, version, phrasings }, null, 2)}\n`);
    await this.cli('pack', 'sign', file, '--key', join(keyDir, 'attune-signing.key'), '--out', releases);
    return releases;
  }

  /** `pack publish` of a releases folder into site/ (it checks the folder against the key that signed it). */
  async publish(releases = 'releases'): Promise<void> {
    await this.cli('pack', 'publish', releases, '--out', 'site', '--base-url', this.host.url(this.prefix));
  }

  /** Puts site/ on the host in one step; returns the moment it is live. */
  upload(): number {
    this.host.upload(this.prefix, this.site);
    return Date.now();
  }

  /** sign → publish → upload, what a lead does for a release; returns the moment it is live. */
  async release(version: string, phrasings: Phrasing[]): Promise<number> {
    await this.publish(await this.sign(version, phrasings));
    return this.upload();
  }

  readSite(name: string): string {
    return readFileSync(join(this.site, name), 'utf8');
  }

  writeSite(name: string, text: string): void {
    writeFileSync(join(this.site, name), text);
  }

  remove(): void {
    rmSync(this.work, { recursive: true, force: true });
  }
}
