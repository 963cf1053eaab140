// jQuery and Summernote ship no types (and @types/jquery is not worth a dependency for one test page).
// @ts-expect-error — untyped CommonJS module
import jquery from 'jquery';
import { htmlToText, initialDraft, setup } from './harness';

const $ = jquery as (selector: string) => { summernote(...args: unknown[]): any };
// summernote-lite finds jQuery through the module system.
// @ts-expect-error — untyped UMD bundle
await import('summernote/dist/summernote-lite.js');
const root = document.getElementById('root')!;
const note = document.createElement('textarea');
note.id = 'x';
note.value = initialDraft() ? `<p>${initialDraft()}</p>` : '';
root.append(note);
let t: ReturnType<typeof setup> | undefined;
$('#x').summernote({ callbacks: { onChange: () => { if (t) t.changes++; } } });
t = setup({
  model: () => htmlToText($('#x').summernote('code')),
  // The content script may well hand over the original textarea: insertText finds the editable itself.
  editor: '#x',
  clickTarget: '.note-editable',
});
t.ready = true;
