import { storage } from '@wxt-dev/storage';
import type { CustomDomain } from './custom-domains';

/** Versioned so a later shape can migrate what agents already saved instead of dropping it. */
export const customDomainsItem = storage.defineItem<CustomDomain[]>('local:customDomains', {
  fallback: [],
  version: 1,
});
