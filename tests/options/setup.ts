// Shared setup of the options-page tests (options-page, policy, subscriptions): one fresh fake browser per test,
// the UI in English, host-permission prompts answered yes, and the page rendered and checked with axe.
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createElement } from 'react';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { setUiLanguage } from '../../utils/i18n';

function spyOnPermissions() {
  return {
    request: vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true),
    remove: vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true),
  };
}
export type PermissionSpies = ReturnType<typeof spyOnPermissions>;

/**
 * Registers the per-test hooks; call once at the top of a test file. The returned spies are replaced before
 * each test, so read them through the object (`permissions.request`), not destructured.
 */
export function setupOptionsTests(): PermissionSpies {
  // user-event walks radio groups with CSS.escape, which jsdom does not provide.
  globalThis.CSS ??= {} as typeof CSS;
  CSS.escape ??= (value: string) => value.replace(/[^\w-]/g, (char) => `\\${char}`);

  const permissions = {} as PermissionSpies;
  beforeEach(() => {
    fakeBrowser.reset();
    act(() => setUiLanguage('en'));
    Object.assign(permissions, spyOnPermissions());
    // The packs section shows the running version; the fake browser has no manifest.
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Attune', version: '0.1.0' });
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });
  return permissions;
}

/** The whole options page, once it has read the settings. */
export async function renderOptionsPage() {
  const user = userEvent.setup();
  const view = render(createElement(OptionsApp));
  await vi.waitFor(() => expect(screen.getByRole('main').hasAttribute('aria-busy')).toBe(false));
  return { user, ...view };
}

/** axe-core on the page; color-contrast is off because jsdom computes no styles (options.css is checked by hand). */
export async function expectNoAxeViolations(container: HTMLElement) {
  const { violations } = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
