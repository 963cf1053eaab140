// Shared pieces of the real-browser tests (tests/e2e/*.test.ts) and scripts/measure-content.ts: the fixture
// pages with what the panel must show for each, the HTTPS server that serves them under the helpdesks' real
// hostnames, browser launchers (also on the demo helpdesk), the build's UI strings, and the scripts run inside
// pages. No vitest imports here, so the measure script can use it too.
import { deepStrictEqual } from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext, Page as PwPage, Worker } from 'playwright-core';
import type { Browser as PpBrowser, Page as PpPage } from 'puppeteer-core';
import type { HelpdeskServer as DemoServer } from '../../scripts/lib/helpdesk-server.mjs';
import { SITE_ADAPTERS } from '../../utils/adapters/registry';
import { editorKind, resolveEditor } from '../../utils/insert/kind';
import { attachDeclarativeShadowRoots } from '../adapters/helpers';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where the builds are; ATTUNE_OUTPUT_DIR points elsewhere (a private build while others rebuild .output). */
export const OUTPUT_DIR = process.env.ATTUNE_OUTPUT_DIR ?? join(ROOT, '.output');
export const CHROME_EXTENSION = join(OUTPUT_DIR, 'chrome-mv3');
/** The Firefox build with the e2e hook (`wxt build -b firefox --mode e2e`): BiDi cannot open moz-extension:// pages. */
export const FIREFOX_EXTENSION = join(OUTPUT_DIR, 'firefox-mv2-e2e');
// CHROME_BIN is the name the README, the demo and the other browser tests use.
export const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? process.env.CHROME_BIN ?? '/usr/bin/chromium';
export const FIREFOX_BIN = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
const FIXTURES = join(ROOT, 'tests/fixtures/sites');

// The UI's own English strings, from the build under test, so a reworded message does not break a test.
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * A lookup of the build's English messages (`_locales/en/messages.json`), substituting `$1`… and named
 * placeholders as browser.i18n does. The file is read on the first lookup, so a test file can load without a build.
 */
