import { defineContentScript } from 'wxt/utils/define-content-script';
import { gmail } from '../utils/adapters/sites/gmail';
import { startContentScript } from '../utils/content/main';

// One content script per helpdesk, carrying only its own adapter: the smallest script on each host.
export default defineContentScript({
  matches: [...gmail.matches],
  runAt: 'document_idle',
  main: (ctx) => startContentScript(ctx, [gmail]),
});
