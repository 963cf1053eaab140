// Figures for the content script, measured in the real built extension (issue 3 targets beside them):
//   1. its size gzipped (Chrome build; target < 20 KB): each helpdesk has its own script, the largest counts,
//   2. time from a customer message appended to a helpdesk page until the panel shows it (median of 20;
//      target < 300 ms), in Chromium with the panel open as a tab pinned to the helpdesk tab,
//   3. long tasks (> 50 ms) on a page whose thread holds 1,000 messages, with the content script and without
//      it (the same page on a host outside the match patterns), at load, when the panel opens, and over 20
//      appended messages.
// Figures, not pass/fail. Run after `npm run build:all`: `npx tsx scripts/measure-content.ts [--json]`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { MAX_THREAD_ITEMS } from '../utils/adapters/dom';
import {
  ATTUNE_STATE,
  CHROME_EXTENSION,
  OUTPUT_DIR,
  OUTSIDE_HOST,
  appendCustomerScript,
  expectPanelMessages,
  findTabId,
  fixturePages,
  growThreadScript,
  launchChrome,
  playwrightTab,
  startFixtureServer,
  type FixturePage,
  type PanelMessage,
  type Tab,
} from '../tests/e2e/harness';

export interface Timing {
  runs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export interface LongTasks {
  count: number;
  totalMs: number;
  maxMs: number;
}

export interface ContentFigures {
  /**
   * Content scripts, largest first. Each helpdesk gets its own script (only its adapter); custom-domain.js,
   * injected on domains the agent adds, carries every adapter.
   */
  size: { chrome: ScriptSize[]; firefox: ScriptSize[] };
  /** Appended customer message → rendered in the panel, on the fixture thread. */
  latency: Timing & { fixture: string };
  /** The same on the 1,000-message thread. */
  latencyLongThread: Timing;
  longThread: {
    messages: number;
    /** Long tasks on the helpdesk page's main thread, per phase; `without` is the same page with no content script. */
    load: { with: LongTasks; without: LongTasks };
    panelOpen: { with: LongTasks };
    appends: { with: LongTasks; without: LongTasks; appended: number };
  };
  /** 1-minute load average when the run ended: timings on a busy machine are not comparable. */
  loadAverage: number;
  cores: number;
}

const RUNS = 20;
const LONG_THREAD = 1000;


function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { runs: sorted.length, medianMs: at(0.5), p95Ms: at(0.95), maxMs: sorted.at(-1)! };
}

