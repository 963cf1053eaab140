import { defineContentScript } from 'wxt/utils/define-content-script';
import { zammad } from '../utils/adapters/sites/zammad';
import { startContentScript } from '../utils/content/main';

// One content script per helpdesk, carrying only its own adapter: the smallest script on each host.
export default defineContentScript({
  matches: [...zammad.matches],
  runAt: 'document_idle',
  main: (ctx) => startContentScript(ctx, [zammad]),
});
