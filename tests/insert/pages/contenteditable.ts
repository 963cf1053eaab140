import { initialDraft, setup } from './harness';

const root = document.getElementById('root')!;
const box = document.createElement('div');
box.id = 'editor';
box.contentEditable = 'true';
box.style.minHeight = '4em';
box.textContent = initialDraft();
root.append(box);
setup({ model: () => box.innerText, editor: '#editor', clickTarget: '#editor' }, true).ready = true;
