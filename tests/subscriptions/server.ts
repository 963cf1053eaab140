import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSigningKeys, signRelease } from '../../utils/release/crypto';

/** One request as the static host saw it, with the body bytes it sent back. */
export interface LoggedRequest {
  path: string;
  /** Only for methods other than GET: a CORS preflight shows up here as OPTIONS. */
  method?: string;
  ifNoneMatch?: string;
  status: number;
  bytesSent: number;
}

type Route = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * A static host on 127.0.0.1 (random port) that serves files with strong ETags and answers 304 to a
 * matching If-None-Match, like a CDN. Individual paths can be overridden to misbehave.
 */
export class PackHost {
  readonly files = new Map<string, string>();
  readonly overrides = new Map<string, Route>();
  readonly log: LoggedRequest[] = [];
  private server!: Server;
  port = 0;

  /**
   * `cors`: send `Access-Control-Allow-Origin: *` on every answer, as GitHub Pages does, so an extension
   * without a host permission for this host (a policy subscription) may read it; the ETag is exposed and a
   * preflight is answered (allowing If-None-Match), as Netlify or S3 can be set up to.
   */
  constructor(readonly options: { cors?: boolean } = {}) {}

  /**
   * Copies every file of a folder (the site `attune pack publish` writes) to `prefix`, all at once like an
   * atomic deploy: a poll never sees a file the CLI is halfway through writing. Returns the paths served.
   */
  upload(prefix: string, dir: string): string[] {
    const paths: string[] = [];
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = `${prefix.replace(/\/+$/, '')}/${entry.name}`;
      this.files.set(path, readFileSync(join(dir, entry.name), 'utf8'));
      paths.push(path);
    }
    return paths;
  }

  async start() {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop() {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  url(path: string) {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  private handle(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const entry: LoggedRequest = { path, status: 0, bytesSent: 0 };
    if (req.method && req.method !== 'GET') entry.method = req.method;
    const inm = req.headers['if-none-match'];
    if (typeof inm === 'string') entry.ifNoneMatch = inm;
    this.log.push(entry);
    if (this.options.cors) {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Expose-Headers', 'ETag');
    }
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    // Count body bytes actually sent, whatever the route does.
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (chunk) entry.bytesSent += Buffer.byteLength(chunk as string);
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk && typeof chunk !== 'function') entry.bytesSent += Buffer.byteLength(chunk as string);
      entry.status = res.statusCode;
      return (end as (...a: unknown[]) => ServerResponse)(chunk, ...rest);
    }) as typeof res.end;

    if (this.options.cors && req.method === 'OPTIONS') {
      res.statusCode = 204;
      res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD');
      res.setHeader('Access-Control-Allow-Headers', 'If-None-Match, Accept');
      return res.end();
    }
    const override = this.overrides.get(path);
    if (override) return override(req, res);
    const body = this.files.get(path);
    if (body === undefined) {
      res.statusCode = 404;
      return res.end('not found');
    }
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (inm === etag) {
      res.statusCode = 304;
      res.setHeader('ETag', etag);
      return res.end();
    }
    res.setHeader('ETag', etag);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Length', Buffer.byteLength(body));
    res.end(body);
  }
}

export type Keys = Awaited<ReturnType<typeof generateSigningKeys>>;
export const newKeys = generateSigningKeys;

export function makePack(version: string, answer = 'Refunds reach your card within five working days.', id = 'acme-en') {
  return {
    id,
    name: 'Acme support',
    version,
    locale: 'en',
    faq: [{ id: 'acme-refund-timing', question: 'How long does a refund take?', answer }],
  };
}

/** Signs `packText` and puts the pack and its manifest on the host under /team/. */
export async function publish(host: PackHost, keys: Keys, pack: { id: string; version: string; locale: string }, packText = `${JSON.stringify(pack, null, 2)}\n`, at = new Date('2026-11-23T12:00:00Z')) {
  const packPath = `${pack.id}-${pack.version}.json`;
  const manifest = await signRelease(packText, pack, keys.privateKey, packPath, at);
  host.files.set(`/team/${packPath}`, packText);
  host.files.set('/team/manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, packText, packPath: `/team/${packPath}` };
}
