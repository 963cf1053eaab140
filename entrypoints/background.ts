import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { onMessage } from '../utils/messaging';
import { customDomainsItem } from '../utils/settings/items';
import { syncCustomDomainScripts } from '../utils/settings/register-domains';
import { SITE_IDS } from '../utils/adapters/site-ids';

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

  if (import.meta.env.MODE === 'e2e') {
    onMessage('e2e:open', ({ data }) => {
      if (data.path.startsWith('/')) void browser.tabs.create({ url: browser.runtime.getURL(data.path as '/sidepanel.html') });
    });
  }
});
