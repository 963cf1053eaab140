// Shaped like Outlook on the web's compose body: the draft on top, the reply header and quote below.
import { initialDraft, setup } from './harness';

const root = document.getElementById('root')!;
const parent = document.createElement('div');
parent.id = 'editorParent_1';
const body = document.createElement('div');
body.id = 'editor';
body.setAttribute('role', 'textbox');
body.setAttribute('aria-label', 'Message body, press Alt+F10 to exit');
body.contentEditable = 'true';
const draft = document.createElement('div');
draft.id = 'draft';
if (initialDraft()) draft.textContent = initialDraft();
else draft.append(document.createElement('br'));
const below = document.createElement('div');
below.innerHTML = '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg">From: Customer<br>Sent: Monday</div><div>Where is my order?</div>';
body.append(draft, below);
parent.append(body);
root.append(parent);
// The model is the draft: everything above the quoted thread, which must survive untouched.
const model = () => {
  const text = body.innerText;
  const cut = text.indexOf('From: Customer');
  return cut < 0 ? '[quote lost]' : text.slice(0, cut).trim();
};
setup({ model, editor: '#editor', clickTarget: '#draft' }, true).ready = true;
