import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import {
  BACKOFF_BASE_MS,
  BACKOFF_MAX_MS,
  backoffMs,
  isDue,
  pollSubscription,
  type PollOptions,
  type Subscription,
  type SubscriptionState,
} from '../../utils/subscriptions/poll';
import { rollback } from '../../utils/subscriptions/layers';
import { sha256Hex } from '../../utils/release/crypto';
import { makePack, newKeys, PackHost, publish, type Keys } from './server';

const NOW = new Date('2026-11-23T12:30:00Z');
let keys: Keys;
let otherKeys: Keys;
let host: PackHost;
let sub: Subscription;
const fetched: string[] = [];

// The real global fetch, wrapped only to record every URL the poller asks for.
const options = (extra: Partial<PollOptions> = {}): PollOptions => ({
  fetch: (input, init) => {
    fetched.push(String(input));
    return fetch(input, init);
  },
  now: () => NOW,
  random: () => 0.5,
  timeoutMs: 2_000,
  ...extra,
});

beforeAll(async () => {
  keys = await newKeys();
  otherKeys = await newKeys();
});

beforeEach(async () => {
  host = new PackHost();
  await host.start();
  sub = { url: host.url('/team/manifest.json'), publicKey: keys.publicKey, addedBy: 'agent' };
  fetched.length = 0;
});

afterEach(async () => {
  await host.stop();
});

/** Publishes 1.0.0 and activates it, then clears the logs. */
async function activeOn100(): Promise<SubscriptionState> {
  await publish(host, keys, makePack('1.0.0'));
  const { state, outcome } = await pollSubscription(sub, {}, options());
  expect(outcome).toBe('activated');
  host.log.length = 0;
  fetched.length = 0;
  return state;
}

/** The failure contract: the last good pack stays, the reason is given, a back-off is set. */
function expectKeptWithReason(before: SubscriptionState, after: SubscriptionState, reason: string) {
  expect(after.failure?.reason).toBe(reason);
  expect(after.failure?.detail).toBeTruthy();
  expect(after.active).toEqual(before.active);
  expect(after.previous).toEqual(before.previous);
  expect(Date.parse(after.backoffUntil!)).toBe(NOW.getTime() + BACKOFF_BASE_MS);
  expect(isDue(after, NOW)).toBe(false);
}

describe('pollSubscription over a real HTTP host', () => {
  it('activates the first release: manifest, then the pack beside it', async () => {
    const { packText, manifest } = await publish(host, keys, makePack('1.0.0'));
    const result = await pollSubscription(sub, {}, options());
    expect(result.outcome).toBe('activated');
    expect(result.pack?.faq?.[0]?.id).toBe('acme-refund-timing');
    expect(result.state.active?.manifest).toEqual(manifest);
    expect(result.state.active?.packText).toBe(packText);
    expect(result.state.active?.activatedAt).toBe(NOW.toISOString());
    expect(result.state.previous).toBeUndefined();
    expect(result.state.failure).toBeUndefined();
    expect(result.state.etag).toMatch(/^"[0-9a-f]{16}"$/);
    expect(host.log.map((r) => r.path)).toEqual(['/team/manifest.json', '/team/acme-en-1.0.0.json']);
    expect(host.log[0]?.ifNoneMatch).toBeUndefined();
  });

  it('an unchanged manifest costs one conditional request, a 304 with no body, and no pack request', async () => {
    const state = await activeOn100();
    const result = await pollSubscription(sub, state, options());
    expect(result.outcome).toBe('not-modified');
    expect(result.bytes).toBe(0);
    expect(host.log).toEqual([{ path: '/team/manifest.json', ifNoneMatch: state.etag, status: 304, bytesSent: 0 }]);
    expect(result.state.active).toEqual(state.active);
    expect(result.state.lastCheck).toBe(NOW.toISOString());
  });

  it('a re-served manifest with the same hash (no ETag match) does not fetch the pack', async () => {
    const state = await activeOn100();
    const manifestText = host.files.get('/team/manifest.json')!;
    host.files.set('/team/manifest.json', `${manifestText}\n`); // new ETag, same release
    const result = await pollSubscription(sub, state, options());
    expect(result.outcome).toBe('unchanged');
    expect(host.log.map((r) => r.path)).toEqual(['/team/manifest.json']);
    expect(result.bytes).toBe(host.log[0]!.bytesSent);
    expect(result.state.etag).not.toBe(state.etag);
  });

  it('a new version activates and the old one becomes previous', async () => {
    const state = await activeOn100();
    await publish(host, keys, makePack('1.1.0', 'Refunds now reach your card within three working days.'));
    const result = await pollSubscription(sub, state, options());
    expect(result.outcome).toBe('activated');
    expect(result.state.active?.manifest.version).toBe('1.1.0');
    expect(result.state.previous).toEqual(state.active);
    expect(host.log.map((r) => r.path)).toEqual(['/team/manifest.json', '/team/acme-en-1.1.0.json']);
    expect(host.log[0]?.ifNoneMatch).toBe(state.etag);
  });

  it('a failure clears on the next good poll', async () => {
    const state = await activeOn100();
    host.overrides.set('/team/manifest.json', (_req, res) => {
      res.statusCode = 503;
      res.end('busy');
    });
    const failed = await pollSubscription(sub, state, options());
    expect(failed.state.failure?.reason).toBe('http-5xx');
    host.overrides.clear();
    const ok = await pollSubscription(sub, failed.state, options());
    expect(ok.outcome).toBe('not-modified');
    expect(ok.state.failure).toBeUndefined();
    expect(ok.state.backoffUntil).toBeUndefined();
  });
});

