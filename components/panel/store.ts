import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { analyse, conversationOf, faqPrefillFor, threadKey, type AnalysedFrom } from './analysis';
import { panelPacks, subscribePanelPacks } from './packs';
import { createFaqSlice, type FaqSlice } from './faq-slice';
import { createReplySlice, type ReplySlice } from './reply-slice';
import { createSnapshotSlice, type SnapshotSlice } from './snapshot-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type PanelState = SnapshotSlice & ReplySlice & FaqSlice & UiSlice;
/** Middleware wraps the combined store only; slices declare it so their `set`/`get` are typed alike. */
export type PanelMiddleware = [['zustand/subscribeWithSelector', never]];

export const usePanelStore = create<PanelState>()(
  subscribeWithSelector((...a) => ({
    ...createSnapshotSlice(...a),
    ...createReplySlice(...a),
    ...createFaqSlice(...a),
    ...createUiSlice(...a),
  })),
);

// Derived state: the conversation and its analysis follow the inputs they come from, wherever those are set.
// `last` remembers what the current analysis was computed from (the state already holds the new inputs).
let last: AnalysedFrom = { register: 'polite' };
function derive(): void {
  const state = usePanelStore.getState();
  const conversation = conversationOf(state.snapshot, state.pasted);
  const analysis = analyse(conversation, state.register, last);
  last = { conversation, register: state.register, analysis, packs: panelPacks().packs };
  if (conversation === state.conversation && analysis === state.analysis) return;
  const newThread = threadKey(conversation) !== threadKey(state.conversation);
  usePanelStore.setState({ conversation, analysis });
  if (newThread) {
    // Another ticket: nothing the agent composed or searched for the last one applies.
    const query = faqPrefillFor(conversation, analysis);
    state.resetReply();
    usePanelStore.setState({ faqQuery: query, faqPrefill: query });
  } else if (analysis !== state.analysis) state.prefillFaq(faqPrefillFor(conversation, analysis));
}
usePanelStore.subscribe((state) => [state.snapshot, state.pasted, state.register] as const, derive, {
  equalityFn: (a, b) => a.every((value, i) => value === b[i]),
});
// A pack activated, rolled back or imported while the panel is open: analyse again with the new layers.
subscribePanelPacks(derive);

const initial = usePanelStore.getState();

/** Back to a fresh panel (tests, and a panel re-opened on another window). */
export function resetPanelStore(): void {
  last = { register: 'polite' };
  usePanelStore.setState(initial, true);
}
