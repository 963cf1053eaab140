// Chromium end to end, team packs through the lead's real path: a pack signed and published with the real CLI,
// served by a static host on 127.0.0.1, subscribed to, and followed by the panel open on the demo helpdesk's
// damaged-lamp ticket: a new release reaches the open panel on the poll alarm without a reload, a no-change poll
// costs one 304, tampered, foreign-key and older releases are refused with the reason in the options page while
// the last good one stays, and "Roll back" brings the previous release back.
//
// Headless Chromium cannot answer the options form's host-permission prompt: `permissions.request` stays pending
// (no prompt to click, no auto-deny; --apps-gallery-install-auto-confirm-for-tests does not apply to it). So the
// form is driven up to the prompt, and the subscription is then stored the way the extension stores it, with the
// pack host sending CORS headers like GitHub Pages: the extension polls such a host without a host permission.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { DEMO } from '../../demo/site.mjs';
import { PackHost, type LoggedRequest } from '../subscriptions/server';
import { CHROME_EXTENSION, ROOT, builtMessages, launchDemoChrome, type DemoChromeSession } from './harness';
import { PackSite, type Phrasing } from './pack-site';

const ticket = DEMO.pages.find((page: { id: string }) => page.id === 'zendesk-en')!;

/** The poll alarm for these tests: Chromium lets an unpacked extension go far below the 30 s floor of packed ones. */
const POLL_MINUTES = 2 / 60;
const PACK = { id: 'lumen-team-en', name: 'Lumen team pack', locale: 'en' };
/** The demo ticket is a cracked lamp: the team's own "resolve" line replaces the bundled one with the same id. */
const line = (release: string) => `Lumen team line ${release}: a new lamp base ships today by express, and you keep the cracked one.`;
const phrasings = (release: string, text = line(release)): Phrasing[] => [{ id: 'damaged-item-resolve', situation: 'damaged-item', step: 'resolve', text }];
const BUNDLED_LINE = (JSON.parse(readFileSync(join(ROOT, 'knowledge/en.json'), 'utf8')) as { phrasings: { id: string; text: string }[] }).phrasings.find(
  (phrasing) => phrasing.id === 'damaged-item-resolve',
)!.text;

const message = builtMessages(CHROME_EXTENSION);

let host: PackHost;
let lead: PackSite;
let chrome: DemoChromeSession;
let context: BrowserContext;
let worker: Worker;
let extensionId: string;
let panel: Page;
let options: Page;
/** The v1 manifest as first published: replayed later as a downgrade. */
let manifestV1: string;
const figures: string[] = [];
const publishToPanel: { version: string; ms: number }[] = [];

beforeAll(async () => {
  host = new PackHost({ cors: true });
  await host.start();
  lead = new PackSite(host, PACK);
  await lead.keygen();
  await lead.release('1.0.0', phrasings('1.0.0'));
  manifestV1 = lead.readSite(`${PACK.id}.manifest.json`);

  chrome = await launchDemoChrome();
  ({ context, worker, extensionId } = chrome);
  // The policy sync schedules the alarm at start (15 min without a policy); wait for it, so it cannot
  // replace the short one the tests set.
  await until(async () => (await worker.evaluate(`chrome.alarms.get('attune-pack-poll').then((a) => a?.periodInMinutes ?? null)`)) !== null, 'the poll alarm');
}, 120_000);

afterAll(async () => {
  const fired = ((await worker?.evaluate('globalThis.e2eAlarms ?? []').catch(() => [])) ?? []) as number[];
  if (fired.length > 1) {
    const gaps = fired.slice(1).map((at, i) => at - fired[i]!).sort((a, b) => a - b);
    figures.push(`poll alarm set to ${POLL_MINUTES * 60} s: fired ${fired.length} times, gaps ${gaps[0]}–${gaps.at(-1)} ms (median ${gaps[Math.floor(gaps.length / 2)]})`);
  }
  if (publishToPanel.length) {
    const sorted = publishToPanel.map((run) => run.ms).sort((a, b) => a - b);
    figures.push(
      `publish→panel with a ${POLL_MINUTES * 60} s alarm: ${publishToPanel.map((run) => `${run.version} ${run.ms} ms`).join(', ')}; median ${sorted[Math.floor(sorted.length / 2)]} ms, max ${sorted.at(-1)} ms`,
    );
  }
  for (const figure of figures) console.log(`[packs e2e] ${figure}`);
  await chrome?.close();
  await host?.stop();
  lead?.remove();
});

