import { defineContentScript } from 'wxt/utils/define-content-script';
import { front } from '../utils/adapters/sites/front';
import { startContentScript } from '../utils/content/main';

// One content script per helpdesk, carrying only its own adapter: the smallest script on each host.
export default defineContentScript({
  matches: [...front.matches],
  runAt: 'document_idle',
  main: (ctx) => startContentScript(ctx, [front]),
});
