import { defineContentScript } from 'wxt/utils/define-content-script';
import { chatwoot } from '../utils/adapters/sites/chatwoot';
import { startContentScript } from '../utils/content/main';

// One content script per helpdesk, carrying only its own adapter: the smallest script on each host.
export default defineContentScript({
  matches: [...chatwoot.matches],
  runAt: 'document_idle',
  main: (ctx) => startContentScript(ctx, [chatwoot]),
});
