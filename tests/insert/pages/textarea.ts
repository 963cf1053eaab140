import { initialDraft, setup } from './harness';

const root = document.getElementById('root')!;
const area = document.createElement('textarea');
area.id = 'editor';
area.rows = 6;
area.cols = 80; // one visual line for the draft, so Home goes to its start
area.value = initialDraft();
root.append(area);
setup({ model: () => area.value, editor: '#editor', clickTarget: '#editor' }, true).ready = true;
