import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/**
 * The tab whose conversation the panel shows: `?tab=ID` when opened as a page (demo, tests), otherwise the
 * active tab of this window, followed as the agent switches tabs.
 */
export function useTargetTab(): number | undefined {
  const pinned = Number(new URLSearchParams(location.search).get('tab')) || undefined;
  const [tabId, setTabId] = useState<number | undefined>(pinned);

  useEffect(() => {
    if (pinned) return;
    let cancelled = false;
    const refresh = () =>
      browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
        if (!cancelled) setTabId(tab?.id);
      });
    void refresh();
    const onActivated = () => void refresh();
    const onUpdated = (_id: number, change: { status?: string }) => change.status === 'complete' && void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      cancelled = true;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [pinned]);

  return tabId;
}
