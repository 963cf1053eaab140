// Chromium end to end: the chrome-mv3 build loaded in Debian's chromium (playwright-core), fixture pages served
// under the helpdesks' real hostnames, so the manifest's own match patterns decide where the content script
// runs. The panel is the real sidepanel.html opened as a tab and pinned to the helpdesk tab with ?tab=ID.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  ATTUNE_STATE,
  CHROMIUM_BIN,
  OUTSIDE_HOST,
  appendCustomerScript,
  editorIn,
  editorPointScript,
  editorTextScript,
  expectPanelMessages,
  findTabId,
  fixturePages,
  insertFromPanel,
  launchChrome,
  navigateScript,
  navigationPairs,
  onePerSite,
  panelText,
  playwrightTab,
  startFixtureServer,
  type ChromeSession,
  type FixturePage,
  type FixtureServer,
  type Tab,
  unplacedFixtures,
} from './harness';

const pages = fixturePages();
const sites = onePerSite(pages);

describe('Chromium, chrome-mv3 build', () => {
  let server: FixtureServer;
  let session: ChromeSession;
  let helpdeskPage: Page;
  let helpdesk: Tab;
  let panel: Tab;

  /** Loads a fixture in the helpdesk tab and waits for the content script to read it. */
  async function open(page: FixturePage) {
    await helpdesk.goto(page.url);
    await helpdesk.waitFor(`${ATTUNE_STATE} === 'reading'`, `the content script to read ${page.url}`);
  }

  beforeAll(async () => {
    // A missing browser fails the run: CI installs both, and a silent skip would hide the gap.
    if (!existsSync(CHROMIUM_BIN)) throw new Error(`Chromium not found at ${CHROMIUM_BIN}: install Debian's package (see .ci/run) or set CHROMIUM_BIN`);
    server = await startFixtureServer(pages);
    session = await launchChrome(server);
    // Clipboard reads for the "copied" check; granting to the chrome-extension:// origin itself is refused.
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    helpdeskPage = session.context.pages()[0] ?? (await session.context.newPage());
    helpdesk = playwrightTab(helpdeskPage);
    const first = sites[0];
    if (!first) return;
    await open(first);
    // The panel follows one tab, as the side panel does; every fixture below loads in that tab.
    const panelPage = await session.context.newPage();
    panel = playwrightTab(panelPage);
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
    const tabId = await findTabId(panel, first.url);
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
  }, 60_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('has fixtures of at least three helpdesks to test with, each placed at a URL', () => {
    expect(sites.length, `fixtures found: ${pages.map((page) => page.name).join(', ')}`).toBeGreaterThanOrEqual(3);
    expect(unplacedFixtures(), 'fixtures without a URL in FIXTURE_URLS (tests/e2e/harness.ts)').toEqual([]);
  });

  it('reads every fixture under its real hostname and the panel lists the exact messages with roles', async () => {
    for (const page of pages) {
      await open(page);
      await expectPanelMessages(panel, page.messages, `the panel to list ${page.name}'s messages`);
      expect(await panelText(panel, 'status')).toMatch(new RegExp(`^${page.siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · `));
      expect(page.messages.some((message) => message.role === 'customer')).toBe(true);
    }
  });

  it('leaves a page on a host outside the match patterns alone', async () => {
    const outside = await session.context.newPage();
    try {
      const page = sites[0]!;
      await outside.goto(`https://${OUTSIDE_HOST}/${page.name}`);
      // Content scripts inject by document_idle, which is no later than load; the matched page loaded after
      // this one proves injection had its chance.
      await open(page);
      expect(await outside.evaluate(() => document.documentElement.dataset.attune ?? null)).toBeNull();
      expect(await outside.evaluate(() => document.title)).toBe(await helpdeskPage.evaluate(() => document.title));
      // And no content script answers from that tab.
      await expect(findTabId(panel, outside.url())).rejects.toThrow(/No tab/);
    } finally {
      await outside.close();
    }
  });

  const appendable = sites.filter((page) => page.appendable);
  it.each(appendable.map((page) => [page.name, page] as const))('sends a customer message appended to %s to the panel', async (_name, page) => {
    await open(page);
    await expectPanelMessages(panel, page.messages);
    const text = 'Hello? I have been waiting for an answer all day and I am getting really frustrated.';
    await helpdesk.evaluate(appendCustomerScript(page.messages, text));
    await expectPanelMessages(panel, [...page.messages, { role: 'customer', text }], `the appended message in the panel (${page.name})`);
  });

  // One editor of each way the insertion works: a textarea (Salesforce's, inside shadow roots), a plain
  // contenteditable, an editor offered a paste first (CKEditor markup), Gmail's compose body. The editor
  // libraries themselves are tested in tests/insert.
  const insertions = ['textarea', 'contenteditable', 'ckeditor5', 'gmail'].flatMap((kind) => {
    const page = pages.find((candidate) => candidate.editorKind === kind);
    return page ? [[`${page.name} (${kind})`, page] as const] : [];
  });
  it.each(insertions)('inserts from the panel at the caret in the %s editor, keeping the draft', async (_name, page) => {
    await open(page);
    await helpdesk.clickAt(await helpdesk.evaluate(editorPointScript(page)));
    await helpdesk.press('SelectAll');
    await helpdesk.type('Hello world');
    for (let i = 0; i < 'world'.length; i++) await helpdesk.press('ArrowLeft');
    expect(await insertFromPanel(panel, 'dear customer')).toMatch(/^Inserted/);
    expect(await helpdesk.evaluate(editorTextScript(page))).toBe('Hello dear customer world');
  });

  it('copies the text to the clipboard when the page has no reply editor', async () => {
    const page = pages.find((candidate) => candidate.editorKind === 'contenteditable') ?? sites[0]!;
    await open(page);
    if (page.editor !== undefined) await helpdesk.evaluate(`${editorIn(page)}.remove()`);
    expect(await insertFromPanel(panel, 'Here is your prepaid return label.')).toMatch(/copied to the clipboard/);
    expect(await panel.evaluate('navigator.clipboard.readText()')).toBe('Here is your prepaid return label.');
  });

  // Another ticket of the same helpdesk: history.pushState, then the app swaps the thread in.
  const journeys = navigationPairs(pages).map(([from, to]) => [`${from.name} → ${to.name}`, from, to] as const);
  it.each(journeys)('follows single-page navigation %s', async (_name, from, to) => {
    await open(from);
    await expectPanelMessages(panel, from.messages);
    await helpdesk.evaluate(navigateScript(to.url, to.html));
    await expectPanelMessages(panel, to.messages, `the panel to show ${to.name} after navigation`);
    expect(await helpdesk.evaluate('location.href')).toBe(to.url);
  });
});
