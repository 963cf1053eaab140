import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Attune',
    description:
      'Mirror the customer’s feelings, suggest empathetic replies, list return options and search the FAQ — all inside your browser.',
    permissions: ['storage'],
    action: { default_title: 'Attune' },
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
