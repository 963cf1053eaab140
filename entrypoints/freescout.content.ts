import { defineContentScript } from 'wxt/utils/define-content-script';
import { freescout } from '../utils/adapters/sites/freescout';
import { startContentScript } from '../utils/content/main';

// FreeScout is always self-hosted: registered at run time on the domains the agent adds.
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  main: (ctx) => startContentScript(ctx, [freescout]),
});
