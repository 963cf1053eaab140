/**
 * Helpdesks with a content script of their own (content-scripts/<id>.js). Kept apart from the registry so
 * the background and options page can name them without bundling every adapter.
 */
export const SITE_IDS = [
  'zendesk', 'freshdesk', 'intercom', 'helpscout', 'front', 'gorgias', 'gmail', 'outlook', 'salesforce', 'chatwoot', 'zammad', 'freescout',
] as const;

export const SITE_NAMES: Record<(typeof SITE_IDS)[number], string> = {
  zendesk: 'Zendesk', freshdesk: 'Freshdesk', intercom: 'Intercom', helpscout: 'Help Scout', front: 'Front', gorgias: 'Gorgias',
  gmail: 'Gmail', outlook: 'Outlook on the web', salesforce: 'Salesforce', chatwoot: 'Chatwoot', zammad: 'Zammad', freescout: 'FreeScout',
};