export function builtMessages(extensionDir: string): (key: string, ...substitutions: string[]) => string {
  let messages: Messages | undefined;
  return (key, ...substitutions) => {
    messages ??= JSON.parse(readFileSync(join(extensionDir, '_locales/en/messages.json'), 'utf8')) as Messages;
    const entry = messages[key];
    if (!entry) throw new Error(`No message ${key} in the build`);
    return entry.message
      .replace(/\$([A-Za-z_]+)\$/g, (_all, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '')
      .replace(/\$(\d)/g, (_all, n: string) => substitutions[Number(n) - 1] ?? '');
  };
}

/** A host no adapter matches: the same fixture served here must get no content script. */
export const OUTSIDE_HOST = 'example.org';

/**
 * Where each fixture lives on its helpdesk: the URLs the adapter tests use, so ticket ids read from the
 * URL are the same. Fixtures the adapter tests load on a self-hosted domain are placed on the helpdesk's
 * cloud host here, since custom domains get the content script only once the agent adds them; two
 * fixtures of a hash-routed app get a query apart, as the server never sees the hash. FreeScout is only
 * self-hosted: no fixture of it can be tested this way. A fixture missing here is not served.
 */
export const FIXTURE_URLS: Record<string, string> = {
  'chatwoot-chat': 'https://app.chatwoot.com/app/accounts/3/conversations/1287',
  'chatwoot-email': 'https://app.chatwoot.com/app/accounts/1/inbox/4/conversations/1302',
  'freshdesk-chat': 'https://acme.freshdesk.com/a/tickets/4630',
  'freshdesk-email': 'https://acme.freshdesk.com/a/tickets/4512',
  'freshdesk-legacy': 'https://acme.freshdesk.com/helpdesk/tickets/3120',
  'front-chat': 'https://app.frontapp.com/inboxes/teammates/20999898/inbox/all/117421120666',
  'front-email': 'https://app.frontapp.com/inboxes/teams/folders/7256583/unassigned/120537545061',
  'gmail-email': 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKxqWbTnNrPmLjHgFdSaZ',
  'gorgias-chat': 'https://lumenhome.gorgias.com/app/views/1384557/202493877',
  'gorgias-email': 'https://lumenhome.gorgias.com/app/ticket/180507823',
  'helpscout-chat': 'https://secure.helpscout.net/conversation/2741853301/9184?viewId=8514301',
  'helpscout-email': 'https://secure.helpscout.net/conversation/2615606748/8821?folderId=1781329',
  'intercom-chat': 'https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/215470000000777',
  'intercom-email': 'https://app.intercom.com/a/inbox/abc123/inbox/conversation/215470000000912',
  'outlook-email': `https://outlook.office.com/mail/inbox/id/${encodeURIComponent('AAQkAGI1ZjU0LTc3MWQtNDhkOS1hNmQxLWM0ZTIwOWYxMDdjOQAQAL0x3kLcTJ1GnlkTuTh7e9M=')}`,
  'salesforce-chat':
    'https://acme.lightning.force.com/lightning/r/MessagingSession/0Mw5g000000AbCdCAK/view?ws=%2Flightning%2Fr%2FCase%2F5005g00000XyZ12AAB%2Fview',
  'salesforce-email': 'https://acme.lightning.force.com/lightning/r/Case/5005g00000XyZ12AAB/view',
  'zammad-chat': 'https://acme.zammad.com/#ticket/zoom/5120',
  'zammad-email': 'https://acme.zammad.com/?fixture=email#ticket/zoom/4711',
  'zendesk-chat': 'https://acme.zendesk.com/agent/tickets/48817',
  'zendesk-email': 'https://acme.zendesk.com/agent/tickets/51203',
};

/** Fixtures of helpdesks that run only on the customer's own domain: no match pattern to test them under. */
export const SELF_HOSTED_ONLY = ['freescout-chat', 'freescout-email'];

/** Fixture files with no URL above and not known to be self-hosted only: they would go untested here. */
export function unplacedFixtures(): string[] {
  return readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length))
    .filter((name) => !(name in FIXTURE_URLS) && !SELF_HOSTED_ONLY.includes(name));
}

export interface PanelMessage {
  role: string;
  text: string;
}

export interface FixturePage {
  /** File name without .html, e.g. "zendesk-chat". */
  name: string;
  site: string;
  siteName: string;
  /** The real, port-free URL. */
  url: string;
  host: string;
  /** Path plus query: what the server is asked for (the hash never reaches it). */
  path: string;
  html: string;
  /** What the panel must list: the adapter's own reading of the fixture (run here in jsdom). */
  messages: PanelMessage[];
  /**
   * The element that takes inserted text, as its index among the page's textareas and contenteditables in
   * document order, shadow roots included (see DEEP_EDITABLES): the same in jsdom and in the browser.
   */
  editor?: number;
  /** How Attune's insertion treats that editor (utils/insert/kind.ts), e.g. 'textarea', 'ckeditor5'. */
  editorKind?: string;
  /**
   * Whether appendCustomerScript can add a message to this page (checked here in jsdom with the adapter):
   * it finds messages by their text in the light DOM, so a thread inside shadow roots is out of its reach.
   */
  appendable: boolean;
}

interface JsdomWindow {
  document: Document;
  eval(source: string): unknown;
}
const require = createRequire(import.meta.url);
// jsdom ships no type declarations here: typed by hand for what is used.
const { JSDOM } = require('jsdom') as {
  JSDOM: new (html: string, options: { url: string; runScripts?: 'outside-only' }) => { window: JsdomWindow };
};

/**
 * A fixture as a browser would parse it: jsdom leaves <template shadowrootmode> as a template, browsers
 * attach it as its parent's shadow root (Salesforce's fixtures use them). `runScripts` allows window.eval.
 */
function parse(html: string, url: string): JsdomWindow {
  const window = new JSDOM(html, { url, runScripts: 'outside-only' }).window;
  attachDeclarativeShadowRoots(window.document);
  return window;
}

