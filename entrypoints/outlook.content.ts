import { defineContentScript } from 'wxt/utils/define-content-script';
import { outlook } from '../utils/adapters/sites/outlook';
import { startContentScript } from '../utils/content/main';

// One content script per helpdesk, carrying only its own adapter: the smallest script on each host.
export default defineContentScript({
  matches: [...outlook.matches],
  runAt: 'document_idle',
  main: (ctx) => startContentScript(ctx, [outlook]),
});
