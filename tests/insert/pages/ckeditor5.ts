import { ClassicEditor, Essentials, Paragraph } from 'ckeditor5';
import { htmlToText, initialDraft, setup } from './harness';

const root = document.getElementById('root')!;
const el = document.createElement('div');
root.append(el);
const draft = initialDraft();
const editor = await ClassicEditor.create(el, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph],
  toolbar: [],
  initialData: draft ? `<p>${draft}</p>` : '',
});
const t = setup({ model: () => htmlToText(editor.getData()), editor: '.ck-editor__editable', clickTarget: '.ck-editor__editable' });
editor.model.document.on('change:data', () => t.changes++);
(window as unknown as { ck: ClassicEditor }).ck = editor;
t.ready = true;
