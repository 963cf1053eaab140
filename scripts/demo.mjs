#!/usr/bin/env node
// `npm run demo`: builds Attune, serves the bundled demo helpdesk (demo/) under real helpdesk hostnames on
// 127.0.0.1, and opens Chromium with Attune loaded on it. Headed where there is a display (close the browser
// to end); otherwise headless, writing screenshots of each ticket and of Attune's panel for it.
//   --headless (or DEMO_HEADLESS=1)  never open a window
//   --check    (or DEMO_CHECK=1)     headless self-test: exit 1 unless Attune reads every demo page
//   --no-build (or DEMO_NO_BUILD=1)  reuse .output/chrome-mv3 as it is
//   --out DIR  (or DEMO_OUT=DIR)     where screenshots go (default demo-screenshots/)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHelpdeskServer, chromiumArgs, PLAYWRIGHT_IGNORE_DEFAULT_ARGS } from './lib/helpdesk-server.mjs';
import { findChrome, installHint } from './lib/find-chrome.mjs';
import { DEMO, demoRoutes } from '../demo/site.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');

const argv = process.argv.slice(2);
const flag = (name, envName) => argv.includes(name) || /^(1|true|yes)$/i.test(process.env[envName] ?? '');
const optionValue = (name, envName) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : process.env[envName];
};
const check = flag('--check', 'DEMO_CHECK');
const hasDisplay =
  process.platform === 'darwin' || process.platform === 'win32' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = check || flag('--headless', 'DEMO_HEADLESS') || !hasDisplay;
const outDir = resolve(ROOT, optionValue('--out', 'DEMO_OUT') ?? 'demo-screenshots');

const say = (line) => console.log(line);
const started = Date.now();
// DEMO_VERBOSE=1 times each step, for slow machines and bug reports.
const trace = /^(1|true|yes)$/i.test(process.env.DEMO_VERBOSE ?? '')
  ? (label) => console.log(`  [${((Date.now() - started) / 1000).toFixed(2)} s] ${label}`)
  : () => undefined;
const shown = (path) => (relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path) || '.');
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

// 1. Build ----------------------------------------------------------------------------------------------------
function build() {
  if (flag('--no-build', 'DEMO_NO_BUILD')) {
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) fail(`--no-build, but there is no build in ${shown(EXTENSION_DIR)}.`);
    say(`Using the existing build in ${shown(EXTENSION_DIR)}.`);
    return;
  }
  const started = Date.now();
  // Through npm's shim so Windows finds wxt.cmd; quiet unless it fails.
  const result = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['wxt', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0 || !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    fail('The extension build (npx wxt build) failed; see above.');
  }
  say(`Built Attune in ${((Date.now() - started) / 1000).toFixed(1)} s: ${shown(EXTENSION_DIR)}`);
}

// 2. Browser --------------------------------------------------------------------------------------------------
function readOsRelease() {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return '';
  }
}

function locateBrowser() {
  let found;
  try {
    found = findChrome(process.env, fs);
  } catch (error) {
    fail(error.message);
  }
  if (found) return found;
  const hint = installHint(process.platform, readOsRelease(), process.getuid?.() === 0);
  if (!hint.canInstall) fail(hint.text);
  const log = join(tmpdir(), `attune-demo-install-${process.pid}.log`);
  say(`No Chromium found. Installing it: ${hint.text}  (log: ${log})`);
  const result = spawnSync(hint.command, hint.args, { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  writeFileSync(log, `${result.stdout ?? ''}${result.stderr ?? ''}`);
  const again = result.status === 0 ? findChrome(process.env, fs) : null;
  if (!again) {
    process.stderr.write(`${`${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n').slice(-15).join('\n')}\n`);
    fail(`Installing Chromium failed (${hint.text}). Install a Chromium-based browser and set CHROME_BIN to it.`);
  }
  return again;
}

function browserVersion(path) {
  if (process.platform === 'win32') return '';
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  return result.status === 0 ? result.stdout.trim() : '';
}

/**
 * The extension's id, from its service worker. Google Chrome 137+ ignores --load-extension, so there (or when
 * the switch was ignored anyway) Attune is loaded over the DevTools protocol, which
 * --enable-unsafe-extension-debugging allows on Playwright's private pipe.
 */
async function extensionId(context, { branded }) {
  const worker = async (timeout) =>
    context.serviceWorkers().find((sw) => sw.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout }).catch(() => undefined));
  let sw = branded ? undefined : await worker(8_000);
  if (!sw) {
    const session = await context.browser()?.newBrowserCDPSession();
    const loaded = await session?.send('Extensions.loadUnpacked', { path: EXTENSION_DIR }).catch((error) => ({ error }));
    if (!loaded || loaded.error) return undefined;
    sw = await worker(10_000);
  }
  return sw ? new URL(sw.url()).host : undefined;
}

/** The browser's id for the tab showing `page`, asked of the extension's service worker. */
async function tabIdOf(context, page) {
  const sw = context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://'));
  if (!sw) return undefined;
  const url = new URL(page.url());
  const pattern = `${url.origin}${url.pathname}*`;
  // Attune has host access to helpdesk pages, so it sees their URLs; the hash is not part of a match pattern.
  const ids = await sw.evaluate(async (match) => (await chrome.tabs.query({ url: match })).map((tab) => tab.id), pattern);
  if (ids.length === 1) return ids[0];
  await page.bringToFront();
  const [active] = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true })).map((tab) => tab.id));
  return active;
}

