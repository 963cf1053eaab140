import { defineContentScript } from 'wxt/utils/define-content-script';
import { freshdesk } from '../utils/adapters/sites/freshdesk';
import { startContentScript } from '../utils/content/main';

// One content script per helpdesk, carrying only its own adapter: the smallest script on each host.
export default defineContentScript({
  matches: [...freshdesk.matches],
  runAt: 'document_idle',
  main: (ctx) => startContentScript(ctx, [freshdesk]),
});
