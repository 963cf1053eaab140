import { defineContentScript } from 'wxt/utils/define-content-script';
import { gorgias } from '../utils/adapters/sites/gorgias';
import { startContentScript } from '../utils/content/main';

// One content script per helpdesk, carrying only its own adapter: the smallest script on each host.
export default defineContentScript({
  matches: [...gorgias.matches],
  runAt: 'document_idle',
  main: (ctx) => startContentScript(ctx, [gorgias]),
});