export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Every content script of a build with its size, gzipped at level 9 as stores and CDNs would. */
function contentScripts(extensionDir: string): ScriptSize[] {
  const dir = join(extensionDir, 'content-scripts');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const code = readFileSync(join(dir, file));
      return { file, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

// Records, in the panel, when the number of listed messages changes (wall clock, comparable across tabs).
const PANEL_RECORDER = `(() => {
  window.__attuneSeen = [];
  if (window.__attuneRecording) return;
  window.__attuneRecording = true;
  // The newest message's text, not the count: on a long thread the panel shows a sliding window of it.
  const newest = () => document.querySelector('[data-testid=messages] li:last-child')?.textContent ?? '';
  let last = newest();
  new MutationObserver(() => {
    const now = newest();
    if (now !== last) { last = now; window.__attuneSeen.push({ text: now, at: performance.timeOrigin + performance.now() }); }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
})()`;

// Long tasks of the helpdesk page, recorded from the first script on the page.
const LONG_TASK_RECORDER = `<script>
  window.__attuneLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__attuneLongTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
</script>`;

/** Appends `count` customer messages one by one, each time waiting until the panel lists it; returns the delays. */
async function appendLatencies(helpdesk: Tab, panel: Tab, messages: PanelMessage[], count: number, shown = messages.length): Promise<number[]> {
  await panel.evaluate(PANEL_RECORDER);
  const delays: number[] = [];
  for (let i = 0; i < count; i++) {
    const text = `Message ${i + 1}: I still have not heard back about my refund and I am getting frustrated.`;
    const sent = await helpdesk.evaluate<number>(`(() => { const at = performance.timeOrigin + performance.now(); ${appendCustomerScript(messages, text)}; return at; })()`);
    const match = `window.__attuneSeen.find((seen) => seen.text.includes(${JSON.stringify(text)}))`;
    await panel.waitFor(`Boolean(${match})`, `message ${i + 1} in the panel`);
    delays.push((await panel.evaluate<number>(`${match}.at`)) - sent);
  }
  return delays;
}

function longTasksSince(tasks: { start: number; duration: number }[], since: number): LongTasks {
  const after = tasks.filter((task) => task.start >= since);
  return {
    count: after.length,
    totalMs: Math.round(after.reduce((sum, task) => sum + task.duration, 0)),
    maxMs: Math.round(Math.max(0, ...after.map((task) => task.duration))),
  };
}

const readLongTasks = (page: Tab) => page.evaluate<{ start: number; duration: number }[]>('window.__attuneLongTasks');
const now = (page: Tab) => page.evaluate<number>('performance.now()');
const settle = (ms = 1000) => new Promise((resolve) => setTimeout(resolve, ms));

export async function measureContent(): Promise<ContentFigures> {
  const chromeSizes = contentScripts(CHROME_EXTENSION);
  if (chromeSizes.length === 0) throw new Error(`No content script in ${CHROME_EXTENSION}: run \`npm run build:all\` first.`);
  const firefoxSizes = contentScripts(join(OUTPUT_DIR, 'firefox-mv2'));

  const pages = fixturePages();
  const fixture: FixturePage | undefined = pages.find((page) => page.name === 'zendesk-chat') ?? pages.find((page) => page.name.endsWith('-chat'));
  if (!fixture) throw new Error('No chat fixture to measure with (tests/fixtures/sites/*-chat.html).');

  // The 1,000-message thread: the fixture grown by an inline script before the content script starts.
  const longUrl = `${fixture.url}${fixture.url.includes('?') ? '&' : '?'}thread=${LONG_THREAD}`;
  const longHtml = fixture.html
    .replace(/<head[^>]*>/i, (head) => `${head}${LONG_TASK_RECORDER}`)
    .replace(/<\/body>/i, `<script>${growThreadScript(fixture.messages, LONG_THREAD)}; performance.mark('attune-grown');</script></body>`);
  const outsideUrl = `https://${OUTSIDE_HOST}/long-thread`;

  const server = await startFixtureServer(pages);
  server.serve(longUrl, longHtml);
  server.serve(outsideUrl, longHtml);
  const session = await launchChrome(server);
  try {
    const helpdeskPage: Page = session.context.pages()[0] ?? (await session.context.newPage());
    const helpdesk = playwrightTab(helpdeskPage);
    const panelPage = await session.context.newPage();
    const panel = playwrightTab(panelPage);
    const panelUrl = async (href: string) => {
      await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
      return `chrome-extension://${session.extensionId}/sidepanel.html?tab=${await findTabId(panel, href)}`;
    };

    // 2. Latency on the fixture thread.
    await helpdesk.goto(fixture.url);
    await helpdesk.waitFor(`${ATTUNE_STATE} === 'reading'`, 'the content script');
    await panel.goto(await panelUrl(fixture.url));
    await expectPanelMessages(panel, fixture.messages);
    const visible = await Promise.all([helpdesk, panel].map((tab) => tab.evaluate<string>('document.visibilityState')));
    if (visible.some((state) => state !== 'visible')) console.warn(`Note: tabs not all visible (${visible.join(', ')}); hidden tabs throttle timers.`);
    await appendLatencies(helpdesk, panel, fixture.messages, 3); // warm-up
    await helpdesk.goto(fixture.url);
    await helpdesk.waitFor(`${ATTUNE_STATE} === 'reading'`, 'the content script');
    await expectPanelMessages(panel, fixture.messages);
    const latency = timing(await appendLatencies(helpdesk, panel, fixture.messages, RUNS));

    // 3. Long tasks without the content script: the same page under a host outside the match patterns.
    const outside = playwrightTab(await session.context.newPage());
    await outside.goto(outsideUrl);
    await settle();
    const outsideGrown = await outside.evaluate<number>(`performance.getEntriesByName('attune-grown')[0].startTime`);
    const loadWithout = longTasksSince(await readLongTasks(outside), outsideGrown);
    await outside.evaluate(appendCustomerScript(fixture.messages, 'Baseline message 0')); // finds the thread once
    const outsideBefore = await now(outside);
    for (let i = 0; i < RUNS; i++) await outside.evaluate(appendCustomerScript(fixture.messages, `Baseline message ${i + 1}`));
    await settle();
    const appendsWithout = longTasksSince(await readLongTasks(outside), outsideBefore);

    // With the content script: load, the panel opening (a fresh read of the whole thread), appends.
    await helpdesk.goto(longUrl);
    await helpdesk.waitFor(`${ATTUNE_STATE} === 'reading'`, 'the content script on the long thread');
    await settle();
    const grown = await helpdesk.evaluate<number>(`performance.getEntriesByName('attune-grown')[0].startTime`);
    const loadWith = longTasksSince(await readLongTasks(helpdesk), grown);

    const beforePanel = await now(helpdesk);
    await panel.goto(await panelUrl(longUrl));
    // Adapters read only the newest MAX_THREAD_ITEMS elements of a thread (utils/adapters/dom.ts).
    await panel.waitFor(`document.querySelectorAll('[data-testid=messages] li').length >= ${Math.min(LONG_THREAD, MAX_THREAD_ITEMS) - 5}`, 'the newest messages of the long thread in the panel', 30_000);
    await settle();
    const panelOpen = longTasksSince(await readLongTasks(helpdesk), beforePanel);

    // Appends on the long thread land after the fixture's own messages, ahead of the grown ones.
    await helpdesk.evaluate(appendCustomerScript(fixture.messages, 'Warm-up message')); // finds the thread once
    await panel.waitFor(`document.querySelector('[data-testid=messages] li:last-child')?.textContent.includes('Warm-up message')`, 'the warm-up message');
    const beforeAppends = await now(helpdesk);
    const latencyLongThread = timing(await appendLatencies(helpdesk, panel, fixture.messages, RUNS, LONG_THREAD + 1));
    await settle();
    const appendsWith = longTasksSince(await readLongTasks(helpdesk), beforeAppends);

    return {
      size: { chrome: chromeSizes, firefox: firefoxSizes },
      latency: { ...latency, fixture: fixture.name },
      latencyLongThread,
      longThread: {
        messages: LONG_THREAD,
        load: { with: loadWith, without: loadWithout },
        panelOpen: { with: panelOpen },
        appends: { with: appendsWith, without: appendsWithout, appended: RUNS },
      },
      loadAverage: Math.round(loadavg()[0]! * 10) / 10,
      cores: availableParallelism(),
    };
  } finally {
    await session.close();
    await server.close();
  }
}

export function printContentFigures(figures: ContentFigures): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const tasks = (t: LongTasks) => `${t.count} long task${t.count === 1 ? '' : 's'} (total ${t.totalMs} ms, longest ${t.maxMs} ms)`;
  const { size, latency, latencyLongThread, longThread } = figures;
  const perSite = size.chrome.filter((script) => script.file !== 'custom-domain.js');
  const largest = perSite[0]!;
  const custom = size.chrome.find((script) => script.file === 'custom-domain.js');
  const ok = (value: number, target: number) => (value < target ? 'ok' : 'MISSED');
  console.log(
    `content script, Chrome build: largest per-helpdesk script ${largest.file} ${kb(largest.bytes)}, ${kb(largest.gzipBytes)} gzipped   target < 20 KB ${ok(largest.gzipBytes, 20 * 1024)}`,
  );
  console.log(`  all ${perSite.length} per-helpdesk scripts: ${kb(perSite.at(-1)!.gzipBytes)}–${kb(largest.gzipBytes)} gzipped`);
  if (custom) console.log(`  custom-domain.js (every adapter; only on domains the agent adds): ${kb(custom.bytes)}, ${kb(custom.gzipBytes)} gzipped`);
  const firefoxLargest = size.firefox.find((script) => script.file !== 'custom-domain.js');
  if (firefoxLargest) console.log(`content script, Firefox build: largest ${firefoxLargest.file} ${kb(firefoxLargest.gzipBytes)} gzipped`);
  console.log(
    `appended message → panel (${latency.fixture}, ${latency.runs} runs): median ${latency.medianMs.toFixed(0)} ms, p95 ${latency.p95Ms.toFixed(0)} ms, max ${latency.maxMs.toFixed(0)} ms   target < 300 ms ${latency.medianMs < 300 ? 'ok' : 'MISSED'}`,
  );
  console.log(
    `appended message → panel (${longThread.messages}-message thread, ${latencyLongThread.runs} runs): median ${latencyLongThread.medianMs.toFixed(0)} ms, p95 ${latencyLongThread.p95Ms.toFixed(0)} ms`,
  );
  console.log(`long tasks > 50 ms on the ${longThread.messages}-message page:`);
  console.log(`  load:            with Attune ${tasks(longThread.load.with)}; without ${tasks(longThread.load.without)}`);
  console.log(`  panel opens:     with Attune ${tasks(longThread.panelOpen.with)}`);
  console.log(`  ${longThread.appends.appended} appends:      with Attune ${tasks(longThread.appends.with)}; without ${tasks(longThread.appends.without)}`);
  console.log(`(machine: ${figures.cores} cores, load average ${figures.loadAverage})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await measureContent();
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures, null, 2));
  else printContentFigures(figures);
}
