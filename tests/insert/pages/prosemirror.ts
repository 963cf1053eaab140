import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { initialDraft, setup } from './harness';

const root = document.getElementById('root')!;
const draft = initialDraft();
const doc = schema.node('doc', null, [schema.node('paragraph', null, draft ? [schema.text(draft)] : [])]);
const state = EditorState.create({
  doc,
  plugins: [history(), keymap({ 'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo }), keymap(baseKeymap)],
});
const view: EditorView = new EditorView(root, {
  state,
  attributes: { id: 'editor' },
  dispatchTransaction(tr) {
    view.updateState(view.state.apply(tr));
    if (tr.docChanged) t.changes++;
  },
});
const t = setup({
  model: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n', '\n'),
  editor: '#editor',
  clickTarget: '#editor',
});
(window as unknown as { pm: EditorView }).pm = view;
t.ready = true;
