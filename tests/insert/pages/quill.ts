import Quill from 'quill';
import { initialDraft, setup } from './harness';

const root = document.getElementById('root')!;
const el = document.createElement('div');
el.id = 'quill';
root.append(el);
const quill = new Quill(el, {});
if (initialDraft()) quill.setText(initialDraft());
quill.history.clear();
const t = setup({
  model: () => quill.getText().replace(/\n$/, ''),
  editor: '.ql-editor',
  clickTarget: '.ql-editor',
});
quill.on('text-change', () => t.changes++);
(window as unknown as { quill: Quill }).quill = quill;
t.ready = true;
