import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../utils/messaging';
import { customDomainsItem } from '../utils/settings/items';
import { syncCustomDomainScripts } from '../utils/settings/register-domains';
import { SITE_IDS } from '../utils/adapters/site-ids';
import { bundledPacksInstalledItem } from '../utils/settings/installed-packs';
import { forwardToPanel, panelMessageFor } from '../utils/commands';
import { startPackPolling } from '../utils/subscriptions/schedule';
import { startManagedPolicy } from '../utils/subscriptions/policy';

export default defineBackground(() => {
  // The toolbar button opens Attune beside the helpdesk: Chrome's side panel, Firefox's sidebar.
  if (browser.sidePanel) {
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  } else {
    const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
    action?.onClicked.addListener(() => (browser as unknown as { sidebarAction: { toggle(): Promise<void> } }).sidebarAction.toggle());
  }

  // Custom helpdesk domains: the content script runs there only while the agent's permission stands.
  const sync = async () => {
    await syncCustomDomainScripts(await customDomainsItem.getValue(), browser.scripting, browser.permissions, SITE_IDS).catch(() => undefined);
  };
  void sync();
  customDomainsItem.watch(() => void sync());
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());

  // The bundled packs change only with Attune: their "last update" in the options page is this moment.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void bundledPacksInstalledItem.setValue(new Date().toISOString());
  });

  // Team packs: poll the configured pack URLs on a jittered alarm, on browser start and when one is added.
  // Only those URLs are fetched; nothing about the conversation is sent.
  startPackPolling(browser);
  // Enterprise policy (Chrome storage.managed, Firefox policies.json "3rdparty"): locked team packs, the
  // update interval and locked settings, applied at start and whenever the admin changes the policy. Its
  // sync is the one place the poll alarm is scheduled (default interval without a policy).
  startManagedPolicy(browser);

  // Keyboard commands for the panel. The panel is opened first (a command counts as the user gesture
  // both browsers require), then the command is handed to it, retried while a just-opened panel loads.
  browser.commands?.onCommand.addListener((command, tab) => {
    const message = panelMessageFor(command);
    if (!message) return;
    openPanel(tab?.windowId);
    void forwardToPanel((type) => sendMessage(type, undefined), message);
  });

  if (import.meta.env.MODE === 'e2e') {
    onMessage('e2e:open', ({ data }) => {
      if (data.path.startsWith('/')) void browser.tabs.create({ url: browser.runtime.getURL(data.path as '/sidepanel.html') });
    });
  }
});

function openPanel(windowId: number | undefined) {
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (sidebar) return void sidebar.open().catch(() => undefined);
  if (browser.sidePanel && windowId !== undefined) void browser.sidePanel.open({ windowId }).catch(() => undefined);
}

