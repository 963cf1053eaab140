import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_ADAPTERS } from '../utils/adapters/registry';
import { startContentScript } from '../utils/content/main';

// Registered at run time, only on the custom domains the agent granted (see utils/settings): a
// self-hosted helpdesk could be any of them, so this one carries every adapter.
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  main: (ctx) => startContentScript(ctx, SITE_ADAPTERS),
});
