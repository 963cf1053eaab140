import { act, cleanup, render, type RenderResult } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { insertIntoReply } from '../../components/insert';
import { App } from '../../entrypoints/sidepanel/App';
import { useSnapshot, type PanelSnapshot } from '../../components/useSnapshot';
import { resetPanelStore } from '../../components/panel/store';
import { setUiLanguage } from '../../utils/i18n';
import { DEFAULT_PREFERENCES, preferencesItem } from '../../utils/settings/preferences';

/**
 * Every panel test mocks the browser at the two boundaries the e2e tests exercise for real:
 * components/useSnapshot.ts (what the content script reports) and components/insert.ts (putting text into
 * the helpdesk), plus the selection read of the fallback. Each test file declares the vi.mock calls
 * (they are hoisted per file); this module drives them.
 */
export async function freshPanel(uiLanguage: 'en' | 'ja' = 'en', register: 'polite' | 'formal' = 'polite'): Promise<void> {
  resetPanelStore();
  await preferencesItem.setValue({ ...DEFAULT_PREFERENCES, disabledSites: [], uiLanguage, japaneseRegister: register });
  setUiLanguage(uiLanguage);
}

/** The per-test reset of a file that declares the three vi.mock calls: fresh browser, store and insert mock. */
export function setupPanelTests(): void {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.mocked(insertIntoReply).mockReset().mockResolvedValue({ kind: 'inserted', message: '' });
    await freshPanel();
  });
  afterEach(cleanup);
}

/** Renders the real App with this snapshot, and lets the effects (store, preferences) settle. */
export async function renderPanel(snapshot: PanelSnapshot): Promise<RenderResult & { show(next: PanelSnapshot): Promise<void> }> {
  vi.mocked(useSnapshot).mockReturnValue(snapshot);
  const result = render(<App />);
  // Settings come from (fake) storage asynchronously: let them arrive.
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return {
    ...result,
    async show(next) {
      vi.mocked(useSnapshot).mockReturnValue(next);
      result.rerender(<App />);
      await act(async () => {});
    },
  };
}

/** axe-core on the rendered panel. jsdom has no layout or computed colours, so color-contrast cannot run here. */
export async function expectNoAxeViolations(container: HTMLElement = document.body): Promise<void> {
  const { violations } = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}