// ---------------------------------------------------------------------------------------------------------
// Pages

/** expect.poll for hooks, where vitest does not allow it. */
async function until(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function openTicketWithPanel(): Promise<Page> {
  const helpdesk = await context.newPage();
  await helpdesk.goto(ticket.url);
  await helpdesk.waitForFunction(() => document.documentElement.dataset.attune === 'reading');
  await helpdesk.bringToFront();
  // Runs in the extension's service worker, where `chrome` is the extension API.
  const [tabId] = (await worker.evaluate(`chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) => tabs.map((tab) => tab.id))`)) as number[];
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await page.getByTestId('suggestion').first().waitFor();
  return page;
}

async function openOptions(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

const suggestions = () => panel.getByTestId('suggestion').allInnerTexts();

/**
 * Resolves with the panel's clock when a suggestion holding `text` is on screen (at once if it already is). A
 * MutationObserver, not polling, so the moment is exact and nothing depends on timers in a background tab.
 */
function shownAt(text: string, timeoutMs: number): Promise<number> {
  return panel.evaluate(
    ([text, timeoutMs]) =>
      new Promise<number>((resolve, reject) => {
        const shown = () => [...document.querySelectorAll('[data-testid=suggestion]')].some((item) => item.textContent?.includes(text));
        if (shown()) return resolve(Date.now());
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(Date.now());
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`"${text}" not in the panel after ${timeoutMs} ms`));
        }, timeoutMs);
      }),
    [text, timeoutMs] as const,
  );
}

/** Marks the panel's document: a later check that the mark is still there proves no reload happened. */
const markPanel = () => panel.evaluate(() => void ((window as unknown as { e2eLoadedOnce?: string }).e2eLoadedOnce = 'yes'));
const panelNotReloaded = () => panel.evaluate(() => (window as unknown as { e2eLoadedOnce?: string }).e2eLoadedOnce);

/** The options page's entry for the subscription, as text. */
const subscriptionText = () => options.getByTestId('subscription').filter({ hasText: lead.manifestUrl }).innerText();

/** The subscriptions section's own status line (the first in it; the pack files part below has another). */
const subscriptionsStatus = (page: Page) => page.getByRole('region', { name: message('options_subsHeading') }).getByRole('status').first();

async function checkNow() {
  const button = options.getByRole('button', { name: message('options_subsCheckNow'), exact: true });
  await button.click();
  await expect.poll(() => button.isEnabled()).toBe(true);
}

interface StoredState {
  active?: { manifest: { version: string } };
  previous?: { manifest: { version: string } };
  failure?: { reason: string; detail: string };
}
const storedState = () =>
  worker.evaluate(`chrome.storage.local.get('packSubscriptionStates').then((all) => (all.packSubscriptionStates ?? {})[${JSON.stringify(lead.manifestUrl)}] ?? null)`) as Promise<StoredState | null>;

const manifestPath = () => new URL(lead.manifestUrl).pathname;
const manifestGets = (entries: LoggedRequest[]) => entries.filter((entry) => entry.path === manifestPath() && !entry.method);

// ---------------------------------------------------------------------------------------------------------