// 3. Headless run: screenshots, or the --check self-test ------------------------------------------------------
/** Whether the built panel renders messages with data-role yet; until it does, --check only asks the content script. */
function panelRendersMessages() {
  const files = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  return files(EXTENSION_DIR).some(
    (file) => /sidepanel/i.test(file) && /\.js$/.test(file) && readFileSync(file, 'utf8').includes('data-role'),
  );
}

/** Headless Linux servers often lack a Japanese font; the Japanese screenshots would then show boxes. */
function warnIfNoJapaneseFont() {
  if (process.platform !== 'linux') return;
  const result = spawnSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
  if (result.status === 0 && !result.stdout.trim()) {
    say('Note: no Japanese font is installed, so Japanese text in the screenshots will show as boxes');
    say('      (Debian/Ubuntu: apt-get install fonts-noto-cjk).');
  }
}

async function headlessRun(context, id) {
  if (!check) {
    mkdirSync(outDir, { recursive: true });
    warnIfNoJapaneseFont();
  }
  const strictPanel = panelRendersMessages();
  const failures = [];
  const written = [];
  for (const demoPage of DEMO.pages) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 820 });
    trace(`${demoPage.id}: open ${demoPage.url}`);
    await page.goto(demoPage.url, { waitUntil: 'load' });
    trace(`${demoPage.id}: loaded`);
    const state = await page
      .waitForFunction(() => document.documentElement.dataset.attune, null, { timeout: 10_000 })
      .then((handle) => handle.jsonValue())
      .catch(() => undefined);
    trace(`${demoPage.id}: content script state ${state}`);
    const tabId = await tabIdOf(context, page);
    trace(`${demoPage.id}: tab ${tabId}`);

    const panel = await context.newPage();
    await panel.setViewportSize({ width: 420, height: 820 });
    await panel.goto(`chrome-extension://${id}/sidepanel.html${tabId ? `?tab=${tabId}` : ''}`);
    // The panel analyses asynchronously; wait for its messages where it renders them, else give it a moment.
    const customerTexts = await panel
      .waitForFunction(
        () => {
          const texts = [...document.querySelectorAll('[data-role="customer"]')].map((el) => el.textContent ?? '');
          return texts.length > 0 ? texts : undefined;
        },
        null,
        { timeout: strictPanel ? 10_000 : 1_500 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => []);
    trace(`${demoPage.id}: panel shows ${customerTexts.length} customer messages`);

    if (check) {
      const problems = [];
      if (state !== 'reading') problems.push(`content script state is ${state ? `"${state}"` : 'unset'}, expected "reading"`);
      if (!tabId) problems.push('could not find the tab id');
      if (strictPanel) {
        const missing = demoPage.customer.filter((phrase) => !customerTexts.some((text) => text.includes(phrase)));
        if (missing.length) problems.push(`panel lacks customer text: ${missing.map((m) => JSON.stringify(m)).join(', ')}`);
      }
      const panelNote = strictPanel ? `panel shows ${customerTexts.length} customer messages` : 'panel not checked (it renders no data-role yet)';
      say(`${problems.length ? 'FAIL' : 'ok  '} ${demoPage.id}: content script ${state ?? 'absent'}, ${panelNote}`);
      for (const problem of problems) say(`     ${problem}`);
      if (problems.length) {
        failures.push(demoPage.id);
        // What the page and the panel looked like, for a CI log that only has text.
        mkdirSync(outDir, { recursive: true });
        for (const [what, shot] of [['page', page], ['panel', panel]]) {
          const file = join(outDir, `check-failed-${demoPage.id}-${what}.png`);
          await shot.screenshot({ path: file }).then(() => say(`     ${what}: ${shown(file)}`), () => undefined);
        }
      }
    } else {
      const pageShot = join(outDir, `${demoPage.id}-page.png`);
      const panelShot = join(outDir, `${demoPage.id}-panel.png`);
      const pagePng = await page.screenshot({ path: pageShot });
      const panelPng = await panel.screenshot({ path: panelShot });
      const sideBySide = join(outDir, `${demoPage.id}.png`);
      await composeSideBySide(context, pagePng, panelPng, sideBySide);
      written.push(sideBySide, pageShot, panelShot);
      say(`${demoPage.id}: ${state === 'reading' ? 'Attune read the conversation' : `Attune state: ${state ?? 'content script did not run'}`}`);
      for (const file of [sideBySide, pageShot, panelShot]) say(`  ${shown(file)}`);
    }
    await panel.close();
    await page.close();
  }
  if (check) {
    say(failures.length ? `Demo check failed: ${failures.join(', ')}` : `Demo check passed: ${DEMO.pages.length} pages.`);
    return failures.length ? 1 : 0;
  }
  say(`Wrote ${written.length} screenshots to ${shown(outDir)}/`);
  return 0;
}