describe('a host Attune has no permission for (CORS)', () => {
  const unprivileged = () => options({ hostAccess: async () => false });

  it('gets CORS-simple requests: no If-None-Match, yet an unchanged release is not downloaded again', async () => {
    await publish(host, keys, makePack('1.0.0'));
    const first = await pollSubscription(sub, {}, unprivileged());
    expect(first.outcome).toBe('activated');
    const again = await pollSubscription(sub, first.state, unprivileged());
    expect(again.outcome).toBe('unchanged');
    expect(host.log.map((r) => r.path)).toEqual(['/team/manifest.json', '/team/acme-en-1.0.0.json', '/team/manifest.json']);
    expect(host.log.every((r) => r.ifNoneMatch === undefined)).toBe(true);
  });

  it('a failing permission check counts as no permission, not as a failed poll', async () => {
    await publish(host, keys, makePack('1.0.0'));
    const result = await pollSubscription(sub, {}, options({ hostAccess: () => Promise.reject(new Error('no permissions API')) }));
    expect(result.outcome).toBe('activated');
  });

  it('with permission the same poll is conditional and answered 304', async () => {
    const state = await activeOn100();
    const result = await pollSubscription(sub, state, options({ hostAccess: async () => true }));
    expect(result.outcome).toBe('not-modified');
    expect(host.log[0]?.ifNoneMatch).toBe(state.etag);
  });
});

