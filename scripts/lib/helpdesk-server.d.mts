// Types for helpdesk-server.mjs (plain JavaScript so `npm run demo` needs no TypeScript step).
import type { IncomingMessage } from 'node:http';

export interface RouteResponse {
  status?: number;
  type?: string;
  body: string | Uint8Array;
  headers?: Record<string, string>;
}
/** Returns undefined for 404. `path` is the URL path without query (the hash never reaches a server). */
export type RouteHandler = (path: string, request: IncomingMessage) => RouteResponse | undefined | Promise<RouteResponse | undefined>;

export interface HelpdeskServer {
  port: number;
  hosts: string[];
  /** base64 SHA-256 of the certificate's SubjectPublicKeyInfo, for --ignore-certificate-errors-spki-list. */
  spkiHash: string;
  /** For --host-resolver-rules: every host (any port) → 127.0.0.1:port. */
  resolverRules: string;
  certPem: string;
  url(host: string, path?: string): string;
  close(): Promise<void>;
}

export function contentType(file: string): string;
export function staticFiles(dir: string, map?: (path: string) => string | undefined): RouteHandler;
export function makeCertificate(hosts: string[]): { key: string; cert: string; spkiHash: string };
export function startHelpdeskServer(options: {
  /** hostname (exact, "*.example.com", or "*") → handler or a directory of static files. */
  routes: Record<string, RouteHandler | string>;
  hosts?: string[];
  port?: number;
}): Promise<HelpdeskServer>;
export function chromiumArgs(options?: {
  extensionDir?: string;
  resolverRules?: string;
  spkiHash?: string;
  userDataDir?: string;
}): string[];
export const PLAYWRIGHT_IGNORE_DEFAULT_ARGS: string[];
