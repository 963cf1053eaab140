import { useEffect } from 'react';
import { useTargetTab } from '../../components/useTargetTab';
import { useSnapshot } from '../../components/useSnapshot';
import { Panel } from '../../components/panel/Panel';
import { usePanelStore } from '../../components/panel/store';
import { watchPanelPacks } from '../../components/panel/packs';
import { usePanelCommands } from '../../components/panel/usePanelCommands';
import { usePreferences } from '../../components/panel/usePreferences';

/** Wiring only: the tab, its snapshot, settings and commands feed the store; the panel renders from it. */
export function App() {
  const tabId = useTargetTab();
  const snapshot = useSnapshot(tabId);
  useEffect(() => usePanelStore.getState().setTabId(tabId), [tabId]);
  useEffect(() => usePanelStore.getState().setSnapshot(snapshot), [snapshot]);
  useEffect(() => watchPanelPacks(), []);
  usePreferences();
  usePanelCommands();
  return <Panel />;
}
