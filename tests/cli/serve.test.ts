// `attune pack serve`: the lead's own loopback host for a published site, driven by the real poller the
// extension runs, so "publish into the folder → the release is taken" is checked end to end on one machine.
import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { attune } from './run';
import { pollSubscription, type PollOptions, type Subscription } from '../../utils/subscriptions/poll';

const ATTUNE = join(import.meta.dirname, '..', '..', 'cli', 'attune.mjs');
const pack = (version: string, answer: string) =>
  `${JSON.stringify({ id: 'team-faq', name: 'Team FAQ', version, locale: 'en', faq: [{ id: 'holiday-returns', question: 'Can I return holiday gifts in January?', answer }] }, null, 2)}\n`;

const children: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function release(dir: string, version: string, answer: string) {
  const file = join(dir, `team-${version}.json`);
  writeFileSync(file, pack(version, answer));
  for (const args of [
    ['pack', 'sign', file, '--key', join(dir, 'keys', 'attune-signing.key'), '--out', join(dir, 'releases')],
    ['pack', 'publish', join(dir, 'releases'), '--out', join(dir, 'site')],
  ]) {
    const run = attune(args);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }
}

async function serve(site: string, ...extra: string[]): Promise<{ child: ChildProcess; info: { url: string; manifests: string[] } }> {
  const child = spawn(process.execPath, [ATTUNE, 'pack', 'serve', site, '--port', '0', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`pack serve exited with ${code}`)));
  });
  return { child, info: JSON.parse(line) };
}

function raw(url: string, path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('attune pack serve', () => {
  it('serves a published site to the real poller: 304 when unchanged, a re-publish is live at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attune-serve-'));
    dirs.push(dir);
    const keygen = attune(['pack', 'keygen', '--out', join(dir, 'keys')]);
    expect(keygen.status).toBe(0);
    release(dir, '1.0.0', 'Yes, until January 31.');

    const { info } = await serve(join(dir, 'site'));
    expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(info.manifests).toEqual([`${info.url}team-faq.manifest.json`]);

    const sub: Subscription = { url: info.manifests[0]!, publicKey: keygen.json().publicKey, addedBy: 'agent' };
    const options: PollOptions = { fetch, hostAccess: async () => true, timeoutMs: 5_000 };
    const first = await pollSubscription(sub, {}, options);
    expect(first.outcome).toBe('activated');
    expect(first.pack?.faq?.[0]?.answer).toBe('Yes, until January 31.');
    const again = await pollSubscription(sub, first.state, options);
    expect(again).toMatchObject({ outcome: 'not-modified', bytes: 0 });

    release(dir, '1.1.0', 'Yes, until February 15 this year.');
    const next = await pollSubscription(sub, again.state, options);
    expect(next.outcome).toBe('activated');
    expect(next.pack?.faq?.[0]?.answer).toBe('Yes, until February 15 this year.');
  });

  it('sends CORS headers, answers a preflight, and serves nothing outside the site (no listing, no key)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attune-serve-'));
    dirs.push(dir);
    expect(attune(['pack', 'keygen', '--out', join(dir, 'keys')]).status).toBe(0);
    release(dir, '1.0.0', 'Yes, until January 31.');
    const { info } = await serve(join(dir, 'site'));

    const manifest = await raw(info.url, '/team-faq.manifest.json');
    expect(manifest.status).toBe(200);
    expect(manifest.headers['access-control-allow-origin']).toBe('*');
    expect(manifest.headers['access-control-expose-headers']).toBe('ETag');
    expect(JSON.parse(manifest.body).version).toBe('1.0.0');
    const preflight = await raw(info.url, '/team-faq.manifest.json', 'OPTIONS');
    expect(preflight.status).toBe(204);
    expect(String(preflight.headers['access-control-allow-headers'])).toMatch(/If-None-Match/);

    expect((await raw(info.url, '/')).status).toBe(404);
    // An encoded slash survives URL parsing, so this path really points at ../keys/ until the server refuses it.
    const escape = await raw(info.url, '/..%2Fkeys%2Fattune-signing.key');
    expect(escape.status).toBe(404);
    expect(escape.body).toBe('not found');
    expect((await raw(info.url, '/team-faq.manifest.json', 'POST')).status).toBe(405);
  });

  it('refuses a non-loopback host and a missing folder, and stops cleanly on SIGTERM', async () => {
    const wide = attune(['pack', 'serve', '.', '--host', '0.0.0.0']);
    expect(wide.status).toBe(2);
    expect(wide.stderr).toMatch(/loopback/);
    const missing = attune(['pack', 'serve', join(tmpdir(), 'attune-no-such-site')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/not a folder/);

    const dir = mkdtempSync(join(tmpdir(), 'attune-serve-'));
    dirs.push(dir);
    const { child } = await serve(dir);
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});
