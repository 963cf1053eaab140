// The README's panel pictures (English and Japanese, light and dark) and two panel figures: time from opening
// the panel to its first full render, and its JS heap. Uses the built extension and the demo helpdesk.
//   npm run build && node scripts/readme-screenshots.mjs [--out docs]
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startHelpdeskServer, chromiumArgs, PLAYWRIGHT_IGNORE_DEFAULT_ARGS } from './lib/helpdesk-server.mjs';
import { findChrome } from './lib/find-chrome.mjs';
import { demoRoutes, DEMO } from '../demo/site.mjs';
import fs from 'node:fs';

const out = resolve(process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : 'docs');
const extensionDir = resolve('.output/chrome-mv3');
const shots = [
  { page: 'zendesk-en', ui: 'en', scheme: 'light' },
  { page: 'zendesk-en', ui: 'en', scheme: 'dark' },
  { page: 'zendesk-ja', ui: 'ja', scheme: 'light' },
  { page: 'zendesk-ja', ui: 'ja', scheme: 'dark' },
];

const server = await startHelpdeskServer({ routes: demoRoutes() });
const userDataDir = mkdtempSync(join(tmpdir(), 'attune-shots-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: findChrome(process.env, fs).path,
  headless: true,
  ignoreDefaultArgs: PLAYWRIGHT_IGNORE_DEFAULT_ARGS,
  args: chromiumArgs({ extensionDir, resolverRules: server.resolverRules, spkiHash: server.spkiHash }),
});
try {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(sw.url()).host;
  mkdirSync(out, { recursive: true });
  const renders = [];
  for (const shot of shots) {
    const demo = DEMO.pages.find((page) => page.id === shot.page);
    await sw.evaluate((uiLanguage) => chrome.storage.sync.set({ preferences: { uiLanguage, japaneseRegister: 'polite', disabledSites: [] } }), shot.ui);
    const helpdesk = await context.newPage();
    await helpdesk.goto(demo.url);
    await helpdesk.waitForFunction(() => document.documentElement.dataset.attune === 'reading', null, { timeout: 15_000 }).catch(async (error) => {
      throw new Error(`${demo.url}: content script state ${await helpdesk.evaluate(() => document.documentElement.dataset.attune)}, page ${await helpdesk.title()}: ${error.message.split('\n')[0]}`);
    });
    // The helpdesk tab is the active one while it is in front.
    await helpdesk.bringToFront();
    const [tabId] = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true })).map((tab) => tab.id));
    if (tabId === undefined) throw new Error(`no tab for ${demo.url}`);
    const panel = await context.newPage();
    await panel.emulateMedia({ colorScheme: shot.scheme });
    await panel.setViewportSize({ width: 400, height: 900 });
    const started = Date.now();
    await panel.goto(`chrome-extension://${id}/sidepanel.html?tab=${tabId}`);
    // First full render: the header has read the ticket and the suggestions are on screen.
    await panel.waitForFunction(() => document.querySelector('[data-role="customer"]') && document.querySelectorAll('button').length > 5, null, { timeout: 15_000 }).catch(async (error) => {
      await panel.screenshot({ path: '/tmp/panel-debug.png' });
      throw new Error(`tab ${tabId}: ${await panel.evaluate(() => document.querySelector('[data-testid=status]')?.textContent)}: ${error.message.split('\n')[0]}`);
    });
    renders.push(Date.now() - started);
    await panel.waitForTimeout(300);
    const path = join(out, `panel-${shot.ui}-${shot.scheme}.png`);
    await panel.screenshot({ path });
    console.log(path);
    if (shot === shots[0]) {
      const cdp = await context.newCDPSession(panel);
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize').value;
      console.log(`panel JS heap after first render: ${(heap / 1024 / 1024).toFixed(1)} MB`);
    }
    await panel.close();
    await helpdesk.close();
  }
  renders.sort((a, b) => a - b);
  console.log(`panel open → first full render: ${renders.join(', ')} ms (median ${renders[Math.floor(renders.length / 2)]} ms)`);
} finally {
  await context.close();
  await server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
