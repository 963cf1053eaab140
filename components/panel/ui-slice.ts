import type { StateCreator } from 'zustand';
import type { PanelState, PanelMiddleware } from './store';

export type NoticeKind = 'inserted' | 'copied' | 'composing' | 'failed' | 'info';

export interface Notice {
  kind: NoticeKind;
  message: string;
}

/** Panel chrome: the status notice and the keyboard-shortcut help. */
export interface UiSlice {
  notice?: Notice;
  helpOpen: boolean;
  setNotice(notice: Notice | undefined): void;
  setHelpOpen(open: boolean): void;
}

export const createUiSlice: StateCreator<PanelState, PanelMiddleware, [], UiSlice> = (set) => ({
  helpOpen: false,
  setNotice: (notice) => set({ notice }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
});
