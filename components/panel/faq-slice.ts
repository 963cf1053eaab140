import type { StateCreator } from 'zustand';
import type { PanelState, PanelMiddleware } from './store';

export interface FaqSlice {
  faqQuery: string;
  /** The query made from the customer's latest message; a new one replaces the box only if the agent has not typed. */
  faqPrefill: string;
  setFaqQuery(query: string): void;
  prefillFaq(query: string): void;
}

export const createFaqSlice: StateCreator<PanelState, PanelMiddleware, [], FaqSlice> = (set) => ({
  faqQuery: '',
  faqPrefill: '',
  setFaqQuery: (faqQuery) => set({ faqQuery }),
  prefillFaq: (query) => set((state) => (state.faqQuery === state.faqPrefill ? { faqQuery: query, faqPrefill: query } : { faqPrefill: query })),
});
