import { defineContentScript } from 'wxt/utils/define-content-script';
import { intercom } from '../utils/adapters/sites/intercom';
import { startContentScript } from '../utils/content/main';

// One content script per helpdesk, carrying only its own adapter: the smallest script on each host.
export default defineContentScript({
  matches: [...intercom.matches],
  runAt: 'document_idle',
  main: (ctx) => startContentScript(ctx, [intercom]),
});
