import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addSubscription,
  isAllowedPackUrl,
  lastCheckOf,
  lastChecksItem,
  normalizeSubscriptions,
  pollAll,
  readSubscriptions,
  removeSubscription,
  rollbackSubscription,
  subscriptionStatesItem,
  subscriptionsItem,
} from '../../utils/subscriptions/store';
import { POLL_ALARM, schedulePolling, startPackPolling } from '../../utils/subscriptions/schedule';
import { makePack, newKeys, PackHost, publish, type Keys } from './server';

let keys: Keys;
let host: PackHost;

beforeAll(async () => {
  keys = await newKeys();
});
beforeEach(async () => {
  fakeBrowser.reset();
  host = new PackHost();
  await host.start();
});
afterEach(async () => {
  await host.stop();
});

describe('subscription storage', () => {
  it('is a versioned local item; add pins the key, a duplicate URL is refused', async () => {
    const url = host.url('/team/manifest.json');
    expect(await addSubscription({ url, publicKey: keys.publicKey, addedBy: 'agent' })).toEqual({ ok: true });
    expect(await addSubscription({ url, publicKey: keys.publicKey, addedBy: 'agent' })).toEqual({ ok: false, problem: 'already subscribed' });
    const stored = await fakeBrowser.storage.local.get(['packSubscriptions', 'packSubscriptions$']);
    expect(stored.packSubscriptions).toEqual([{ url, publicKey: keys.publicKey, addedBy: 'agent' }]);
    expect(stored['packSubscriptions$']).toEqual({ v: 1 });
  });

  it('refuses plain http (except loopback), credentials in the URL and malformed keys', async () => {
    expect(isAllowedPackUrl('https://packs.example.com/team/manifest.json')).toBe(true);
    expect(isAllowedPackUrl('http://127.0.0.1:8080/m.json')).toBe(true);
    expect(isAllowedPackUrl('http://packs.example.com/m.json')).toBe(false);
    expect(isAllowedPackUrl('https://user:pw@packs.example.com/m.json')).toBe(false);
    expect(isAllowedPackUrl('file:///etc/passwd')).toBe(false);
    const bad = await addSubscription({ url: 'https://packs.example.com/m.json', publicKey: 'not-a-key', addedBy: 'agent' });
    expect(bad.ok).toBe(false);
    expect(normalizeSubscriptions([{ url: 'x' }, 3, null, { url: 'https://a.example/m.json', publicKey: keys.publicKey, addedBy: 'agent' }])).toHaveLength(1);
  });

  it('an agent cannot remove a policy subscription; removing drops its state', async () => {
    const url = host.url('/team/manifest.json');
    await subscriptionsItem.setValue([{ url, publicKey: keys.publicKey, addedBy: 'policy' }]);
    await subscriptionStatesItem.setValue({ [url]: { lastCheck: '2026-11-23T12:00:00.000Z' } });
    expect(await removeSubscription(url, 'agent')).toBe(false);
    expect(await readSubscriptions()).toHaveLength(1);
    expect(await removeSubscription(url, 'policy')).toBe(true);
    expect(await readSubscriptions()).toEqual([]);
    expect(await subscriptionStatesItem.getValue()).toEqual({});
  });
});

describe('pollAll', () => {
  it('polls each subscription, stores the state, respects back-off and rolls back', async () => {
    const url = host.url('/team/manifest.json');
    await addSubscription({ url, publicKey: keys.publicKey, addedBy: 'agent' });
    await publish(host, keys, makePack('1.0.0'));
    expect(await pollAll({ fetch })).toEqual([{ url, outcome: 'activated', bytes: expect.any(Number) }]);
    await publish(host, keys, makePack('1.1.0'));
    expect((await pollAll({ fetch }))[0]?.outcome).toBe('activated');
    expect((await subscriptionStatesItem.getValue())[url]?.active?.manifest.version).toBe('1.1.0');

    expect(await rollbackSubscription(url)).toBe(true);
    expect((await subscriptionStatesItem.getValue())[url]?.active?.manifest.version).toBe('1.0.0');
    expect((await pollAll({ fetch }))[0]?.outcome).toBe('unchanged');
    expect((await subscriptionStatesItem.getValue())[url]?.active?.manifest.version).toBe('1.0.0');

    host.files.delete('/team/manifest.json');
    expect((await pollAll({ fetch }))[0]?.outcome).toBe('failed');
    expect((await pollAll({ fetch }))[0]?.outcome).toBe('backing-off');
    expect((await pollAll({ fetch, force: true }))[0]?.outcome).toBe('failed');
    expect((await subscriptionStatesItem.getValue())[url]?.active?.manifest.version).toBe('1.0.0');
  });
});

