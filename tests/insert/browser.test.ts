// @vitest-environment node
// Real editors in real browsers. utils/insert is built into one IIFE and loaded as an extension's content
// script (its own JavaScript world, as in the product), the editor libraries into page bundles served from
// 127.0.0.1; Chromium (playwright-core) and Firefox (puppeteer-core) are driven with the keyboard, side by side.
// ATTUNE_INSERT_WORLD=page loads the same script into the page's world instead, for comparison;
// ATTUNE_INSERT_PATHS=1 prints which input path (paste or insertText) carried each insertion.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsertOutcome } from '../../utils/insert/index';
import type { PageHooks } from './pages/harness';

declare global {
  interface Window {
    t: PageHooks;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');
const HERE = import.meta.dirname;
const KINDS = ['textarea', 'contenteditable', 'prosemirror', 'ckeditor5', 'quill', 'summernote', 'gmail', 'outlook'] as const;
type Kind = (typeof KINDS)[number];
const PAGE_WORLD = process.env.ATTUNE_INSERT_WORLD === 'page';

const CSS: Partial<Record<Kind, string>> = {
  quill: 'quill/dist/quill.core.css',
  summernote: 'summernote/dist/summernote-lite.min.css',
  ckeditor5: 'ckeditor5/dist/ckeditor5.css',
};

const DRAFT = 'Hi there. Refund sent.';
const CHOSEN = "I'm sorry for the wait.";
const MULTI = 'Sorry for the wait.\n\nThanks for your patience.';

const CHROME = process.env.CHROME_BIN ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';

/** The part of a Playwright or Puppeteer page these tests use; both libraries share it. */
interface Driver {
  goto(url: string): Promise<unknown>;
  bringToFront(): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  click(selector: string): Promise<void>;
  keyboard: {
    type(text: string): Promise<void>;
    press(key: string): Promise<void>;
    down(key: string): Promise<void>;
    up(key: string): Promise<void>;
  };
}

let dir = '';
let server: http.Server | undefined;
let base = '';

/** The content script, built once, and two unpacked extensions carrying it (MV3 for Chromium, MV2 for Firefox). */
async function buildAll(): Promise<void> {
  dir = mkdtempSync(join(tmpdir(), 'attune-insert-'));
  const contentJs = join(dir, 'content.js');
  await Promise.all([
    build({ entryPoints: [join(HERE, 'content.ts')], bundle: true, format: 'iife', outfile: contentJs, logLevel: 'error' }),
    build({
      entryPoints: [...KINDS, 'empty'].map((k) => join(HERE, 'pages', `${k}.ts`)),
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      outdir: join(dir, 'lib'),
      logLevel: 'error',
    }),
  ]);
  const script = { matches: ['http://127.0.0.1/*'], js: ['content.js'], run_at: 'document_start' };
  const manifests = {
    chromium: { manifest_version: 3, name: 'attune-insert-test', version: '1', content_scripts: [script] },
    firefox: {
      manifest_version: 2,
      name: 'attune-insert-test',
      version: '1',
      browser_specific_settings: { gecko: { id: 'insert-test@attune.invalid' } },
      content_scripts: [script],
    },
  };
  for (const [name, manifest] of Object.entries(manifests)) {
    mkdirSync(join(dir, `ext-${name}`));
    writeFileSync(join(dir, `ext-${name}`, 'manifest.json'), JSON.stringify(manifest));
    writeFileSync(join(dir, `ext-${name}`, 'content.js'), readFileSync(contentJs));
  }
}

function serve(): Promise<void> {
  server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = /^\/(\w+)\.html$/.exec(path)?.[1];
    let body: string | Buffer | undefined;
    let type = 'text/html';
    if (page) {
      const css = CSS[page as Kind];
      body = `<!doctype html><html><head><meta charset="utf-8">${css ? `<link rel="stylesheet" href="/css/${css}">` : ''}
        </head><body><input id="elsewhere" placeholder="Search the FAQ (stands in for the side panel)"><div id="root"></div>
        ${PAGE_WORLD ? '<script src="/content.js"></script>' : ''}<script type="module" src="/lib/${page}.js"></script></body></html>`;
    } else if (path.startsWith('/css/')) {
      body = readFileSync(join(ROOT, 'node_modules', path.slice(5).replace(/\.\./g, '')));
      type = 'text/css';
    } else if (path.endsWith('.js') && existsSync(join(dir, path))) {
      body = readFileSync(join(dir, path));
      type = 'text/javascript';
    }
    res.writeHead(body ? 200 : 404, { 'content-type': type }).end(body ?? '');
  });
  return new Promise((done) => server!.listen(0, '127.0.0.1', () => {
    base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
    done();
  }));
}

