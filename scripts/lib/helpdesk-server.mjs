// Serves pages under real helpdesk hostnames (attune-demo.zendesk.com, mail.google.com) from 127.0.0.1 over
// HTTPS, so the content script — which only matches real helpdesk hosts — runs on them. Used by `npm run demo`
// and by the end-to-end tests. The certificate is made fresh in memory for each server and never written to disk.
import https from 'node:https';
import { X509Certificate, createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import selfsigned from 'selfsigned';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Content type for a file name, by extension. */
export function contentType(file) {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * A route handler that serves files from `dir`: `/` and `/x/` serve index.html, nothing outside `dir`.
 * `map(path)` may rewrite a URL path to a file path relative to `dir` first (return undefined for 404).
 */
export function staticFiles(dir, map = (path) => path) {
  const root = resolve(dir);
  return async (path) => {
    let file = map(path);
    if (file === undefined) return undefined;
    if (file.endsWith('/')) file += 'index.html';
    const full = normalize(join(root, decodeURIComponent(file)));
    if (full !== root && !full.startsWith(root + sep)) return { status: 403, type: 'text/plain', body: 'Forbidden' };
    try {
      return { status: 200, type: contentType(full), body: await readFile(full) };
    } catch {
      return undefined;
    }
  };
}

/** A self-signed certificate for `hosts` (wildcards allowed), valid two days, plus its SPKI pin for Chromium. */
export function makeCertificate(hosts) {
  const altNames = [
    ...hosts.map((value) => ({ type: 2, value })), // dNSName
    { type: 7, ip: '127.0.0.1' },
  ];
  const pems = selfsigned.generate([{ name: 'commonName', value: hosts[0] ?? 'localhost' }], {
    days: 2,
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames },
    ],
  });
  const spki = new X509Certificate(pems.cert).publicKey.export({ type: 'spki', format: 'der' });
  return { key: pems.private, cert: pems.cert, spkiHash: createHash('sha256').update(spki).digest('base64') };
}

function hostMatches(pattern, host) {
  if (pattern === host) return true;
  return pattern.startsWith('*.') && host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1;
}

/**
 * Starts an HTTPS server on 127.0.0.1.
 * - `routes`: hostname (exact, `*.example.com`, or `*` for any) → handler `(path, request) => response | undefined`
 *   (may be async; undefined means 404) or a directory path served as static files. `path` excludes the query.
 *   A response is `{ status = 200, type = 'text/html; charset=utf-8', body, headers? }`.
 * - `hosts`: names for the certificate and the resolver rules; defaults to the route keys other than `*`.
 * - `port`: defaults to a free one.
 * Returns `{ port, hosts, spkiHash, resolverRules, certPem, url(host, path), close() }`. `resolverRules` maps each
 * host (port 443 included) to 127.0.0.1:port, so pages keep their real, port-free URLs.
 */
export async function startHelpdeskServer({ routes, hosts, port = 0 }) {
  const handlers = Object.entries(routes).map(([pattern, route]) => [
    pattern.toLowerCase(),
    typeof route === 'string' ? staticFiles(route) : route,
  ]);
  const names = hosts ?? handlers.map(([pattern]) => pattern).filter((pattern) => pattern !== '*');
  if (names.length === 0) throw new Error('startHelpdeskServer: give at least one hostname');
  const { key, cert, spkiHash } = makeCertificate(names);

  const server = https.createServer({ key, cert }, async (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = (request.url ?? '/').split('?')[0] || '/';
    const handler =
      handlers.find(([pattern]) => pattern !== '*' && hostMatches(pattern, host))?.[1] ??
      handlers.find(([pattern]) => pattern === '*')?.[1];
    let result;
    try {
      result = handler ? await handler(path, request) : undefined;
    } catch (error) {
      result = { status: 500, type: 'text/plain; charset=utf-8', body: `Server error: ${error?.message ?? error}` };
    }
    result ??= { status: 404, type: 'text/plain; charset=utf-8', body: `Not found: https://${host}${path}` };
    response.writeHead(result.status ?? 200, {
      'content-type': result.type ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...result.headers,
    });
    response.end(request.method === 'HEAD' ? undefined : result.body);
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(undefined));
  });
  const actualPort = /** @type {import('node:net').AddressInfo} */ (server.address()).port;

  return {
    port: actualPort,
    hosts: names,
    spkiHash,
    certPem: cert,
    // A MAP without a port keeps the URL's port (443); with one, Chromium connects to ours instead.
    resolverRules: names.map((name) => `MAP ${name} 127.0.0.1:${actualPort}`).join(','),
    url: (host, path = '/') => `https://${host}${path}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done(undefined));
        server.closeAllConnections();
      }),
  };
}

/**
 * Chromium switches that load the extension and send the server's hostnames to it, trusting only its
 * certificate (not `--ignore-certificate-errors`, which would trust anything). Playwright sets the profile
 * directory itself: pass `userDataDir` only when spawning Chromium directly.
 */
export function chromiumArgs({ extensionDir, resolverRules, spkiHash, userDataDir } = {}) {
  const args = [];
  if (userDataDir) args.push(`--user-data-dir=${userDataDir}`);
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  if (resolverRules) args.push(`--host-resolver-rules=${resolverRules}`);
  if (spkiHash) args.push(`--ignore-certificate-errors-spki-list=${spkiHash}`);
  args.push(
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  );
  return args;
}

/** Playwright's own default switch that would keep the extension from loading; pass as `ignoreDefaultArgs`. */
export const PLAYWRIGHT_IGNORE_DEFAULT_ARGS = ['--disable-extensions'];
