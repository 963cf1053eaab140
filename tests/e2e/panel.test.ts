// The agent's path through the panel in a real Chromium, on the demo helpdesk's upset-customer ticket: the right
// chips, a mirror line and a return-option line inserted into the reply box, and axe with every rule (colour
// contrast included, which jsdom cannot compute) on the panel in both themes and on the options page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { DEMO } from '../../demo/site.mjs';
import { launchDemoChrome, type DemoChromeSession } from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ticket = DEMO.pages.find((page: { id: string }) => page.id === 'zendesk-en')!;

let chrome: DemoChromeSession;
let context: BrowserContext;
let worker: Worker;
let extensionId: string;

beforeAll(async () => {
  chrome = await launchDemoChrome();
  ({ context, worker, extensionId } = chrome);
}, 60_000);

afterAll(async () => {
  await chrome?.close();
});

async function openTicketWithPanel(scheme: 'light' | 'dark' = 'light'): Promise<{ helpdesk: Page; panel: Page }> {
  const helpdesk = await context.newPage();
  await helpdesk.goto(ticket.url);
  await helpdesk.waitForFunction(() => document.documentElement.dataset.attune === 'reading');
  await helpdesk.bringToFront();
  // Runs in the extension's service worker, where `chrome` is the extension API.
  const [tabId] = await worker.evaluate(`chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) => tabs.map((tab) => tab.id))`) as number[];
  const panel = await context.newPage();
  await panel.emulateMedia({ colorScheme: scheme });
  await panel.setViewportSize({ width: 360, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.getByTestId('feeling').first().waitFor();
  return { helpdesk, panel };
}

const editorText = (helpdesk: Page) => helpdesk.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]').innerText();

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, which the extension page's CSP does not govern.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => (await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run()).violations);
  return violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
}

describe('the panel on the demo helpdesk (Chromium)', () => {
  it('shows the upset customer’s own words as chips, newest first', async () => {
    const { panel } = await openTicketWithPanel();
    const chips = await panel.getByTestId('feeling').allInnerTexts();
    expect(chips.join('\n')).toMatch(/disappointed/);
    expect(chips.join('\n')).toMatch(/frustrated/);
    // The newest message says "really disappointed"; the earlier "frustrated" comes after it.
    expect(chips.findIndex((chip) => /disappointed/.test(chip))).toBeLessThan(chips.findIndex((chip) => /frustrated/.test(chip)));
    await panel.close();
  });

  it('inserts a mirror line and a return option’s line into the reply box', async () => {
    const { helpdesk, panel } = await openTicketWithPanel();
    const feeling = panel.getByTestId('feeling').first();
    await feeling.getByRole('button', { name: 'Insert', exact: true }).click();
    await expect.poll(() => editorText(helpdesk)).toMatch(/disappointed/);
    const afterMirror = await editorText(helpdesk);

    await panel.getByLabel('Days since delivery').fill('6');
    await panel.getByLabel('Condition').selectOption('damaged');
    await panel.getByLabel('Category').selectOption('home');
    await panel.getByLabel(/^Price/).fill('89');
    const card = panel.locator('.returns-cards article').first();
    const line = (await card.locator('.returns-line').innerText()).trim();
    expect(line.length).toBeGreaterThan(20);
    await card.getByRole('button', { name: /^Insert/ }).click();
    await expect.poll(() => editorText(helpdesk)).toContain(line.slice(0, 40));
    // The mirror line inserted first is still there: insertion adds, it never replaces the draft.
    expect(await editorText(helpdesk)).toContain(afterMirror.trim().slice(0, 40));
    await panel.close();
    await helpdesk.close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations in the %s theme', async (scheme) => {
    const { helpdesk, panel } = await openTicketWithPanel(scheme);
    expect(await axeViolations(panel)).toEqual([]);
    await panel.close();
    await helpdesk.close();
  });

  it('has no axe violations on the options page', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('heading', { level: 1 }).waitFor();
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });
});