function attempt<T, F>(call: () => T, fallback: F): T | F {
  try {
    return call();
  } catch {
    return fallback;
  }
}

/**
 * Every fixture in FIXTURE_URLS whose file exists and whose adapter reads it (an adapter still being
 * written is left out: the adapter's own tests report it). Sorted by name, so runs are repeatable.
 */
export function fixturePages(): FixturePage[] {
  const pages: FixturePage[] = [];
  for (const [name, url] of Object.entries(FIXTURE_URLS).sort(([a], [b]) => a.localeCompare(b))) {
    const file = join(FIXTURES, `${name}.html`);
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const window = parse(html, url);
    const doc = window.document;
    const parsed = new URL(url);
    const adapter = SITE_ADAPTERS.find((candidate) => attempt(() => candidate.detect(doc, parsed), false));
    if (!adapter) continue;
    const result = attempt(() => adapter.read(doc, parsed), undefined);
    if (!result?.ok) continue;
    const messages = result.conversation.messages.map(({ role, text }) => ({ role, text }));
    const editorElement = resolveEditor(attempt(() => adapter.findEditor(doc), null));
    (window as unknown as { __editor: unknown }).__editor = editorElement;
    const editor = editorElement ? (window.eval(`(${DEEP_EDITABLES})().indexOf(window.__editor)`) as number) : -1;
    // Last, as it changes the document: does appendCustomerScript add a message the adapter reads?
    const probe = { role: 'customer', text: 'A message appended by the end-to-end test.' };
    const after = attempt(() => {
      window.eval(appendCustomerScript(messages, probe.text));
      return adapter.read(doc, parsed);
    }, undefined);
    const appendable = !!after?.ok && sameMessages(after.conversation.messages, [...messages, probe]);
    pages.push({
      name,
      site: adapter.id,
      siteName: adapter.name,
      url,
      host: parsed.hostname,
      path: parsed.pathname + parsed.search,
      html,
      messages,
      ...(editorElement && editor >= 0 ? { editor, editorKind: editorKind(editorElement) } : {}),
      appendable,
    });
  }
  return pages;
}

function sameMessages(actual: readonly PanelMessage[], expected: readonly PanelMessage[]): boolean {
  return actual.length === expected.length && actual.every((message, i) => message.role === expected[i]!.role && message.text === expected[i]!.text);
}

/**
 * Pairs of fixtures of one helpdesk for single-page navigation: `from` loaded, then history.pushState to
 * `to`'s URL and `to`'s body swapped in. Only pairs where the adapter (in jsdom) then reads `to` exactly.
 */
export function navigationPairs(pages: FixturePage[]): [FixturePage, FixturePage][] {
  const pairs: [FixturePage, FixturePage][] = [];
  for (const from of onePerSite(pages)) {
    const to = pages.find((page) => page.site === from.site && page !== from);
    if (!to) continue;
    const window = parse(from.html, from.url);
    const adapter = SITE_ADAPTERS.find((candidate) => candidate.id === from.site)!;
    const after = attempt(() => {
      window.eval(navigateScript(to.url, to.html));
      return adapter.read(window.document, new URL(to.url));
    }, undefined);
    if (after?.ok && sameMessages(after.conversation.messages, to.messages)) pairs.push([from, to]);
  }
  return pairs;
}

/** One page per helpdesk (chat preferred), for the checks that need not run on every fixture. */
export function onePerSite(pages: FixturePage[]): FixturePage[] {
  const bySite = new Map<string, FixturePage>();
  for (const page of pages) if (!bySite.has(page.site) || page.name.endsWith('-chat')) bySite.set(page.site, page);
  return [...bySite.values()];
}

// ---------------------------------------------------------------------------------------------------------
// HTTPS server under the real hostnames (scripts/lib/helpdesk-server.mjs, shared with the demo)

