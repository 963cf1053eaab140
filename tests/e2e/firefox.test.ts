// Firefox end to end: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with the e2e build
// (`--mode e2e`) installed, since BiDi cannot open moz-extension:// pages itself: a helpdesk page asks the
// extension to open the panel in a tab. Same core path as Chromium: the content script reads fixtures under
// the helpdesks' real hostnames and the panel receives the messages and live updates.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  ATTUNE_STATE,
  FIREFOX_BIN,
  OUTSIDE_HOST,
  addressFor,
  appendCustomerScript,
  expectPanelMessages,
  findTabId,
  fixturePages,
  launchFirefox,
  openedExtensionPage,
  onePerSite,
  panelText,
  puppeteerTab,
  startFixtureServer,
  type FirefoxSession,
  type FixturePage,
  type FixtureServer,
  type Tab,
} from './harness';

const pages = fixturePages();
const sites = onePerSite(pages);

describe('Firefox, firefox-mv2 e2e build', () => {
  let server: FixtureServer;
  let session: FirefoxSession;
  let helpdeskPage: Page;
  let helpdesk: Tab;
  let panel: Tab;

  async function open(page: FixturePage) {
    await helpdesk.goto(addressFor(page.url, server.port));
    await helpdesk.waitFor(`${ATTUNE_STATE} === 'reading'`, `the content script to read ${page.url}`);
  }

  beforeAll(async () => {
    // A missing browser fails the run: CI installs both, and a silent skip would hide the gap.
    if (!existsSync(FIREFOX_BIN)) throw new Error(`Firefox not found at ${FIREFOX_BIN}: install Debian's package (see .ci/run) or set FIREFOX_BIN`);
    server = await startFixtureServer(pages);
    session = await launchFirefox();
    helpdeskPage = (await session.browser.pages())[0] ?? (await session.browser.newPage());
    helpdesk = puppeteerTab(helpdeskPage);
    const first = sites[0];
    if (!first) return;
    await open(first);
    const known = new Set(await session.browser.pages());
    await helpdesk.evaluate(`window.postMessage({ type: 'attune-e2e-open', path: '/sidepanel.html' }, '*')`);
    const panelPage = await openedExtensionPage(session.browser, known, '/sidepanel.html', 10_000);
    panel = puppeteerTab(panelPage);
    const tabId = await findTabId(panel, await helpdesk.evaluate<string>('location.href'));
    // Pin the panel to the helpdesk tab; the page navigates itself, which BiDi allows.
    await panel.evaluate(`void (location.search = '?tab=${tabId}')`);
    await panel.waitFor(`location.search === '?tab=${tabId}' && document.querySelector('[data-testid=messages]')`, 'the panel pinned to the helpdesk tab');
    // Back to the helpdesk, as an agent would be: a background tab's timers are throttled.
    await helpdeskPage.bringToFront();
  }, 60_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('has fixtures of at least three helpdesks to test with', () => {
    expect(sites.length, `fixtures found: ${pages.map((page) => page.name).join(', ')}`).toBeGreaterThanOrEqual(3);
  });

  it.each(sites.map((page) => [page.name, page] as const))('reads %s under its real hostname and the panel lists its messages', async (_name, page) => {
    await open(page);
    await expectPanelMessages(panel, page.messages, `the panel to list ${page.name}'s messages`);
    expect(await panelText(panel, 'status')).toMatch(new RegExp(`^${page.siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · `));
  });

  it('sends a customer message appended to the thread to the panel', async () => {
    const page = sites.find((candidate) => candidate.appendable) ?? sites[0]!;
    await open(page);
    await expectPanelMessages(panel, page.messages);
    const text = 'Is anyone there? This is the third time I have asked and I am really upset now.';
    await helpdesk.evaluate(appendCustomerScript(page.messages, text));
    await expectPanelMessages(panel, [...page.messages, { role: 'customer', text }], 'the appended message in the panel');
  });

  it('leaves a page on a host outside the match patterns alone', async () => {
    const page = sites[0]!;
    const outside = await session.browser.newPage();
    try {
      await outside.goto(addressFor(`https://${OUTSIDE_HOST}/${page.name}`, server.port));
      await helpdeskPage.bringToFront();
      await open(page); // loaded after the outside page: its content script had its chance
      expect(await outside.evaluate(() => document.documentElement.dataset.attune ?? null)).toBeNull();
      await expect(findTabId(panel, await outside.evaluate(() => location.href))).rejects.toThrow(/No tab/);
    } finally {
      await outside.close();
    }
  });
});
