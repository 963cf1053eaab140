import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyManagedPolicy, managedPolicyItem, readManagedPolicy, startManagedPolicy, type PolicyBrowser } from '../../utils/subscriptions/policy';
import { subscriptionStatesItem, subscriptionsItem } from '../../utils/subscriptions/store';
import { POLL_ALARM } from '../../utils/subscriptions/schedule';
import type { Subscription, SubscriptionState } from '../../utils/subscriptions/poll';
import { LOCKABLE_SETTING_NAMES } from '../../utils/settings/locked';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const KEY_A = `${'A'.repeat(42)}Q=`;
const KEY_B = `${'B'.repeat(42)}Q=`;
const KEY_C = `${'C'.repeat(42)}Q=`;
const TEAM = 'https://packs.example.com/team/manifest.json';
const RETURNS = 'https://packs.example.com/returns/manifest.json';
const MINE = 'https://cdn.example.org/mine/manifest.json';
const agent = (url: string, publicKey = KEY_C): Subscription => ({ url, publicKey, addedBy: 'agent' });
const policy = (url: string, publicKey: string): Subscription => ({ url, publicKey, addedBy: 'policy' });
const fakeState = { lastChecked: '2026-01-01T00:00:00.000Z' } as unknown as SubscriptionState;

describe('applyManagedPolicy', () => {
  it('adds policy subscriptions, locked, pinned by index, ahead of the agent ones', () => {
    const result = applyManagedPolicy({ packUrls: [TEAM, RETURNS], publisherKeys: [KEY_A, KEY_B], lockedSettings: ['subscriptions', 'japaneseRegister'] }, [agent(MINE)]);
    expect(result.subscriptions).toEqual([policy(TEAM, KEY_A), policy(RETURNS, KEY_B), agent(MINE)]);
    expect(result.locked).toEqual(['subscriptions', 'japaneseRegister']);
    expect(result.problems).toEqual([]);
    expect(result.intervalMinutes).toBeUndefined();
  });

  it('a single key pins every pack URL', () => {
    const result = applyManagedPolicy({ packUrls: [TEAM, RETURNS], publisherKeys: [KEY_A] }, []);
    expect(result.subscriptions).toEqual([policy(TEAM, KEY_A), policy(RETURNS, KEY_A)]);
    expect(result.problems).toEqual([]);
  });

  it('mismatched key count is reported at publisherKeys and the URLs are skipped', () => {
    const result = applyManagedPolicy({ packUrls: [TEAM, RETURNS, MINE], publisherKeys: [KEY_A, KEY_B] }, []);
    expect(result.subscriptions).toEqual([]);
    expect(result.problems).toEqual([{ path: 'publisherKeys', message: expect.stringContaining('2 keys for 3 pack URLs') }]);
  });

  it('a bad URL or a bad key is reported by path and only that entry skipped', () => {
    const result = applyManagedPolicy({ packUrls: [TEAM, 'http://evil.example.com/m.json', RETURNS, 42], publisherKeys: [KEY_A, KEY_B, 'not-a-key', KEY_A] }, []);
    expect(result.subscriptions).toEqual([policy(TEAM, KEY_A)]);
    expect(result.problems).toEqual([
      { path: 'packUrls.1', message: expect.stringContaining('https') },
      { path: 'packUrls.3', message: expect.any(String) },
      { path: 'publisherKeys.2', message: expect.stringContaining('Ed25519') },
      { path: 'packUrls.2', message: 'skipped: its publisher key is invalid' },
    ]);
  });

  it('never throws on junk and reports wrong types by path', () => {
    expect(applyManagedPolicy('nonsense', [agent(MINE)])).toEqual({ subscriptions: [agent(MINE)], locked: [], problems: [{ path: '', message: 'policy must be an object' }] });
    const result = applyManagedPolicy({ packUrls: TEAM, publisherKeys: [KEY_A], updateIntervalMinutes: 'soon', lockedSettings: [3, 'disabledSites'], extra: 1 }, []);
    expect(result.subscriptions).toEqual([]);
    expect(result.locked).toEqual(['disabledSites']);
    expect(result.problems.map((p) => p.path).sort()).toEqual(['extra', 'lockedSettings.0', 'packUrls', 'updateIntervalMinutes']);
  });

  it('a URL removed from the policy is removed; agent subscriptions are untouched', () => {
    const current = [policy(TEAM, KEY_A), agent(MINE), policy(RETURNS, KEY_B)];
    const result = applyManagedPolicy({ packUrls: [RETURNS], publisherKeys: [KEY_B] }, current);
    expect(result.subscriptions).toEqual([policy(RETURNS, KEY_B), agent(MINE)]);
  });

  it('a URL the agent had subscribed becomes policy with the policy key', () => {
    const result = applyManagedPolicy({ packUrls: [MINE], publisherKeys: [KEY_A] }, [agent(MINE, KEY_C)]);
    expect(result.subscriptions).toEqual([policy(MINE, KEY_A)]);
  });

  it('a still-listed URL whose key entry broke keeps its earlier pin', () => {
    const result = applyManagedPolicy({ packUrls: [TEAM], publisherKeys: ['typo'] }, [policy(TEAM, KEY_A)]);
    expect(result.subscriptions).toEqual([policy(TEAM, KEY_A)]);
    expect(result.problems.map((p) => p.path)).toEqual(['publisherKeys.0', 'packUrls.0']);
  });

  it('no policy ({} or nothing) changes nothing for the agent', () => {
    const current = [agent(MINE), agent(TEAM, KEY_B)];
    for (const managed of [{}, undefined, null]) {
      expect(applyManagedPolicy(managed, current)).toEqual({ subscriptions: current, locked: [], problems: [] });
    }
  });

  it('keeps only the lockable setting names; an unknown one becomes a problem by path, listing the known names', () => {
    const result = applyManagedPolicy({ lockedSettings: ['reset', 'japaneseRegisters', 'subscriptions', 'reset', 'Subscriptions'] }, []);
    expect(result.locked).toEqual(['reset', 'subscriptions']);
    const known = 'uiLanguage, japaneseRegister, disabledSites, customDomains, subscriptions, localPacks, reset';
    expect(result.problems).toEqual([
      { path: 'lockedSettings.1', message: `unknown setting "japaneseRegisters"; known: ${known}` },
      { path: 'lockedSettings.4', message: `unknown setting "Subscriptions"; known: ${known}` },
    ]);
    expect(LOCKABLE_SETTING_NAMES.join(', ')).toBe(known);
    // Every known name is accepted.
    expect(applyManagedPolicy({ lockedSettings: LOCKABLE_SETTING_NAMES }, [])).toMatchObject({ locked: LOCKABLE_SETTING_NAMES, problems: [] });
  });

  it('the schema admins read and the README name exactly the lockable settings', () => {
    const root = join(__dirname, '../..');
    const schema = JSON.parse(readFileSync(join(root, 'public/managed_schema.json'), 'utf8')) as { properties: { lockedSettings: { description: string; items: object } } };
    // Plain strings, not an enum: Chrome would drop a policy value that breaks the schema, so a typo could never be reported.
    expect(schema.properties.lockedSettings.items).toEqual({ type: 'string' });
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const list = readme.slice(readme.indexOf('Names for `lockedSettings`')).split('\n\n')[1]!;
    expect([...list.matchAll(/^- `([A-Za-z]+)`: /gm)].map((m) => m[1])).toEqual(LOCKABLE_SETTING_NAMES);
    for (const name of LOCKABLE_SETTING_NAMES) expect(schema.properties.lockedSettings.description, name).toContain(`${name} (`);
  });

  it('applies the update interval when valid and reports it otherwise', () => {
    expect(applyManagedPolicy({ updateIntervalMinutes: 5 }, []).intervalMinutes).toBe(5);
    const bad = applyManagedPolicy({ updateIntervalMinutes: 0 }, []);
    expect(bad.intervalMinutes).toBeUndefined();
    expect(bad.problems).toEqual([{ path: 'updateIntervalMinutes', message: expect.any(String) }]);
  });
});