interface HelpdeskServer {
  port: number;
  hosts: string[];
  spkiHash: string;
  resolverRules: string;
  close(): Promise<void>;
}
type Route = (path: string, request: { url?: string }) => { status?: number; type?: string; body: string | Buffer } | undefined;
interface HelpdeskServerModule {
  startHelpdeskServer(options: { routes: Record<string, Route>; hosts?: string[] }): Promise<HelpdeskServer>;
  chromiumArgs(options: { extensionDir?: string; resolverRules?: string; spkiHash?: string }): string[];
  PLAYWRIGHT_IGNORE_DEFAULT_ARGS: string[];
}

// A plain .mjs module without type declarations: imported by URL and typed by the interface above.
const serverModule = () =>
  import(pathToFileURL(join(ROOT, 'scripts/lib/helpdesk-server.mjs')).href) as Promise<HelpdeskServerModule>;

export interface FixtureServer {
  port: number;
  spkiHash: string;
  resolverRules: string;
  hosts: string[];
  /** Serve `html` at this URL (any host the server was started for), e.g. a generated page. */
  serve(url: string, html: string): void;
  close(): Promise<void>;
}

/** Serves every page at its real URL, each page also at https://example.org/<name>, plus pages added later. */
export async function startFixtureServer(pages: FixturePage[], extraHosts: string[] = []): Promise<FixtureServer> {
  const { startHelpdeskServer } = await serverModule();
  const served = new Map<string, string>();
  const key = (host: string, path: string) => `${host.toLowerCase()}${path}`;
  for (const page of pages) {
    served.set(key(page.host, page.path), page.html);
    served.set(key(OUTSIDE_HOST, `/${page.name}`), page.html);
  }
  const hosts = [...new Set([...pages.map((page) => page.host), OUTSIDE_HOST, ...extraHosts])];
  const route =
    (host: string): Route =>
    (_path, request) => {
      // The server's own path argument drops the query; pages here may differ by query alone.
      const html = served.get(key(host, request.url ?? '/'));
      return html === undefined ? undefined : { body: html };
    };
  const server = await startHelpdeskServer({ routes: Object.fromEntries(hosts.map((host) => [host, route(host)])), hosts });
  return {
    port: server.port,
    spkiHash: server.spkiHash,
    resolverRules: server.resolverRules,
    hosts,
    serve(url, html) {
      const parsed = new URL(url);
      served.set(key(parsed.hostname, parsed.pathname + parsed.search), html);
    },
    close: () => server.close(),
  };
}

// ---------------------------------------------------------------------------------------------------------
// One small interface over playwright and puppeteer pages, so both test files share the steps below.

export interface Tab {
  /** Evaluates a JavaScript expression in the page (a promise is awaited). */
  evaluate<T>(expression: string): Promise<T>;
  /** Waits until the expression is truthy; `what` names the condition in the timeout error. */
  waitFor(expression: string, what: string, timeoutMs?: number): Promise<void>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  click(selector: string): Promise<void>;
  clickAt(point: { x: number; y: number }): Promise<void>;
  type(text: string): Promise<void>;
  /** Enters text as one input event, as a paste or an IME commit does (fast, no key events). */
  insertText(text: string): Promise<void>;
  press(key: 'ArrowLeft' | 'SelectAll'): Promise<void>;
}

const WAIT_MS = 10_000;

/**
 * Polls the expression from here rather than with waitForFunction: that compiles the expression with
 * eval inside the page, which the extension pages' CSP forbids. A page mid-navigation counts as not yet.
 */
