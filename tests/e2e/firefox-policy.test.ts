// Firefox end to end, enterprise path of team packs: an admin's policies.json ("policies" → "3rdparty" →
// "Extensions" → "attune@attune.dev") lists a pack URL and its publisher key; Firefox hands it to the extension
// as storage.managed, the background subscribes (locked) and polls it on the policy's interval. The pack host is
// a real HTTP server on 127.0.0.1 that sends CORS headers, as a policy subscription has no host permission;
// releases are made with the real CLI. The policies.json lives in a temp dir (see launchFirefox's `policies`).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { PackHost } from '../subscriptions/server';
import {
  ATTUNE_STATE,
  FIREFOX_BIN,
  FIREFOX_EXTENSION,
  ROOT,
  addressFor,
  builtMessages,
  findTabId,
  fixturePages,
  launchFirefox,
  openedExtensionPage,
  puppeteerTab,
  startFixtureServer,
  type FirefoxSession,
  type FixtureServer,
  type Tab,
} from './harness';

const run = promisify(execFile);
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const CLI = join(ROOT, 'cli/attune.mjs');
const EXTENSION_ID = 'attune@attune.dev';
const MANIFEST_PATH = '/team/acme-en.manifest.json';
const QUERY = 'Zorblax warranty';
const answer = (release: string) => `Zorblax warranties are registered at the Acme service desk (release ${release}).`;

const message = builtMessages(FIREFOX_EXTENSION);

const page = fixturePages().find((candidate) => candidate.name === 'zendesk-chat');

