import { defineContentScript } from 'wxt/utils/define-content-script';
import { zendesk } from '../utils/adapters/sites/zendesk';
import { startContentScript } from '../utils/content/main';

// One content script per helpdesk, carrying only its own adapter: the smallest script on each host.
export default defineContentScript({
  matches: [...zendesk.matches],
  runAt: 'document_idle',
  main: (ctx) => startContentScript(ctx, [zendesk]),
});