async function poll(evaluate: (source: string) => Promise<unknown>, expression: string, what: string, timeout = WAIT_MS) {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      if (await evaluate(`!!(${expression})`)) return;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}${last ? ` (${(last as Error).message.split('\n')[0]})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function playwrightTab(page: PwPage): Tab {
  return {
    evaluate: (expression) => page.evaluate(expression),
    waitFor: (expression, what, timeout) => poll((source) => page.evaluate(source), expression, what, timeout),
    goto: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    click: (selector) => page.click(selector),
    clickAt: ({ x, y }) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    insertText: (text) => page.keyboard.insertText(text),
    press: (key) => page.keyboard.press(key === 'SelectAll' ? 'ControlOrMeta+A' : key),
  };
}

export function puppeteerTab(page: PpPage): Tab {
  return {
    evaluate: (expression) => page.evaluate(expression) as Promise<never>,
    waitFor: (expression, what, timeout) => poll((source) => page.evaluate(source), expression, what, timeout),
    goto: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    click: (selector) => page.click(selector),
    clickAt: ({ x, y }) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    insertText: (text) => page.keyboard.sendCharacter(text),
    press: async (key) => {
      if (key === 'ArrowLeft') return page.keyboard.press('ArrowLeft');
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Browsers

export interface ChromeSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** Chromium with the chrome-mv3 build loaded, sending the server's hostnames to it and trusting only its certificate. */
export async function launchChrome(server: Pick<FixtureServer, 'resolverRules' | 'spkiHash'>, extensionDir = CHROME_EXTENSION): Promise<ChromeSession> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No build at ${extensionDir}: run \`npm run build:all\` first.`);
  const [{ chromium }, { chromiumArgs, PLAYWRIGHT_IGNORE_DEFAULT_ARGS }] = await Promise.all([import('playwright-core'), serverModule()]);
  const userDataDir = mkdtempSync(join(tmpdir(), 'attune-e2e-chrome-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_BIN,
    headless: true,
    ignoreDefaultArgs: PLAYWRIGHT_IGNORE_DEFAULT_ARGS,
    args: [
      ...chromiumArgs({ extensionDir, resolverRules: server.resolverRules, spkiHash: server.spkiHash }),
      // Containers run as root without user namespaces; there is no GPU.
      '--no-sandbox',
      '--disable-gpu',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      extensionId,
      worker,
      close: async () => {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

export interface DemoChromeSession extends ChromeSession {
  /** The demo helpdesk (demo/site.mjs) under its real hostnames, e.g. the Zendesk ticket at DEMO.pages[].url. */
  server: DemoServer;
}

/** launchChrome on the demo helpdesk's pages; close() also stops the server. */
export async function launchDemoChrome(extensionDir = CHROME_EXTENSION): Promise<DemoChromeSession> {
  const [{ startHelpdeskServer }, { demoRoutes }] = await Promise.all([import('../../scripts/lib/helpdesk-server.mjs'), import('../../demo/site.mjs')]);
  const server = await startHelpdeskServer({ routes: demoRoutes() });
  let chrome: ChromeSession;
  try {
    chrome = await launchChrome(server, extensionDir);
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    ...chrome,
    server,
    close: async () => {
      await chrome.close();
      await server.close();
    },
  };
}

export interface FirefoxSession {
  browser: PpBrowser;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** More about:config prefs for the test profile. */
  prefs?: Record<string, string | number | boolean>;
  /** More environment variables for the browser process. */
  env?: Record<string, string>;
  /**
   * The "policies" object of a policies.json for this Firefox only, e.g. {"3rdparty": {"Extensions": {…}}}.
   * Firefox reads `browser.policies.alternatePath` only when Cu.isInAutomation, which release builds grant
   * to a profile with the pref below *and* MOZ_DISABLE_NONLOCAL_CONNECTIONS=1 in the environment (both are
   * needed; checked with Debian's firefox-esr 153). Nothing is written outside a temp directory, but a
   * system-wide policies.json wins over the alternate path, so one is refused here rather than ignored.
   */
  policies?: Record<string, unknown>;
}

/** Where Firefox on Linux looks for an admin's policies.json before the alternate path (SysConfD, distribution/). */
function systemPolicyFiles(): string[] {
  const install = dirname(realpathSync(FIREFOX_BIN));
  return ['/etc/firefox-esr/policies/policies.json', '/etc/firefox/policies/policies.json', join(install, 'distribution/policies.json')];
}

/**
 * Firefox ESR over WebDriver BiDi with the e2e build installed. Every hostname resolves to 127.0.0.1, so
 * pages keep their real hostnames (with the server's port: match patterns ignore ports) and nothing
 * else leaves the machine.
 */
export async function launchFirefox(extensionDir = FIREFOX_EXTENSION, options: FirefoxOptions = {}): Promise<FirefoxSession> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No build at ${extensionDir}: run \`npm run build:all\` first.`);
  const { default: puppeteer } = await import('puppeteer-core');
  const prefs: Record<string, unknown> = { 'network.dns.forceResolve': '127.0.0.1', ...options.prefs };
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  let policyDir: string | undefined;
  if (options.policies) {
    const system = systemPolicyFiles().filter((file) => existsSync(file));
    if (system.length) throw new Error(`A system policies.json (${system.join(', ')}) overrides the test's policies: remove it to run this test.`);
    policyDir = mkdtempSync(join(tmpdir(), 'attune-e2e-policies-'));
    const file = join(policyDir, 'policies.json');
    writeFileSync(file, JSON.stringify({ policies: options.policies }));
    prefs['browser.policies.alternatePath'] = file;
    prefs['security.turn_off_all_security_so_that_viruses_can_take_over_this_computer'] = true;
    env.MOZ_DISABLE_NONLOCAL_CONNECTIONS = '1';
  }
  const removePolicies = () => {
    if (policyDir) rmSync(policyDir, { recursive: true, force: true });
  };
  let browser: PpBrowser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_BIN,
      headless: true,
      acceptInsecureCerts: true,
      extraPrefsFirefox: prefs,
      env,
    });
  } catch (error) {
    removePolicies();
    throw error;
  }
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    removePolicies();
    throw error;
  }
  return {
    browser,
    close: async () => {
      await browser.close();
      removePolicies();
    },
  };
}