describe('managed policy in the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('stores only known locked names and reports the unknown ones for the options page', async () => {
    await fakeBrowser.storage.managed.set({ lockedSettings: ['disabledSites', 'colour'] });
    await startManagedPolicy(fakeBrowser as unknown as PolicyBrowser, () => 0.5).idle();
    expect(await managedPolicyItem.getValue()).toEqual({
      active: true,
      locked: ['disabledSites'],
      problems: [{ path: 'lockedSettings.1', message: expect.stringMatching(/^unknown setting "colour"; known: uiLanguage, /) }],
    });
  });

  it('treats an unreadable managed area (Firefox without policies.json) as no policy', async () => {
    const throwing = { storage: { managed: { get: () => Promise.reject(new Error('Managed storage manifest not found')) }, onChanged: fakeBrowser.storage.onChanged } };
    expect(await readManagedPolicy(throwing as unknown as PolicyBrowser)).toEqual({});
    await subscriptionsItem.setValue([agent(MINE)]);
    await startManagedPolicy(throwing as unknown as PolicyBrowser).idle();
    expect(await subscriptionsItem.getValue()).toEqual([agent(MINE)]);
    expect(await managedPolicyItem.getValue()).toEqual({ active: false, locked: [], problems: [] });
  });

  it('applies at start, stores the lock list and interval, and follows run-time policy changes', async () => {
    await subscriptionsItem.setValue([agent(MINE), agent(RETURNS, KEY_C)]);
    await subscriptionStatesItem.setValue({ [MINE]: fakeState, [RETURNS]: fakeState });
    await fakeBrowser.storage.managed.set({ packUrls: [TEAM, RETURNS], publisherKeys: [KEY_A], updateIntervalMinutes: 60, lockedSettings: ['subscriptions'] });
    const handle = startManagedPolicy(fakeBrowser as unknown as PolicyBrowser, () => 0.5);
    await handle.idle();

    expect(await subscriptionsItem.getValue()).toEqual([policy(TEAM, KEY_A), policy(RETURNS, KEY_A), agent(MINE)]);
    // RETURNS was verified under the agent's key; the policy pinned another, so its old state goes.
    expect(Object.keys(await subscriptionStatesItem.getValue())).toEqual([MINE]);
    expect(await managedPolicyItem.getValue()).toEqual({ active: true, locked: ['subscriptions'], intervalMinutes: 60, problems: [] });
    expect((await fakeBrowser.alarms.get(POLL_ALARM))?.periodInMinutes).toBe(60);

    // The admin drops TEAM and the interval while the browser runs.
    await fakeBrowser.storage.managed.clear();
    await fakeBrowser.storage.managed.set({ packUrls: [RETURNS], publisherKeys: [KEY_A] });
    await handle.idle();
    expect(await subscriptionsItem.getValue()).toEqual([policy(RETURNS, KEY_A), agent(MINE)]);
    expect((await managedPolicyItem.getValue()).locked).toEqual([]);
    expect((await fakeBrowser.alarms.get(POLL_ALARM))?.periodInMinutes).toBe(15);

    // Policy removed altogether: policy packs go, the agent's stay.
    await fakeBrowser.storage.managed.clear();
    await handle.idle();
    expect(await subscriptionsItem.getValue()).toEqual([agent(MINE)]);
    expect((await managedPolicyItem.getValue()).active).toBe(false);
  });

  it('is the one scheduler: without any policy it sets the default alarm, and a restarted worker keeps its time', async () => {
    // Firefox without policies.json throws from storage.managed.get.
    const noPolicy = { ...fakeBrowser, storage: { ...fakeBrowser.storage, managed: { get: () => Promise.reject(new Error('Managed storage manifest not found')) } } };
    await startManagedPolicy(noPolicy as unknown as PolicyBrowser, () => 0.5).idle();
    const first = await fakeBrowser.alarms.get(POLL_ALARM);
    expect(first?.periodInMinutes).toBe(15);
    await startManagedPolicy(noPolicy as unknown as PolicyBrowser, () => 0).idle();
    expect(await fakeBrowser.alarms.get(POLL_ALARM)).toEqual(first);
  });
});