describe('pollAll and the browser', () => {
  it('a release the browser cannot store (quota) leaves the stored one active and says why', async () => {
    const url = host.url('/team/manifest.json');
    await addSubscription({ url, publicKey: keys.publicKey, addedBy: 'agent' });
    await publish(host, keys, makePack('1.0.0'));
    await pollAll({ fetch });
    await publish(host, keys, makePack('1.1.0'));
    // What Chrome's storage.local does past QUOTA_BYTES without unlimitedStorage: the set is rejected whole.
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let refused = 0;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (JSON.stringify(items).includes('1.1.0')) {
        refused++;
        throw new Error('Resource::kQuotaBytes quota exceeded');
      }
      return realSet(items);
    });
    expect((await pollAll({ fetch }))[0]?.outcome).toBe('failed');
    expect(refused).toBe(1);
    const state = (await subscriptionStatesItem.getValue())[url];
    expect(state?.active?.manifest.version).toBe('1.0.0');
    expect(state?.failure).toMatchObject({ reason: 'storage', count: 1 });
    expect(state?.failure?.detail).toMatch(/quota/);
    expect(state?.backoffUntil).toBeDefined();
  });

  it('asks whether the pack host is granted: conditional requests only with the permission', async () => {
    const url = host.url('/team/manifest.json');
    await addSubscription({ url, publicKey: keys.publicKey, addedBy: 'agent' });
    await publish(host, keys, makePack('1.0.0'));
    const asked: unknown[] = [];
    let granted = false;
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (permissions) => {
      asked.push(permissions);
      return granted;
    });
    await pollAll({ fetch });
    expect((await pollAll({ fetch }))[0]?.outcome).toBe('unchanged');
    granted = true;
    expect((await pollAll({ fetch }))[0]?.outcome).toBe('not-modified');
    expect(asked[0]).toEqual({ origins: ['http://127.0.0.1/*'] });
    expect(host.log.map((r) => r.ifNoneMatch !== undefined)).toEqual([false, false, false, true]);
  });
});

describe('what a poll writes', () => {
  it('a poll that changes nothing writes only the check time, never the states with their pack texts', async () => {
    const url = host.url('/team/manifest.json');
    await addSubscription({ url, publicKey: keys.publicKey, addedBy: 'agent' });
    await publish(host, keys, makePack('1.0.0'));
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    let t = Date.parse('2026-11-23T09:00:00Z');
    const now = () => new Date(t);
    await pollAll({ fetch, now });
    const activated = (await subscriptionStatesItem.getValue())[url]!;
    expect(activated.lastCheck).toBe('2026-11-23T09:00:00.000Z');

    let stateWrites = 0;
    const unwatch = subscriptionStatesItem.watch(() => stateWrites++);
    t += 15 * 60_000;
    expect((await pollAll({ fetch, now }))[0]?.outcome).toBe('not-modified');
    t += 15 * 60_000;
    expect((await pollAll({ fetch, now }))[0]?.outcome).toBe('not-modified');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(stateWrites).toBe(0);
    expect((await subscriptionStatesItem.getValue())[url]).toEqual(activated);
    const checks = await lastChecksItem.getValue();
    expect(checks).toEqual({ [url]: '2026-11-23T09:30:00.000Z' });
    expect(lastCheckOf(activated, checks, url)).toBe('2026-11-23T09:30:00.000Z');

    // A failure, and the success that clears it, are state changes and are written.
    host.files.delete('/team/manifest.json');
    t += 15 * 60_000;
    await pollAll({ fetch, now, force: true });
    await publish(host, keys, makePack('1.0.0'));
    t += 15 * 60_000;
    await pollAll({ fetch, now, force: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    unwatch();
    expect(stateWrites).toBe(2);
    expect((await subscriptionStatesItem.getValue())[url]?.failure).toBeUndefined();

    // Removing the subscription forgets its check time too.
    await removeSubscription(url, 'agent');
    expect(await lastChecksItem.getValue()).toEqual({});
  });
});

describe('scheduling', () => {
  it('creates one jittered periodic alarm and keeps an existing one with the same period', async () => {
    await schedulePolling(fakeBrowser.alarms, 15, () => 0.5);
    const alarm = await fakeBrowser.alarms.get(POLL_ALARM);
    expect(alarm?.periodInMinutes).toBe(15);
    expect(alarm!.scheduledTime - Date.now()).toBeGreaterThan(7 * 60_000 - 5_000);
    expect(alarm!.scheduledTime - Date.now()).toBeLessThanOrEqual(7.5 * 60_000);
    await schedulePolling(fakeBrowser.alarms, 15, () => 0);
    expect((await fakeBrowser.alarms.get(POLL_ALARM))?.scheduledTime).toBe(alarm!.scheduledTime);
    await schedulePolling(fakeBrowser.alarms, 5, () => 0);
    expect((await fakeBrowser.alarms.get(POLL_ALARM))?.periodInMinutes).toBe(5);
  });

  it('polling never schedules the alarm itself, so it cannot undo the interval the policy set', async () => {
    await schedulePolling(fakeBrowser.alarms, 1, () => 0);
    const before = await fakeBrowser.alarms.get(POLL_ALARM);
    startPackPolling(fakeBrowser, { fetch });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await fakeBrowser.alarms.get(POLL_ALARM)).toEqual(before);
  });

  it('polls on the alarm, on browser start and when a subscription is added', async () => {
    const handle = startPackPolling(fakeBrowser, { fetch });
    const url = host.url('/team/manifest.json');
    await publish(host, keys, makePack('1.0.0'));
    await addSubscription({ url, publicKey: keys.publicKey, addedBy: 'agent' });
    await expect.poll(async () => (await subscriptionStatesItem.getValue())[url]?.active?.manifest.version).toBe('1.0.0');
    await handle.idle();

    await publish(host, keys, makePack('1.1.0'));
    await fakeBrowser.alarms.onAlarm.trigger({ name: POLL_ALARM, scheduledTime: Date.now() });
    await handle.idle();
    expect((await subscriptionStatesItem.getValue())[url]?.active?.manifest.version).toBe('1.1.0');

    await publish(host, keys, makePack('1.2.0'));
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'someone-else', scheduledTime: Date.now() });
    await handle.idle();
    expect((await subscriptionStatesItem.getValue())[url]?.active?.manifest.version).toBe('1.1.0');
    await fakeBrowser.runtime.onStartup.trigger();
    await handle.idle();
    expect((await subscriptionStatesItem.getValue())[url]?.active?.manifest.version).toBe('1.2.0');
  });
});