describe('every failure keeps the last good pack, says why and backs off', () => {
  it('network down (nothing listening on the port)', async () => {
    const state = await activeOn100();
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer();
      probe.listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const result = await pollSubscription({ ...sub, url: `http://127.0.0.1:${closed}/team/manifest.json` }, state, options());
    expect(result.outcome).toBe('failed');
    expectKeptWithReason(state, result.state, 'network');
    expect(result.state.failure?.detail).not.toMatch(/Access-Control/);
    // Without a host permission the browser reports a CORS refusal the same way: the detail names that cause too.
    const unprivileged = await pollSubscription({ ...sub, url: `http://127.0.0.1:${closed}/team/manifest.json` }, state, options({ hostAccess: async () => false }));
    expect(unprivileged.state.failure?.detail).toMatch(/Access-Control-Allow-Origin/);
  });

  it('404 for the manifest', async () => {
    const state = await activeOn100();
    host.files.delete('/team/manifest.json');
    expectKeptWithReason(state, (await pollSubscription(sub, state, options())).state, 'http-404');
  });

  it('404 for the pack', async () => {
    const state = await activeOn100();
    const { packPath } = await publish(host, keys, makePack('1.1.0'));
    host.files.delete(packPath);
    expectKeptWithReason(state, (await pollSubscription(sub, state, options())).state, 'http-404');
  });

  it('500', async () => {
    const state = await activeOn100();
    host.overrides.set('/team/manifest.json', (_req, res) => {
      res.statusCode = 500;
      res.end('oops');
    });
    expectKeptWithReason(state, (await pollSubscription(sub, state, options())).state, 'http-5xx');
  });

  it('a slow host (timeout)', async () => {
    const state = await activeOn100();
    await publish(host, keys, makePack('1.1.0'));
    host.overrides.set('/team/acme-en-1.1.0.json', (_req, res) => {
      const timer = setTimeout(() => res.end('{}'), 3_000);
      res.on('close', () => clearTimeout(timer));
    });
    const started = Date.now();
    const result = await pollSubscription(sub, state, options({ timeoutMs: 300 }));
    expect(Date.now() - started).toBeLessThan(2_500);
    expectKeptWithReason(state, result.state, 'timeout');
  });

  it('a connection cut mid-pack (truncated transfer)', async () => {
    const state = await activeOn100();
    const { packText } = await publish(host, keys, makePack('1.1.0'));
    host.overrides.set('/team/acme-en-1.1.0.json', (_req, res) => {
      res.setHeader('Content-Length', Buffer.byteLength(packText));
      res.write(packText.slice(0, 40));
      setTimeout(() => res.destroy(), 20);
    });
    expectKeptWithReason(state, (await pollSubscription(sub, state, options())).state, 'network');
  });

  it('a truncated pack file on the host (hash no longer matches)', async () => {
    const state = await activeOn100();
    const { packText, packPath } = await publish(host, keys, makePack('1.1.0'));
    host.files.set(packPath, packText.slice(0, packText.length - 20));
    expectKeptWithReason(state, (await pollSubscription(sub, state, options())).state, 'hash');
  });

  it('a pack over the size limit is refused while streaming', async () => {
    const state = await activeOn100();
    const big = makePack('1.1.0', 'x'.repeat(4_000));
    await publish(host, keys, big);
    const result = await pollSubscription(sub, state, options({ maxPackBytes: 1_000 }));
    expectKeptWithReason(state, result.state, 'too-large');
    expect(result.state.failure?.detail).toContain('1000');
  });

  it('invalid JSON in the manifest', async () => {
    const state = await activeOn100();
    host.files.set('/team/manifest.json', '{"packId": "acme-en", ');
    expectKeptWithReason(state, (await pollSubscription(sub, state, options())).state, 'invalid-json');
  });

  it('invalid JSON in a correctly signed pack', async () => {
    const state = await activeOn100();
    await publish(host, keys, makePack('1.1.0'), '{"id": "acme-en", "version": "1.1.0",');
    expectKeptWithReason(state, (await pollSubscription(sub, state, options())).state, 'invalid-json');
  });

  it('a manifest missing fields', async () => {
    const state = await activeOn100();
    host.files.set('/team/manifest.json', '{"format": 1, "packId": "acme-en"}');
    const result = await pollSubscription(sub, state, options());
    expectKeptWithReason(state, result.state, 'manifest');
    expect(result.state.failure?.problems?.map((p) => p.path)).toEqual(expect.arrayContaining(['version', 'sha256', 'pack']));
  });

  it('schema errors in a signed pack, with their JSON paths', async () => {
    const state = await activeOn100();
    const bad = { ...makePack('1.1.0'), faq: [{ id: 'acme-refund-timing', question: 'How long?', answer: '', colour: 'red' }] };
    await publish(host, keys, bad);
    const result = await pollSubscription(sub, state, options());
    expectKeptWithReason(state, result.state, 'schema');
    const paths = result.state.failure?.problems?.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['faq[0].answer', 'faq[0]']));
  });

  it('a bad hash (pack replaced on the host after signing)', async () => {
    const state = await activeOn100();
    const { packPath } = await publish(host, keys, makePack('1.1.0'));
    host.files.set(packPath, `${JSON.stringify(makePack('1.1.0', 'Refunds are not possible.'), null, 2)}\n`);
    expectKeptWithReason(state, (await pollSubscription(sub, state, options())).state, 'hash');
  });

  it('a bad signature (a signed field edited on the host)', async () => {
    const state = await activeOn100();
    const { manifest } = await publish(host, keys, makePack('1.1.0'));
    host.files.set('/team/manifest.json', JSON.stringify({ ...manifest, publishedAt: '2027-01-01T00:00:00.000Z' }));
    expectKeptWithReason(state, (await pollSubscription(sub, state, options())).state, 'signature');
  });

  it('another publisher key than the one pinned', async () => {
    const state = await activeOn100();
    await publish(host, otherKeys, makePack('1.1.0'));
    expectKeptWithReason(state, (await pollSubscription(sub, state, options())).state, 'key');
  });

  it('a downgrade is refused without fetching the pack', async () => {
    await publish(host, keys, makePack('2.0.0'));
    const state = (await pollSubscription(sub, {}, options())).state;
    host.log.length = 0;
    await publish(host, keys, makePack('1.9.9'));
    const result = await pollSubscription(sub, state, options());
    expectKeptWithReason(state, result.state, 'downgrade');
    expect(host.log.map((r) => r.path)).toEqual(['/team/manifest.json']);
  });

  it('the active version re-published with other content is refused without fetching the pack', async () => {
    const state = await activeOn100();
    await publish(host, keys, makePack('1.0.0', 'Quietly edited answer under the same version.'));
    const result = await pollSubscription(sub, state, options());
    expectKeptWithReason(state, result.state, 'same-version');
    expect(host.log.map((r) => r.path)).toEqual(['/team/manifest.json']);
  });

  it('a manifest for another pack id is refused', async () => {
    const state = await activeOn100();
    await publish(host, keys, makePack('1.1.0', undefined, 'other-pack'));
    expectKeptWithReason(state, (await pollSubscription(sub, state, options())).state, 'pack-id');
  });

  it('a failing first subscription leaves nothing active and backs off', async () => {
    await publish(host, otherKeys, makePack('1.0.0'));
    const result = await pollSubscription(sub, {}, options());
    expect(result.outcome).toBe('failed');
    expect(result.state.active).toBeUndefined();
    expect(result.state.failure?.reason).toBe('key');
  });

  it('backs off exponentially on repeated failures', async () => {
    const state = await activeOn100();
    host.files.delete('/team/manifest.json');
    let s = state;
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      s = (await pollSubscription(sub, s, options())).state;
      waits.push((Date.parse(s.backoffUntil!) - NOW.getTime()) / 60_000);
    }
    expect(waits).toEqual([15, 30, 60, 120, 240, 360, 360]);
    expect(s.failure?.count).toBe(7);
    expect(s.active).toEqual(state.active);
  });

  it('only the configured host is contacted', async () => {
    const state = await activeOn100();
    await publish(host, keys, makePack('1.1.0'));
    host.files.set('/team/manifest.json', host.files.get('/team/manifest.json')!.replace('"acme-en-1.1.0.json"', '"http://example.invalid/evil.json"'));
    const result = await pollSubscription(sub, state, options());
    expectKeptWithReason(state, result.state, 'manifest');
    expect(fetched).toEqual([sub.url]);
  });
});

