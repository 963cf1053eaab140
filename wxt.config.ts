import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports only: auto-imports once pulled React and the i18n catalogs into every content script.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Attune',
    description:
      'Mirror the customer’s feelings, suggest empathetic replies, list return options and search the FAQ — all inside your browser.',
    // storage: settings and packs; scripting: the content script on custom domains the agent adds.
    permissions: ['storage', 'scripting'],
    action: { default_title: 'Attune' },
    // Custom helpdesk domains are requested one by one at run time, never granted up front.
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
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
