// Shaped like Gmail's reply body: a draft block on top, the quoted thread below it inside the same editable.
import { initialDraft, setup } from './harness';

const root = document.getElementById('root')!;
const body = document.createElement('div');
body.id = 'editor';
body.className = 'Am Al editable';
body.setAttribute('role', 'textbox');
body.setAttribute('g_editable', 'true');
body.setAttribute('aria-label', 'Message Body');
body.contentEditable = 'true';
const draft = document.createElement('div');
draft.id = 'draft';
if (initialDraft()) draft.textContent = initialDraft();
else draft.append(document.createElement('br'));
const quote = document.createElement('div');
quote.className = 'gmail_quote';
quote.innerHTML = '<div class="gmail_attr">On Mon, Customer wrote:</div><blockquote>Where is my order?</blockquote>';
body.append(draft, document.createElement('br'), quote);
root.append(body);
// The model is the draft: everything above the quoted thread, which must survive untouched.
const model = () => {
  const text = body.innerText;
  const cut = text.indexOf('On Mon, Customer wrote:');
  return cut < 0 ? '[quote lost]' : text.slice(0, cut).trim();
};
setup({ model, editor: '#editor', clickTarget: '#draft' }, true).ready = true;