/** The helpdesk and the panel in one picture, the way an agent sees them. */
async function composeSideBySide(context, pagePng, panelPng, path) {
  const sheet = await context.newPage();
  await sheet.setViewportSize({ width: 1280 + 420 + 1, height: 820 });
  const img = (png) => `<img src="data:image/png;base64,${png.toString('base64')}">`;
  await sheet.setContent(
    `<body style="margin:0;display:flex;gap:1px;background:#c9ced6">${img(pagePng)}${img(panelPng)}</body>`,
  );
  await sheet.screenshot({ path });
  await sheet.close();
}

// 4. Headed run: open the tickets and wait until the browser is closed -----------------------------------------
async function headedRun(context) {
  const [first] = context.pages();
  await (first ?? (await context.newPage())).goto(DEMO.index);
  const tickets = [];
  for (const demoPage of DEMO.pages) {
    const page = await context.newPage();
    await page.goto(demoPage.url);
    tickets.push(page);
  }
  await tickets[0]?.bringToFront();
  say('Chromium is open on the demo tickets. Click the Attune button in the toolbar (pinned; else under the puzzle-piece');
  say('Extensions menu) to open its panel beside the ticket.');
  say('Close the browser window (or press Ctrl+C) to end the demo.');
  await new Promise((done) => context.on('close', done));
  say('Browser closed.');
  return 0;
}

// -------------------------------------------------------------------------------------------------------------
/** Chromium's id for an unpacked extension: the first 128 bits of SHA-256 of its path, as letters a–p. */
function unpackedExtensionId(dir) {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/**
 * Seeds the fresh profile: Attune's button pinned in the toolbar instead of under the Extensions menu, and no
 * offer to translate the Japanese tickets covering the page.
 */
function seedProfile(userDataDir) {
  mkdirSync(join(userDataDir, 'Default'), { recursive: true });
  const preferences = { extensions: { pinned_extensions: [unpackedExtensionId(EXTENSION_DIR)] }, translate: { enabled: false } };
  writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify(preferences));
}

/** Chromium's helper processes may still write to the profile for a moment after it closes: retry, then say so. */
async function removeProfile(dir) {
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      rmSync(dir, { recursive: true, force: true });
      return;
    } catch {
      await sleep(250);
    }
  }
  console.error(`Could not remove the temporary browser profile ${dir}; delete it by hand.`);
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

async function main() {
  // The browser first: when there is none, say so before spending time on a build.
  const browser = locateBrowser();
  const version = browserVersion(browser.path);
  say(`Browser: ${browser.path}${version ? ` (${version})` : ''}${browser.source === 'found' ? '' : `, from ${browser.source}`}`);
  build();
  const server = await startHelpdeskServer({ routes: demoRoutes() });
  say(`Serving the demo helpdesk as ${server.hosts.join(' and ')} on 127.0.0.1:${server.port} (self-signed certificate, trusted only by this browser).`);

  const { chromium } = await import('playwright-core');
  const userDataDir = mkdtempSync(join(tmpdir(), 'attune-demo-profile-'));
  seedProfile(userDataDir);
  let context;
  let code = 1;
  let interrupted = false;
  // Ctrl+C closes the browser through Playwright, so the profile and the server are still cleaned up below.
  process.once('SIGINT', () => {
    interrupted = true;
    context?.close().catch(() => undefined);
  });
  try {
    const args = [
      ...chromiumArgs({
        extensionDir: browser.branded ? undefined : EXTENSION_DIR,
        resolverRules: server.resolverRules,
        spkiHash: server.spkiHash,
      }),
      '--enable-unsafe-extension-debugging',
      ...(headless ? ['--disable-gpu'] : ['--start-maximized']),
    ];
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: browser.path,
      headless,
      args,
      ignoreDefaultArgs: PLAYWRIGHT_IGNORE_DEFAULT_ARGS,
      handleSIGINT: false,
      viewport: headless ? { width: 1280, height: 820 } : null,
    });
    trace('browser started');
    const id = await extensionId(context, browser);
    trace('extension found');
    if (!id) {
      console.error(
        'Attune did not load in this browser. Google Chrome 137+ refuses extensions from the command line; ' +
          'use Chromium (CHROME_BIN=/path/to/chromium), or load .output/chrome-mv3 via chrome://extensions → Load unpacked.',
      );
    } else {
      say(headless ? `Attune loaded (extension ${id}). Headless${check ? ' self-check' : `: screenshots go to ${shown(outDir)}/`}.` : `Attune loaded (extension ${id}).`);
      code = headless ? await headlessRun(context, id) : await headedRun(context);
    }
  } catch (error) {
    if (!interrupted) console.error(`Demo failed: ${error?.message ?? error}`);
  } finally {
    await context?.close().catch(() => undefined);
    await server.close();
    await removeProfile(userDataDir);
  }
  if (interrupted) say('Stopped.');
  process.exit(interrupted ? 130 : code);
}

await main();