describe('Firefox, team packs pushed by enterprise policy (policies.json 3rdparty)', () => {
  let work: string;
  let publicKey: string;
  let keyId: string;
  let host: PackHost;
  let policy: Record<string, unknown>;
  let server: FixtureServer;
  let session: FirefoxSession;
  let helpdesk: Tab;
  let optionsPage: Page;
  let options: Tab;
  let panelPage: Page;
  let panel: Tab;
  const timings: string[] = [];

  const cli = async (...args: string[]) => (await run(process.execPath, [CLI, ...args], { cwd: work })).stdout;

  /** What a lead does for a release: write the pack, `pack sign`, `pack publish`, upload site/ to the host. */
  async function release(version: string, text: string): Promise<number> {
    const pack = { id: 'acme-en', name: 'Acme support', version, locale: 'en', faq: [{ id: 'acme-zorblax', question: 'How do I register a Zorblax warranty?', answer: text }] };
    writeFileSync(join(work, 'acme-en.json'), `${JSON.stringify(pack, null, 2)}\n`);
    await cli('pack', 'sign', 'acme-en.json', '--key', 'keys/attune-signing.key', '--out', 'releases');
    await cli('pack', 'publish', 'releases', '--out', 'site', '--pub', 'keys/attune-signing.pub', '--base-url', host.url('/team'));
    for (const file of readdirSync(join(work, 'site'))) host.files.set(`/team/${file}`, readFileSync(join(work, 'site', file), 'utf8'));
    return Date.now();
  }

  /** Asks the e2e build to open an extension page from the helpdesk tab, and finds it. */
  async function openExtensionPage(path: string): Promise<Page> {
    const known = new Set(await session.browser.pages());
    await helpdesk.evaluate(`window.postMessage({ type: 'attune-e2e-open', path: ${JSON.stringify(path)} }, '*')`);
    return openedExtensionPage(session.browser, known, path);
  }

  const panelAnswers = () => panel.evaluate<string[]>(`[...document.querySelectorAll('[data-testid=faq-result] .answer')].map((p) => p.textContent)`);
  const waitForAnswer = (text: string, what: string, timeoutMs?: number) =>
    panel.waitFor(`[...document.querySelectorAll('[data-testid=faq-result] .answer')].some((p) => p.textContent === ${JSON.stringify(text)})`, what, timeoutMs);
  /** The options page's entry of the policy subscription, as text. */
  const subscriptionText = () =>
    options.evaluate<string>(`[...document.querySelectorAll('[data-testid=subscription]')].find((li) => li.textContent.includes(${JSON.stringify(host.url(MANIFEST_PATH))}))?.textContent ?? ''`);
  const waitForSubscription = (text: string, what: string) =>
    options.waitFor(
      `[...document.querySelectorAll('[data-testid=subscription]')].some((li) => li.textContent.includes(${JSON.stringify(host.url(MANIFEST_PATH))}) && li.textContent.includes(${JSON.stringify(text)}))`,
      what,
    );
  async function checkNow() {
    const label = JSON.stringify(message('options_subsCheckNow'));
    await options.waitFor(`[...document.querySelectorAll('button')].some((b) => b.textContent === ${label} && !b.disabled)`, 'the Check now button');
    await options.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent === ${label}).click()`);
  }

  beforeAll(async () => {
    // A missing browser or build is a failure, not a skip.
    if (!existsSync(FIREFOX_BIN)) throw new Error(`No Firefox at ${FIREFOX_BIN} (set FIREFOX_BIN)`);
    if (!page) throw new Error('The zendesk-chat fixture is missing or no longer read by its adapter');
    work = mkdtempSync(join(tmpdir(), 'attune-e2e-publisher-'));
    ({ publicKey, keyId } = JSON.parse(await cli('pack', 'keygen', '--out', 'keys')) as { publicKey: string; keyId: string });
    host = new PackHost({ cors: true });
    await host.start();
    await release('1.0.0', answer('1'));
    // "colour" is no setting: the options page must name it as a skipped entry, and apply the rest.
    policy = { packUrls: [host.url(MANIFEST_PATH)], publisherKeys: [publicKey], updateIntervalMinutes: 1, lockedSettings: ['disabledSites', 'reset', 'colour'] };

    server = await startFixtureServer([page]);
    session = await launchFirefox(FIREFOX_EXTENSION, { policies: { '3rdparty': { Extensions: { [EXTENSION_ID]: policy } } } });
    const helpdeskPage = (await session.browser.pages())[0] ?? (await session.browser.newPage());
    helpdesk = puppeteerTab(helpdeskPage);
    await helpdesk.goto(addressFor(page.url, server.port));
    await helpdesk.waitFor(`${ATTUNE_STATE} === 'reading'`, `the content script to read ${page.url}`);

    optionsPage = await openExtensionPage('/options.html');
    options = puppeteerTab(optionsPage);
    panelPage = await openExtensionPage('/sidepanel.html');
    panel = puppeteerTab(panelPage);
    const tabId = await findTabId(panel, await helpdesk.evaluate<string>('location.href'));
    await panel.evaluate(`void (location.search = '?tab=${tabId}')`);
    await panel.waitFor(`location.search === '?tab=${tabId}' && document.getElementById('faq-search')`, 'the panel pinned to the helpdesk tab');
  }, 90_000);

  afterAll(async () => {
    if (timings.length) console.log(`[firefox-policy e2e] publish→panel: ${timings.join('; ')}`);
    await session?.close();
    await server?.close();
    await host?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('Firefox hands the policies.json entry to the extension as storage.managed', async () => {
    expect(await options.evaluate(`browser.storage.managed.get(null)`)).toEqual(policy);
  });

  it('lists the policy pack as added by the organization, with Remove disabled, and polls on the policy interval', async () => {
    await waitForSubscription(message('options_subsActive', 'Acme support', '1.0.0'), 'the policy subscription with release 1.0.0 active');
    const text = await subscriptionText();
    expect(text).toContain(message('options_subsByPolicy'));
    expect(text).toContain(message('options_subsRemoveLocked'));
    const remove = await options.evaluate<{ disabled: boolean } | null>(
      `(() => { const b = [...document.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === ${JSON.stringify(message('options_subsRemoveLabel', host.url(MANIFEST_PATH)))}); return b ? { disabled: b.disabled } : null; })()`,
    );
    expect(remove).toEqual({ disabled: true });
    // Fetched by the browser from the CORS host, although the extension holds no permission for it.
    expect(host.log.some((entry) => entry.path === '/team/acme-en-1.0.0.json' && entry.status === 200)).toBe(true);
    expect(await options.evaluate(`browser.permissions.contains({ origins: ['http://127.0.0.1/*'] })`)).toBe(false);
    const alarm = await options.evaluate<{ periodInMinutes?: number } | null>(`browser.alarms.get('attune-pack-poll').then((a) => a ?? null)`);
    expect(alarm?.periodInMinutes).toBe(1);
  });

  it('locks what the policy locks, names the entry it skipped, and passes axe with every rule (contrast too)', async () => {
    const notice = () => options.evaluate<string>(`document.querySelector('.policy-notice')?.textContent ?? ''`);
    await options.waitFor(`!!document.querySelector('.policy-notice .problems')`, 'the policy notice with its problems');
    expect(await notice()).toContain(message('options_policyHeading'));
    expect(await notice()).toContain('lockedSettings.2');
    const switches = await options.evaluate<{ total: number; disabled: number }>(
      `(() => { const boxes = [...document.querySelectorAll('input[type=checkbox]')]; return { total: boxes.length, disabled: boxes.filter((b) => b.disabled).length }; })()`,
    );
    expect(switches.total).toBeGreaterThan(10);
    expect(switches.disabled).toBe(switches.total);
    const reset = await options.evaluate<boolean | null>(
      `(() => { const b = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(message('options_resetButton'))}); return b ? b.disabled : null; })()`,
    );
    expect(reset).toBe(true);
    // Evaluated through WebDriver BiDi, which the extension page's CSP does not govern.
    await options.evaluate(AXE);
    const violations = await options.evaluate<string[]>(
      `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => v.id + ' (' + v.nodes.length + ')'))`,
    );
    expect(violations).toEqual([]);
  });

  it("shows the team pack's answer in the panel's FAQ", async () => {
    await panelPage.bringToFront();
    await panelPage.click('#faq-search');
    await panelPage.keyboard.down('Control');
    await panelPage.keyboard.press('a');
    await panelPage.keyboard.up('Control');
    await panelPage.keyboard.type(QUERY);
    await waitForAnswer(answer('1'), "the team pack's answer in the panel");
    // Marks this document: the later releases must reach it without a reload.
    await panel.evaluate(`void (window.__attunePolicyE2e = 'loaded once')`);
  });

  it("brings a new release to the open panel on the policy's alarm, without reload", async () => {
    const due = await options.evaluate<number | null>(`browser.alarms.get('attune-pack-poll').then((a) => a?.scheduledTime ?? null)`);
    const published = await release('2.0.0', answer('2'));
    await waitForAnswer(answer('2'), 'release 2.0.0 in the panel by the alarm', 75_000);
    const took = Date.now() - published;
    expect(await panelAnswers()).not.toContain(answer('1'));
    expect(await panel.evaluate(`window.__attunePolicyE2e`)).toBe('loaded once');
    timings.push(`${took} ms by the 1-minute alarm (it was due ${due === null ? '?' : Math.max(0, Math.round(due - published))} ms after publishing)`);
  }, 90_000);

  it('brings a new release to the open panel with "Check now", without reload', async () => {
    const published = await release('3.0.0', answer('3'));
    await checkNow();
    await waitForAnswer(answer('3'), 'release 3.0.0 in the panel after Check now');
    timings.push(`${Date.now() - published} ms by "Check now"`);
    expect(await panelAnswers()).not.toContain(answer('2'));
    expect(await panel.evaluate(`window.__attunePolicyE2e`)).toBe('loaded once');
    await waitForSubscription(message('options_subsActive', 'Acme support', '3.0.0'), 'release 3.0.0 active in the options page');
  });

  it('refuses a tampered release and keeps the last good pack in the panel', async () => {
    // The host's copy of a properly signed release altered afterwards: its hash no longer matches.
    await release('4.0.0', answer('4'));
    const tampered = answer('4').replace('Acme service desk', 'desk at evil.example');
    host.files.set('/team/acme-en-4.0.0.json', host.files.get('/team/acme-en-4.0.0.json')!.replace(answer('4'), tampered));
    await checkNow();
    await waitForSubscription(message('options_subsReason_hash'), 'the hash failure in the options page');

    // A release signed by someone else, claiming the publisher's key id: its signature does not verify.
    const forger = join(work, 'forger');
    await cli('pack', 'keygen', '--out', 'forger/keys');
    const forged = { id: 'acme-en', name: 'Acme support', version: '5.0.0', locale: 'en', faq: [{ id: 'acme-zorblax', question: 'How do I register a Zorblax warranty?', answer: tampered }] };
    writeFileSync(join(forger, 'acme-en.json'), `${JSON.stringify(forged, null, 2)}\n`);
    await cli('pack', 'sign', 'forger/acme-en.json', '--key', 'forger/keys/attune-signing.key', '--out', 'forger/releases');
    const manifest = JSON.parse(readFileSync(join(forger, 'releases/acme-en.manifest.json'), 'utf8')) as { keyId: string };
    host.files.set('/team/acme-en-5.0.0.json', readFileSync(join(forger, 'releases/acme-en-5.0.0.json'), 'utf8'));
    host.files.set(MANIFEST_PATH, JSON.stringify({ ...manifest, keyId }));
    await checkNow();
    await waitForSubscription(message('options_subsReason_signature'), 'the signature failure in the options page');

    expect(await subscriptionText()).toContain(message('options_subsActive', 'Acme support', '3.0.0'));
    // The panel keeps release 3.0.0 and never showed the tampered text.
    expect(await panelAnswers()).toContain(answer('3'));
    expect(await panelAnswers()).not.toContain(tampered);
    expect(await panel.evaluate(`window.__attunePolicyE2e`)).toBe('loaded once');
  });
});