describe('team packs in Chromium: published with the CLI, polled from a 127.0.0.1 host, shown in the panel', () => {
  it('the options form asks for the pack host; headless Chromium leaves that prompt open and nothing is stored', async () => {
    const form = await context.newPage();
    // Watches the extension's own request without changing it: every call goes straight through.
    await form.addInitScript(() => {
      type Request = (wanted: { origins?: string[] }) => Promise<boolean>;
      const calls: { origins?: string[]; state: string }[] = [];
      const scope = window as unknown as { e2ePermissionRequests: typeof calls; chrome?: { permissions: { request: Request } }; browser?: { permissions: { request: Request } } };
      scope.e2ePermissionRequests = calls;
      const apis = [...new Set([scope.chrome?.permissions, scope.browser?.permissions])];
      for (const permissions of apis) {
        if (!permissions) continue;
        const request = permissions.request.bind(permissions);
        permissions.request = (wanted) => {
          const call = { origins: wanted.origins, state: 'pending' };
          calls.push(call);
          return request(wanted).then(
            (granted) => ((call.state = granted ? 'granted' : 'denied'), granted),
            (error: Error) => {
              call.state = `error: ${error.message}`;
              throw error;
            },
          );
        };
      }
    });
    await form.goto(`chrome-extension://${extensionId}/options.html`);
    await form.getByLabel(message('options_subsUrlLabel')).fill(lead.manifestUrl);
    await form.getByLabel(message('options_subsKeyLabel')).fill(lead.publicKey);
    await form.getByRole('button', { name: message('options_subsAdd'), exact: true }).click();

    const requests = () => form.evaluate(() => (window as unknown as { e2ePermissionRequests: unknown[] }).e2ePermissionRequests);
    await expect.poll(requests).toEqual([{ origins: ['http://127.0.0.1/*'], state: 'pending' }]);
    // Still unanswered a while later: no prompt a test can click, and Chromium does not deny on its own.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await requests()).toEqual([{ origins: ['http://127.0.0.1/*'], state: 'pending' }]);
    expect(await worker.evaluate(`chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] })`)).toBe(false);
    expect(await worker.evaluate(`chrome.storage.local.get('packSubscriptions').then((all) => all.packSubscriptions ?? null)`)).toBeNull();
    // Neither "subscribed" nor "denied": the form waits on the prompt, with what the agent typed still in it.
    expect((await subscriptionsStatus(form).innerText()).trim()).toBe('');
    expect(await form.getByLabel(message('options_subsUrlLabel')).inputValue()).toBe(lead.manifestUrl);
    const [call] = (await requests()) as { origins: string[]; state: string }[];
    figures.push(`permissions.request(${call!.origins.join(', ')}) from the options form in headless Chromium: ${call!.state} after 3 s; nothing stored`);
    await form.close();
  });

  it('subscribed, the first poll brings release 1.0.0 to the open panel on the demo ticket', async () => {
    panel = await openTicketWithPanel();
    expect(await suggestions()).toContainEqual(expect.stringContaining(BUNDLED_LINE));
    await markPanel();

    // What the options form stores once the prompt is granted (store.ts addSubscription): the list, plus the
    // version marker @wxt-dev/storage keeps beside a versioned item on its first write.
    const subscribedAt = Date.now();
    await worker.evaluate(
      `chrome.storage.local.set(${JSON.stringify({ packSubscriptions: [{ url: lead.manifestUrl, publicKey: lead.publicKey, addedBy: 'agent' }], packSubscriptions$: { v: 1 } })})`,
    );
    const shown = await shownAt(line('1.0.0'), 60_000);
    figures.push(`subscribe→panel (first poll, triggered by the stored subscription): ${shown - subscribedAt} ms`);

    const lines = await suggestions();
    expect(lines.join('\n')).not.toContain(BUNDLED_LINE);
    expect(await panel.getByTestId('pack').innerText()).toBe(message('panel_packVersion', PACK.name, '1.0.0'));
    expect(await panelNotReloaded()).toBe('yes');
    // Fetched by the browser from the CORS host, without a host permission and without a preflight.
    expect(host.log.filter((entry) => entry.path === lead.packPath('1.0.0'))).toMatchObject([{ status: 200 }]);
    expect(host.log.filter((entry) => entry.method === 'OPTIONS')).toEqual([]);
  }, 90_000);

  it('a new release reaches the open panel on the poll alarm, without a reload', async () => {
    // Chromium keeps whatever period an unpacked extension asks for (a packed one is held to 30 s).
    await worker.evaluate(`chrome.alarms.create('attune-pack-poll', { delayInMinutes: ${POLL_MINUTES}, periodInMinutes: ${POLL_MINUTES} })`);
    const alarm = (await worker.evaluate(`chrome.alarms.get('attune-pack-poll')`)) as { periodInMinutes: number };
    expect(alarm.periodInMinutes).toBe(POLL_MINUTES);
    await worker.evaluate(`(globalThis.e2eAlarms = []), chrome.alarms.onAlarm.addListener((a) => a.name === 'attune-pack-poll' && globalThis.e2eAlarms.push(Date.now()))`);

    const published = await lead.release('2.0.0', phrasings('2.0.0'));
    const shown = await shownAt(line('2.0.0'), 90_000);
    publishToPanel.push({ version: '2.0.0', ms: shown - published });
    expect(shown - published).toBeLessThan(90_000);

    expect((await suggestions()).join('\n')).not.toContain(line('1.0.0'));
    expect(await panel.getByTestId('pack').innerText()).toBe(message('panel_packVersion', PACK.name, '2.0.0'));
    expect(await panelNotReloaded()).toBe('yes');
  }, 120_000);

  it('a poll with nothing new costs one conditional GET answered 304, no pack fetch, and no panel re-render', async () => {
    // Start between two polls, so every poll counted below is counted whole.
    const before = manifestGets(host.log).length;
    await until(async () => manifestGets(host.log).length > before, 'a poll', 30_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const mark = host.log.length;
    // The work a poll causes: writes to storage.local (seen from the worker) and DOM changes in the open panel.
    await worker.evaluate(`globalThis.e2eWrites = []; globalThis.e2eCheckWrites = []; chrome.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && changes.packSubscriptionStates) globalThis.e2eWrites.push(JSON.stringify(changes.packSubscriptionStates.newValue ?? null).length);
      if (area === 'local' && changes.packLastChecks) globalThis.e2eCheckWrites.push(JSON.stringify(changes.packLastChecks.newValue ?? null).length);
    })`);
    await panel.evaluate(() => {
      const scope = window as unknown as { e2eMutations: number };
      scope.e2eMutations = 0;
      new MutationObserver((records) => (scope.e2eMutations += records.length)).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await expect.poll(() => manifestGets(host.log.slice(mark)).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    // Let the last poll finish (its storage write) before counting.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const polled = host.log.slice(mark);
    const polls = manifestGets(polled).length;

    expect(polled.filter((entry) => entry.path !== manifestPath())).toEqual([]);
    // No preflight: without a host permission the extension keeps its request simple.
    expect(polled.filter((entry) => entry.method)).toEqual([]);
    for (const entry of polled) expect(entry).toMatchObject({ status: 304, bytesSent: 0 });
    // The browser's own revalidation of its cached copy: the extension adds no If-None-Match to a host it has no permission for.
    expect(polled.every((entry) => entry.ifNoneMatch !== undefined)).toBe(true);

    const writes = (await worker.evaluate('globalThis.e2eWrites')) as number[];
    const checkWrites = (await worker.evaluate('globalThis.e2eCheckWrites')) as number[];
    const mutations = await panel.evaluate(() => (window as unknown as { e2eMutations: number }).e2eMutations);
    // Nothing changed, so the states (with their pack texts) are not rewritten: only the small check-time item is.
    expect(writes).toEqual([]);
    expect(checkWrites.length).toBeGreaterThanOrEqual(polls);
    expect(mutations).toBe(0);
    expect(await storedState()).toMatchObject({ active: { manifest: { version: '2.0.0' } } });
    figures.push(
      `no-change poll, ${polls} polls: ${polled.length / polls} request per poll (GET manifest → ${[...new Set(polled.map((e) => e.status))].join('/')}), ` +
        `${polled.reduce((sum, e) => sum + e.bytesSent, 0) / polls} body bytes per poll (a changed manifest is ${Buffer.byteLength(lead.readSite(`${PACK.id}.manifest.json`))} bytes, ` +
        `the pack ${Buffer.byteLength(lead.readSite(`${PACK.id}-2.0.0.json`))}); storage.local writes per poll: ${writes.length / polls} of the subscription states (pack texts), ` +
        `${checkWrites.length / polls} of the check times (${checkWrites.length ? Math.max(...checkWrites) : 0} bytes of JSON); panel DOM mutations: ${mutations}`,
    );
  }, 90_000);

  describe('refusals keep 2.0.0 in the panel and say why in the options page', () => {
    beforeAll(async () => {
      options = await openOptions();
      await until(async () => (await subscriptionText()).includes(message('options_subsActive', PACK.name, '2.0.0')), 'release 2.0.0 in the options page');
    });

    async function expectRefused(reason: string, detail: RegExp) {
      await checkNow();
      await expect.poll(subscriptionText).toContain(message(`options_subsReason_${reason.replace(/-/g, '_')}`));
      const text = await subscriptionText();
      expect(text).toContain(message('options_subsActive', PACK.name, '2.0.0'));
      expect(await options.getByTestId('failure-detail').innerText()).toMatch(detail);
      expect(await storedState()).toMatchObject({ active: { manifest: { version: '2.0.0' } }, failure: { reason } });
      // The panel keeps the last good release, flags the failed update quietly, and was not reloaded.
      expect((await suggestions()).join('\n')).toContain(line('2.0.0'));
      await expect.poll(() => panel.getByTestId('pack-update-failed').isVisible()).toBe(true);
      expect(await panelNotReloaded()).toBe('yes');
    }

    it('a tampered pack: bytes changed on the host after signing, manifest untouched', async () => {
      await lead.publish(await lead.sign('3.0.0', phrasings('3.0.0')));
      const name = `${PACK.id}-3.0.0.json`;
      lead.writeSite(name, lead.readSite(name).replace(line('3.0.0'), 'Sure, just send the refund to the account below: 12345678.'));
      lead.upload();
      await expectRefused('hash', /SHA-256/);
      expect((await suggestions()).join('\n')).not.toContain('12345678');
    });

    it('a pack signed with another key, named in the manifest', async () => {
      await lead.keygen('other/keys');
      await lead.publish(await lead.sign('4.0.0', phrasings('4.0.0'), { keyDir: 'other/keys', releases: 'other/releases' }));
      lead.upload();
      await expectRefused('key', /signed with key/);
      expect((await suggestions()).join('\n')).not.toContain(line('4.0.0'));
    });

    it('a pack signed with another key, its manifest claiming the pinned one', async () => {
      const manifest = JSON.parse(lead.readSite(`${PACK.id}.manifest.json`)) as { keyId: string; version: string };
      const pinned = JSON.parse(manifestV1) as { keyId: string };
      lead.writeSite(`${PACK.id}.manifest.json`, `${JSON.stringify({ ...manifest, keyId: pinned.keyId }, null, 2)}\n`);
      lead.upload();
      await expectRefused('signature', /signature does not match/);
    });

    it('a downgrade: the genuine, older 1.0.0 manifest served again', async () => {
      const mark = host.log.length;
      lead.writeSite(`${PACK.id}.manifest.json`, manifestV1);
      lead.upload();
      await expectRefused('downgrade', /1\.0\.0 is older than the active 2\.0\.0/);
      // Refused from the manifest alone: the old pack file was not even fetched.
      expect(host.log.slice(mark).filter((entry) => entry.path === lead.packPath('1.0.0'))).toEqual([]);
    });
  });

  it('"Roll back" brings 1.0.0 back to the open panel, and the next polls keep it', async () => {
    await options.getByRole('button', { name: message('options_subsRollback', '1.0.0'), exact: true }).click();
    await shownAt(line('1.0.0'), 15_000);
    expect((await suggestions()).join('\n')).not.toContain(line('2.0.0'));
    expect(await panel.getByTestId('pack').innerText()).toBe(message('panel_packVersion', PACK.name, '1.0.0'));
    expect(await panelNotReloaded()).toBe('yes');
    await expect.poll(subscriptionText).toContain(message('options_subsActive', PACK.name, '1.0.0'));
    expect(await subscriptionsStatus(options).innerText()).toBe(message('options_subsRolledBack', '1.0.0'));
    // The rollback clears the failure: the badge goes, and polling resumes on the alarm.
    await expect.poll(() => panel.getByTestId('pack-update-failed').count()).toBe(0);
    const mark = host.log.length;
    await expect.poll(() => manifestGets(host.log.slice(mark)).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    expect(await storedState()).toMatchObject({ active: { manifest: { version: '1.0.0' } }, previous: { manifest: { version: '2.0.0' } } });
    expect((await storedState())?.failure).toBeUndefined();
    expect((await suggestions()).join('\n')).toContain(line('1.0.0'));
  }, 60_000);

  it('later releases reach the open panel too (more publish→panel runs)', async () => {
    for (const version of ['5.0.0', '5.1.0', '5.2.0']) {
      const published = await lead.release(version, phrasings(version));
      const shown = await shownAt(line(version), 90_000);
      publishToPanel.push({ version, ms: shown - published });
      expect(shown - published).toBeLessThan(90_000);
    }
    expect(await panelNotReloaded()).toBe('yes');
    await expect.poll(subscriptionText).toContain(message('options_subsActive', PACK.name, '5.2.0'));
  }, 150_000);
});
