import { defineContentScript } from 'wxt/utils/define-content-script';
import { helpscout } from '../utils/adapters/sites/helpscout';
import { startContentScript } from '../utils/content/main';

// One content script per helpdesk, carrying only its own adapter: the smallest script on each host.
export default defineContentScript({
  matches: [...helpscout.matches],
  runAt: 'document_idle',
  main: (ctx) => startContentScript(ctx, [helpscout]),
});
