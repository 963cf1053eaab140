import { useEffect, useState } from 'react';
import { onMessage, sendMessage, type Snapshot } from '../utils/messaging';

export type PanelSnapshot = Snapshot | { state: 'loading' } | { state: 'not-helpdesk' };

/** The target tab's snapshot: asked for once, then pushed by the content script as the thread changes. */
export function useSnapshot(tabId: number | undefined): PanelSnapshot {
  const [snapshot, setSnapshot] = useState<PanelSnapshot>({ state: 'loading' });

  useEffect(() => {
    if (tabId === undefined) return;
    let cancelled = false;
    setSnapshot({ state: 'loading' });
    sendMessage('snapshot:get', undefined, tabId)
      .then((fresh) => !cancelled && setSnapshot(fresh ?? { state: 'not-helpdesk' }))
      .catch(() => !cancelled && setSnapshot({ state: 'not-helpdesk' }));
    const remove = onMessage('snapshot:changed', ({ data, sender }) => {
      if (sender.tab?.id === tabId && !cancelled) setSnapshot(data);
    });
    return () => {
      cancelled = true;
      remove();
    };
  }, [tabId]);

  return snapshot;
}
