import { defineConfig } from 'wxt';
import { manifestCommands } from './utils/commands';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports only: auto-imports once pulled React and the i18n catalogs into every content script.
  imports: false,
  manifest: ({ browser }) => ({
    // Name, description and titles come from public/_locales (English and Japanese).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and packs; scripting: the content script on custom domains the agent adds;
    // alarms: polling subscribed pack URLs. unlimitedStorage (Chrome, no install prompt): active + previous
    // releases of several team packs can pass storage.local's 10 MB; Firefox's is bound by its far larger IndexedDB limits.
    permissions: ['storage', 'scripting', 'alarms', ...(browser === 'firefox' ? [] : ['unlimitedStorage'])],
    action: { default_title: '__MSG_extActionTitle__' },
    // Enterprise policy for team packs (Chrome storage.managed); Firefox reads policies.json "3rdparty" without a schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    // Open the panel, focus FAQ search, insert the top suggestion (utils/commands.ts).
    commands: manifestCommands(browser),
    // Custom helpdesk domains and pack hosts are requested one by one at run time, never granted up front.
    // Loopback http is for a lead testing packs served from their own machine.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'attune@attune.dev',
              strict_min_version: '125.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