describe('back-off', () => {
  it('doubles from 15 minutes to a 6 hour cap, with ±20 % jitter', () => {
    expect(backoffMs(1, () => 0.5)).toBe(BACKOFF_BASE_MS);
    expect(backoffMs(2, () => 0.5)).toBe(2 * BACKOFF_BASE_MS);
    expect(backoffMs(50, () => 0.5)).toBe(BACKOFF_MAX_MS);
    expect(backoffMs(1, () => 0)).toBe(0.8 * BACKOFF_BASE_MS);
    expect(backoffMs(1, () => 0.999999)).toBeCloseTo(1.2 * BACKOFF_BASE_MS, -3);
  });
});

describe('rollback', () => {
  it('switches back to the previous release and does not let the next poll undo it', async () => {
    let state = await activeOn100();
    await publish(host, keys, makePack('1.1.0', 'A bad answer that went out by mistake.'));
    state = (await pollSubscription(sub, state, options())).state;
    expect(state.active?.manifest.version).toBe('1.1.0');

    const rolled = rollback(state);
    expect(rolled.active).toEqual(state.previous);
    expect(rolled.previous).toEqual(state.active);
    expect(rolled.active?.manifest.version).toBe('1.0.0');

    // The host still announces 1.1.0: it stays rolled back, and the pack is not downloaded again.
    host.log.length = 0;
    const again = await pollSubscription(sub, rolled, options());
    expect(again.outcome).toBe('unchanged');
    expect(again.state.active?.manifest.version).toBe('1.0.0');
    expect(host.log.map((r) => r.path)).toEqual(['/team/manifest.json']);

    // Re-publishing something older than what was rolled back from is still a downgrade.
    await publish(host, keys, makePack('1.0.5'));
    expect((await pollSubscription(sub, again.state, options())).state.failure?.reason).toBe('downgrade');

    // The version rolled back from, re-published with other bytes, is refused like any reused version.
    await publish(host, keys, makePack('1.1.0', 'The same number with a quiet fix.'));
    expect((await pollSubscription(sub, again.state, options())).state.failure?.reason).toBe('same-version');

    // A fixed release from the lead activates as usual.
    await publish(host, keys, makePack('1.2.0', 'Refunds reach your card within three working days.'));
    const fixed = await pollSubscription(sub, again.state, options());
    expect(fixed.outcome).toBe('activated');
    expect(fixed.state.active?.manifest.version).toBe('1.2.0');
    expect(fixed.state.previous?.manifest.version).toBe('1.0.0');
    expect(fixed.state.skipSha256).toBeUndefined();
  });

  it('a second rollback undoes the first; nothing to roll back to is a no-op', async () => {
    const state = await activeOn100();
    expect(rollback(state)).toBe(state);
    await publish(host, keys, makePack('1.1.0'));
    const two = (await pollSubscription(sub, state, options())).state;
    const back = rollback(rollback(two));
    expect(back.active).toEqual(two.active);
    expect(back.previous).toEqual(two.previous);
  });

  it('the stored hash is the hash of the stored pack text', async () => {
    const state = await activeOn100();
    expect(await sha256Hex(state.active!.packText)).toBe(state.active!.manifest.sha256);
  });
});