/** The URL a browser uses for a real page URL: Chromium's resolver rules keep port 443; Firefox needs the port. */
export function addressFor(url: string, port?: number): string {
  if (port === undefined) return url;
  const parsed = new URL(url);
  parsed.port = String(port);
  return parsed.href;
}

// ---------------------------------------------------------------------------------------------------------
// Extension pages

/**
 * The extension's id for the tab showing `href`, found from an extension page: every tab's content script
 * is asked for its snapshot (in @webext-core/messaging's envelope: {id, type, data, timestamp} → {res}),
 * and the one reporting this URL wins. Works the same in Chrome and Firefox, without the tabs permission.
 */
export async function findTabId(extensionPage: Tab, href: string): Promise<number> {
  const id = await extensionPage.evaluate<number | null>(`(async (wanted) => {
    const api = globalThis.browser ?? globalThis.chrome;
    for (const tab of await api.tabs.query({})) {
      const reply = await api.tabs
        .sendMessage(tab.id, { id: 0, type: 'snapshot:get', data: undefined, timestamp: Date.now() })
        .catch(() => undefined);
      if (reply && reply.res && reply.res.url === wanted) return tab.id;
    }
    return null;
  })(${JSON.stringify(href)})`);
  if (id === null) throw new Error(`No tab with a content script reports ${href}`);
  return id;
}

const PANEL_MESSAGES = `[...document.querySelectorAll('[data-testid=messages] li')].map((li) => ({
  role: li.dataset.role,
  text: li.textContent.slice((li.querySelector('strong')?.textContent ?? '').length + 1),
}))`;

export function panelMessages(panel: Tab): Promise<PanelMessage[]> {
  return panel.evaluate(PANEL_MESSAGES);
}

/** Waits until the panel lists exactly these messages; on timeout, fails with the difference. */
export async function expectPanelMessages(panel: Tab, expected: PanelMessage[], what = 'the panel messages'): Promise<void> {
  try {
    await panel.waitFor(`JSON.stringify(${PANEL_MESSAGES}) === ${JSON.stringify(JSON.stringify(expected))}`, what);
  } catch (error) {
    deepStrictEqual(await panelMessages(panel), expected, (error as Error).message);
  }
}