type Launch = () => Promise<{ driver: Driver; panel: Driver; close: () => Promise<void> }>;

const browsers: { name: string; bin: string; launch: Launch }[] = [
  {
    name: 'chromium',
    bin: CHROME,
    launch: async () => {
      const { chromium } = await import('playwright-core');
      const ext = join(dir, 'ext-chromium');
      const context = await chromium.launchPersistentContext('', {
        executablePath: CHROME,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--no-first-run',
          ...(PAGE_WORLD ? [] : [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`])],
      });
      const page = context.pages()[0] ?? (await context.newPage());
      const panel = await context.newPage();
      return { driver: page as unknown as Driver, panel: panel as unknown as Driver, close: () => context.close() };
    },
  },
  {
    name: 'firefox',
    bin: FIREFOX,
    launch: async () => {
      const puppeteer = (await import('puppeteer-core')).default;
      const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
      if (!PAGE_WORLD) await browser.installExtension(join(dir, 'ext-firefox'));
      const page = await browser.newPage();
      const panel = await browser.newPage();
      return { driver: page as unknown as Driver, panel: panel as unknown as Driver, close: () => browser.close() };
    },
  },
];

/** Which input path carried each insertion, per editor and browser, printed at the end for the record. */
const paths: string[] = [];
let live: { name: string; d: Driver; panel: Driver; close: () => Promise<void> }[] = [];

beforeAll(async () => {
  // Both browsers are required: a suite that quietly runs in one (or none) proves nothing about the other.
  for (const b of browsers) expect(existsSync(b.bin), `${b.name} not found at ${b.bin}: install chromium and firefox-esr (.ci/run does) or set CHROME_BIN / FIREFOX_BIN`).toBe(true);
  await buildAll();
  await serve();
  live = await Promise.all(
    browsers.map(async (b) => {
      const { driver, panel, close } = await b.launch();
      await panel.goto(`${base}/empty.html`);
      return { name: b.name, d: driver, panel, close };
    }),
  );
}, 90_000);

afterAll(async () => {
  await Promise.all(live.map((b) => b.close().catch(() => {})));
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (paths.length && process.env.ATTUNE_INSERT_PATHS) console.log(`insert paths (${PAGE_WORLD ? 'page' : 'content-script'} world):\n${paths.sort().join('\n')}`);
});

/** Runs one scenario in every browser at once: they spend most of their time waiting on round trips. */
async function inEveryBrowser(scenario: (d: Driver, name: string, panel: Driver) => Promise<void>): Promise<void> {
  const results = await Promise.allSettled(live.map((b) => scenario(b.d, b.name, b.panel)));
  const failed = results.flatMap((r, i) => {
    if (r.status === 'fulfilled') return [];
    const error = r.reason as Error & { actual?: unknown };
    const actual = error.actual === undefined ? '' : `\n  actual: ${JSON.stringify(error.actual)}`;
    return [`${live[i]!.name}: ${error.message}${actual}`];
  });
  if (failed.length) throw new Error(failed.join('\n\n'));
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const lines = (s: string) => s.replace(/\u00a0/g, ' ').split('\n').map((l) => l.replace(/[ \t]+/g, ' ').trim()).filter(Boolean);

async function open(d: Driver, page: string, draft = ''): Promise<void> {
  await d.bringToFront();
  await d.goto(`${base}/${page}.html${draft ? `?draft=${encodeURIComponent(draft)}` : ''}`);
  for (let i = 0; i < 400; i++) {
    if (await d.evaluate(() => window.t?.ready === true, null)) return;
    await sleep(25);
  }
  throw new Error(`${page} did not get ready`);
}

async function chord(d: Driver, mods: string[], key: string, times = 1): Promise<void> {
  for (const m of mods) await d.keyboard.down(m);
  for (let i = 0; i < times; i++) await d.keyboard.press(key);
  for (const m of [...mods].reverse()) await d.keyboard.up(m);
}

const model = (d: Driver) => d.evaluate(() => window.t.model(), null);
const changes = (d: Driver) => d.evaluate(() => window.t.changes, null);
const pathTaken = (d: Driver) => d.evaluate(() => window.t.takeLog(), null);
const insert = (d: Driver, text: string): Promise<InsertOutcome> => d.evaluate((text) => window.t.insert(text), text);
const compose = (d: Driver, type: 'compositionstart' | 'compositionend') =>
  d.evaluate((type) => {
    document.querySelector(window.t.clickTarget)!.dispatchEvent(new CompositionEvent(type, { bubbles: true }));
  }, type);

/** Leaves the editor for a search box on the same page: the page's selection moves there. */
async function leave(d: Driver): Promise<void> {
  await sleep(30);
  await d.click('#elsewhere');
  await d.keyboard.type('q');
}

/**
 * Leaves the page for another document, as the side panel is: the page keeps its selection and, in Firefox,
 * loses focus (headless Chromium keeps every tab focused, even with focus emulation off).
 */
async function leaveForPanel(d: Driver, name: string, panel: Driver): Promise<void> {
  await sleep(30);
  await panel.bringToFront();
  await panel.click('#elsewhere');
  await panel.keyboard.type('q');
  if (name === 'firefox') expect(await d.evaluate(() => document.hasFocus(), null), 'the page lost focus').toBe(false);
}

describe('insert into real editors (Chromium, Firefox)', () => {
  for (const kind of KINDS) {
    it(`${kind}: at the caret mid-draft via the app's input path, undoable; refused while composing; keeps a selection with focus in another document`, () =>
      inEveryBrowser(async (d, name, panel) => {
        await open(d, kind);
        await d.click(await d.evaluate(() => window.t.clickTarget, null));
        await d.keyboard.type(DRAFT);
        // Caret just after "Hi there." — Home, then nine characters right — then off to the "panel".
        await d.keyboard.press('Home');
        await chord(d, [], 'ArrowRight', 9);
        await leave(d);
        expect(lines(await model(d)), 'typed draft').toEqual([DRAFT]);
        // Quill merges edits less than a second apart into one undo step; an agent is never that quick.
        if (kind === 'quill') await sleep(1_050);

        const before = await changes(d);
        await pathTaken(d);
        const outcome = await insert(d, CHOSEN);
        await sleep(60);
        paths.push(`${kind} ${name}: ${await pathTaken(d)}`);
        expect(outcome).toEqual({ ok: true, editorKind: kind });
        expect(lines(await model(d)), 'inserted at the caret').toEqual([`Hi there. ${CHOSEN} Refund sent.`]);
        expect(await changes(d), 'the app heard the change').toBeGreaterThan(before);

        await chord(d, ['Control'], 'z');
        await sleep(60);
        expect(lines(await model(d)), 'undo removes the insertion, keeps the draft').toEqual([DRAFT]);

        await compose(d, 'compositionstart');
        expect(await insert(d, CHOSEN)).toEqual({ ok: false, reason: 'composing', editorKind: kind });
        await compose(d, 'compositionend');
        expect(lines(await model(d)), 'nothing changes while composing').toEqual([DRAFT]);

        // Select "sent." at the end, go to the panel, insert several lines: the selection stays, the breaks too.
        await d.click(await d.evaluate(() => window.t.clickTarget, null));
        await d.keyboard.press('End');
        await chord(d, ['Shift'], 'ArrowLeft', 5);
        await leaveForPanel(d, name, panel);
        expect(await insert(d, MULTI)).toEqual({ ok: true, editorKind: kind });
        await sleep(60);
        expect(lines(await model(d)), 'multi-line after the selection').toEqual([DRAFT, ...lines(MULTI)]);
      }));

    it(`${kind}: never focused, the text goes after the draft (above any quoted thread)`, () =>
      inEveryBrowser(async (d) => {
        await open(d, kind, 'Thanks for writing in.');
        const outcome = await insert(d, CHOSEN);
        await sleep(60);
        expect(outcome).toEqual({ ok: true, editorKind: kind });
        expect(lines(await model(d))).toEqual([`Thanks for writing in. ${CHOSEN}`]);
      }));
  }

  it('a page without an editor reports no-editor', () =>
    inEveryBrowser(async (d) => {
      await open(d, 'empty');
      expect(await insert(d, CHOSEN)).toEqual({ ok: false, reason: 'no-editor' });
      expect(await d.evaluate((text) => window.t.insert(text, null), CHOSEN)).toEqual({ ok: false, reason: 'no-editor' });
    }));
});
