// Types for site.mjs.
import type { RouteHandler } from '../scripts/lib/helpdesk-server.mjs';

export interface DemoPage {
  id: string;
  title: string;
  url: string;
  file: string;
  site: string;
  channel: 'chat' | 'email';
  lang: 'en' | 'ja';
  /** Phrases the customer's messages contain, as the panel should show them. */
  customer: string[];
}
export const DEMO_DIR: string;
export const DEMO: { index: string; pages: DemoPage[] };
export function demoRoutes(): Record<string, RouteHandler>;