export function panelText(panel: Tab, testId: 'status' | 'notice'): Promise<string> {
  return panel.evaluate(`document.querySelector('[data-testid=${testId}]')?.textContent ?? ''`);
}

/**
 * Types `text` into the panel's "Text to insert" box, presses "Insert into reply" and returns the notice.
 * The panel is reloaded first so that a notice left by an earlier insertion cannot pass for this one.
 */
export async function insertFromPanel(panel: Tab, text: string): Promise<string> {
  await panel.reload();
  await panel.waitFor(`document.querySelector('[data-testid=status]') && document.querySelector('[data-testid=notice]')?.textContent === ''`, 'the reloaded panel');
  await panel.click('#draft');
  await panel.press('SelectAll');
  await panel.insertText(text);
  await panel.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Insert into reply').click()`);
  await panel.waitFor(`document.querySelector('[data-testid=notice]')?.textContent !== ''`, 'the insertion notice');
  return panelText(panel, 'notice');
}

// ---------------------------------------------------------------------------------------------------------
// Scripts run in helpdesk pages. Plain JavaScript strings: functions compiled by tsx/esbuild may carry
// helper calls (__name) that do not exist in the page.

/**
 * Finds a conversation's messages in the page the way a person would: by their text. Each message's
 * item is its highest ancestor holding no other message, so cloning one copies the helpdesk's own markup
 * (roles, authors, times) whatever the site.
 */
const FIND_ITEMS = String.raw`
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const snippet = (text) => {
    const lines = text.split('\n').map(norm).filter(Boolean);
    return lines.reduce((a, b) => (b.length > a.length ? b : a), '').slice(0, 60);
  };
  const skip = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'TITLE']);
  const has = (el, text) => !skip.has(el.tagName) && norm(el.textContent).includes(text);
  // The first innermost element with the text: replies quote earlier messages further down the page.
  const deepest = (root, text) => {
    for (const el of root.querySelectorAll('*')) if (has(el, text) && ![...el.children].some((child) => has(child, text))) return el;
    return null;
  };
  const elements = messages.map((m, i) => {
    const el = deepest(document.body, snippet(m.text));
    if (!el) throw new Error('message ' + i + ' not found in the page');
    return el;
  });
  const itemOf = (i) => {
    let el = elements[i];
    while (el.parentElement && el.parentElement !== document.body && !elements.some((o, j) => j !== i && o !== elements[i] && el.parentElement.contains(o))) el = el.parentElement;
    return el;
  };
  const lastIndex = (role) => messages.map((m) => m.role).lastIndexOf(role);
  // Some helpdesks (Help Scout, as a setting) list the newest message on top.
  const newestFirst = messages.length > 1 && !!(itemOf(0).compareDocumentPosition(itemOf(messages.length - 1)) & Node.DOCUMENT_POSITION_PRECEDING);
  const placeNewest = (anchor, node) => (newestFirst ? anchor.before(node) : anchor.after(node));
  const placeOldest = (anchor, node) => (newestFirst ? anchor.after(node) : anchor.before(node));
  /** A copy of message i's item with its text replaced. */
  const cloneWith = (i, text, mark) => {
    const copy = itemOf(i).cloneNode(true);
    const lines = messages[i].text.split('\n').map(norm).filter(Boolean);
    let body = null;
    for (const el of [copy, ...copy.querySelectorAll('*')]) {
      const t = norm(el.textContent);
      if (!skip.has(el.tagName) && t.includes(lines[0]) && t.includes(lines[lines.length - 1])) body = el;
    }
    body.textContent = text;
    if (mark) body.setAttribute('data-attune-e2e-body', '');
    copy.removeAttribute('id');
    for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
    return copy;
  };
`;

/**
 * Appends a customer message (a copy of the last one with new text) after the last message of the thread,
 * or after the message this script appended before. The page is searched once per conversation; later
 * appends only clone, so a long thread measures the content script's work, not this script's.
 */
