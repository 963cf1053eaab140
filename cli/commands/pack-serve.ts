import { parseArgs } from 'node:util';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { CliError, printJson } from '../io';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * Serves a published site on this machine, so a lead can subscribe their own browser and watch a release
 * arrive before uploading it anywhere. Loopback only (Attune accepts plain http for loopback alone). Files
 * are read on every request, so `pack publish` into the same folder is live at once. Like a CDN it sends
 * strong ETags and answers If-None-Match with 304, and allows CORS, as a policy-pushed pack's host must.
 */
export async function packServeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { port: { type: 'string' }, host: { type: 'string' } },
  });
  const [dir, extra] = positionals;
  if (!dir || extra !== undefined) throw new CliError('usage: attune pack serve SITE [--port N] [--host 127.0.0.1]', 2);
  const host = values.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) throw new CliError(`--host must be a loopback address (127.0.0.1, localhost or ::1), not "${host}": upload the site to a real host to share it`, 2);
  const port = values.port === undefined ? 8787 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port must be a number from 0 to 65535 (got "${values.port}")`, 2);

  let root: string;
  try {
    root = realpathSync(resolve(dir));
    if (!statSync(root).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new CliError(`${dir}: not a folder (run "attune pack publish" first)`);
  }

  const server = createServer((req, res) => serve(root, req, res));
  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(new CliError(error.code === 'EADDRINUSE' ? `port ${port} is in use on ${host}; choose another with --port` : `cannot listen on ${host}:${port} (${error.code ?? error.message})`)),
    );
    server.listen(port, host, done);
  });
  const address = server.address() as AddressInfo;
  const origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  const manifests = readdirSync(root).filter((name) => name.endsWith('.manifest.json')).sort();
  // One JSON line, then the server runs until interrupted: a script can read the URLs and go on.
  printJson({ serving: root, url: `${origin}/`, manifests: manifests.map((name) => `${origin}/${name}`), stop: 'Ctrl+C' });
  await new Promise<void>((done) => {
    const stop = () => server.close(() => done());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

function serve(root: string, req: IncomingMessage, res: ServerResponse) {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', 'ETag');
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD');
    res.setHeader('Access-Control-Allow-Headers', 'If-None-Match, Accept');
    res.statusCode = 204;
    return res.end();
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.statusCode = 405;
    res.setHeader('Allow', 'GET, HEAD, OPTIONS');
    return res.end();
  }
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.statusCode = 400;
    return res.end('bad path');
  }
  const file = resolve(join(root, path));
  let body: Buffer;
  try {
    // Never outside the site, never a listing, never a symlink out of it.
    if (!file.startsWith(root + sep) || !realpathSync(file).startsWith(root + sep)) throw new Error('outside');
    body = readFileSync(file);
  } catch {
    res.statusCode = 404;
    return res.end('not found');
  }
  const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', 'no-cache');
  if (req.headers['if-none-match'] === etag) {
    res.statusCode = 304;
    return res.end();
  }
  res.setHeader('Content-Type', file.endsWith('.json') ? 'application/json; charset=utf-8' : 'application/octet-stream');
  res.setHeader('Content-Length', body.byteLength);
  res.end(req.method === 'HEAD' ? undefined : body);
}
