import type { SiteAdapter } from './types';
import { findAdapterIn } from './find';
export { safeRead, safeCall } from './find';
import { zendesk } from './sites/zendesk';
import { freshdesk } from './sites/freshdesk';
import { intercom } from './sites/intercom';
import { helpscout } from './sites/helpscout';
import { front } from './sites/front';
import { gorgias } from './sites/gorgias';
import { gmail } from './sites/gmail';
import { outlook } from './sites/outlook';
import { salesforce } from './sites/salesforce';
import { chatwoot } from './sites/chatwoot';
import { zammad } from './sites/zammad';
import { freescout } from './sites/freescout';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  zendesk, freshdesk, intercom, helpscout, front, gorgias, gmail, outlook, salesforce, chatwoot, zammad, freescout,
];

/** Every host the content script runs on; nothing else gets it (custom domains are added at run time). */
export const HELPDESK_MATCHES: readonly string[] = [...new Set(SITE_ADAPTERS.flatMap((adapter) => adapter.matches))];

/** The adapter for this page among all of them (custom domains, tests). */
export function findAdapter(doc: Document, url: URL, preferred?: string): SiteAdapter | undefined {
  return findAdapterIn(doc, url, SITE_ADAPTERS, preferred);
}

export function adapterById(id: string): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((adapter) => adapter.id === id);
}