export function appendCustomerScript(messages: PanelMessage[], text: string): string {
  return `(({ messages, text }) => {
    const key = JSON.stringify(messages);
    let state = window.__attuneAppender;
    if (!state || state.key !== key || !state.anchor.isConnected) {
      ${FIND_ITEMS}
      const template = cloneWith(lastIndex('customer'), '', true);
      state = window.__attuneAppender = { key, template, anchor: itemOf(messages.length - 1), place: placeNewest };
    }
    const copy = state.template.cloneNode(true);
    const body = copy.querySelector('[data-attune-e2e-body]') ?? copy;
    body.removeAttribute('data-attune-e2e-body');
    body.textContent = text;
    state.place(state.anchor, copy);
    state.anchor = copy;
    return true;
  })(${JSON.stringify({ messages, text })})`;
}

/**
 * Grows the thread to `count` messages, alternating copies of the last customer and agent messages, for
 * the long-thread measurements. Runs as an inline script before the content script starts.
 */
export function growThreadScript(messages: PanelMessage[], count: number): string {
  return `(({ messages, count }) => {${FIND_ITEMS}
    const customer = lastIndex('customer');
    const agent = lastIndex('agent') >= 0 ? lastIndex('agent') : customer;
    const fragment = document.createDocumentFragment();
    for (let n = messages.length; n < count; n++) {
      const copy = n % 2 ? cloneWith(customer, 'Message ' + n + ': my order still has not arrived and I am getting worried about it.')
                         : cloneWith(agent, 'Reply ' + n + ': thank you for waiting, I am checking the delivery status for you now.');
      if (newestFirst) fragment.prepend(copy);
      else fragment.append(copy);
    }
    // Older history goes before the fixture's conversation, as on a real long ticket, so new messages stay newest.
    placeOldest(itemOf(0), fragment);
  })(${JSON.stringify({ messages, count })})`;
}

/** Single-page navigation to another ticket: history.pushState, then the helpdesk renders the new ticket. */
export function navigateScript(url: string, html: string): string {
  return `(({ url, html }) => {
    history.pushState({}, '', url);
    const next = new DOMParser().parseFromString(html, 'text/html');
    document.title = next.title;
    document.body.replaceWith(document.adoptNode(next.body));
    return true;
  })(${JSON.stringify({ url, html })})`;
}

/** Every textarea and contenteditable element, in document order, each shadow root right after its host. */
const DEEP_EDITABLES = `() => {
  const found = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === 'textarea' || el.hasAttribute('contenteditable')) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return found;
}`;

/** An expression for the fixture's reply editor in the page. */
export const editorIn = (page: FixturePage) => `(${DEEP_EDITABLES})()[${page.editor ?? -1}]`;

/** The centre of the editor, scrolled into view, for a real mouse click (selectors cannot reach into shadow roots alike in both drivers). */
export function editorPointScript(page: FixturePage): string {
  return `(() => {
    const el = ${editorIn(page)};
    el.scrollIntoView({ block: 'center' });
    const box = el.getBoundingClientRect();
    return { x: box.left + Math.min(box.width / 2, 40), y: box.top + Math.min(box.height / 2, 10) };
  })()`;
}

/** The editor's text, whitespace collapsed. */
export function editorTextScript(page: FixturePage): string {
  return `(() => {
    const el = ${editorIn(page)};
    const text = el.localName === 'textarea' ? el.value : el.innerText;
    return text.replace(/[\\u200b\\u2060\\ufeff]/g, '').replace(/\\s+/g, ' ').trim();
  })()`;
}

export const ATTUNE_STATE = 'document.documentElement.dataset.attune';

/**
 * The extension page the Firefox e2e build opened in a new tab (BiDi cannot open moz-extension:// itself, so a
 * page asks the extension to). Puppeteer reports such a page's url() as about:blank, hence the location read.
 */
export async function openedExtensionPage(browser: PpBrowser, known: Set<PpPage>, path: string, timeoutMs = 15_000): Promise<PpPage> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      if (known.has(page)) continue;
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.endsWith(path)) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The extension did not open ${path}`);
}
