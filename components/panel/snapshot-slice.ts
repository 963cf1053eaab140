import type { StateCreator } from 'zustand';
import type { PanelSnapshot } from '../useSnapshot';
import type { ConversationAnalysis } from '../../utils/analyze';
import type { Conversation } from '../../utils/conversation/model';
import type { Register } from '../../utils/pack/schema';
import type { PastedText } from './analysis';
import type { PanelState, PanelMiddleware } from './store';

/** What the panel reads (the tab's snapshot or pasted text) and what it derives from it. */
export interface SnapshotSlice {
  tabId?: number;
  snapshot: PanelSnapshot;
  pasted?: PastedText;
  /** Japanese politeness for mirror lines and phrasings (settings; polite until they are wired). */
  register: Register;
  /** Derived from snapshot/pasted by the store's subscription; never set directly. */
  conversation?: Conversation;
  analysis?: ConversationAnalysis;
  setTabId(tabId: number | undefined): void;
  setSnapshot(snapshot: PanelSnapshot): void;
  setPasted(pasted: PastedText | undefined): void;
  setRegister(register: Register): void;
}

export const createSnapshotSlice: StateCreator<PanelState, PanelMiddleware, [], SnapshotSlice> = (set) => ({
  snapshot: { state: 'loading' },
  register: 'polite',
  setTabId: (tabId) => set((state) => (state.tabId === tabId ? state : { tabId, pasted: undefined })),
  setSnapshot: (snapshot) => set({ snapshot }),
  setPasted: (pasted) => set({ pasted }),
  setRegister: (register) => set({ register }),
});
