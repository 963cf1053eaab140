import type { StateCreator } from 'zustand';
import { composeReply, suggestionLines, type Blanks } from './reply';
import type { PanelState, PanelMiddleware } from './store';

/** The reply being composed: chosen suggestion lines, the agent's values for blanks, the draft text. */
export interface ReplySlice {
  /** Suggestion ids ticked "add to reply". */
  selected: string[];
  blanks: Blanks;
  /** The "Text to insert" box. */
  draft: string;
  /** Once the agent types in the draft, ticking a line appends to it instead of recomposing it. */
  draftEdited: boolean;
  toggleLine(id: string): void;
  setBlank(name: string, value: string): void;
  setDraft(text: string): void;
  resetReply(): void;
}

const EMPTY = { selected: [] as string[], blanks: {} as Blanks, draft: '', draftEdited: false };

/** The draft made of the chosen lines, in suggestion order (acknowledge first), whatever order they were ticked. */
function composed(state: PanelState, selected: readonly string[], blanks: Blanks): string {
  const lines = suggestionLines(state.analysis, blanks).filter((line) => selected.includes(line.id));
  return composeReply(lines.map((line) => line.text), state.analysis?.language ?? 'en', state.conversation?.channel);
}

export const createReplySlice: StateCreator<PanelState, PanelMiddleware, [], ReplySlice> = (set) => ({
  ...EMPTY,
  toggleLine: (id) =>
    set((state) => {
      const adding = !state.selected.includes(id);
      const selected = adding ? [...state.selected, id] : state.selected.filter((s) => s !== id);
      if (!state.draftEdited) return { selected, draft: composed(state, selected, state.blanks) };
      const text = suggestionLines(state.analysis, state.blanks).find((line) => line.id === id)?.text ?? '';
      const draft = adding
        ? composeReply([state.draft.trimEnd(), text].filter(Boolean), state.analysis?.language ?? 'en', state.conversation?.channel)
        : state.draft.replace(text, '').replace(/[ \t]{2,}/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
      return { selected, draft };
    }),
  setBlank: (name, value) =>
    set((state) => {
      const blanks = { ...state.blanks, [name]: value };
      return state.draftEdited ? { blanks } : { blanks, draft: composed(state, state.selected, blanks) };
    }),
  setDraft: (draft) => set(draft === '' ? { draft, selected: [], draftEdited: false } : { draft, draftEdited: true }),
  resetReply: () => set(EMPTY),
});
