import { defineContentScript } from 'wxt/utils/define-content-script';
import { salesforce } from '../utils/adapters/sites/salesforce';
import { startContentScript } from '../utils/content/main';

// One content script per helpdesk, carrying only its own adapter: the smallest script on each host.
export default defineContentScript({
  matches: [...salesforce.matches],
  runAt: 'document_idle',
  main: (ctx) => startContentScript(ctx, [salesforce]),
});
