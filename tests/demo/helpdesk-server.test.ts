import { X509Certificate, createHash } from 'node:crypto';
import https from 'node:https';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumArgs, startHelpdeskServer, type HelpdeskServer } from '../../scripts/lib/helpdesk-server.mjs';

/** GET over TLS to 127.0.0.1 as `host`, verifying the certificate against the server's own (name included). */
function get(server: HelpdeskServer, host: string, path: string) {
  return new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const request = https.request(
      { host: '127.0.0.1', port: server.port, path, servername: host, headers: { host }, ca: server.certPem },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type']), body }));
      },
    );
    request.on('error', reject);
    request.end();
  });
}

const dir = mkdtempSync(join(tmpdir(), 'attune-server-test-'));
mkdirSync(join(dir, 'mail'));
writeFileSync(join(dir, 'mail', 'index.html'), '<h1>mail</h1>');
writeFileSync(join(dir, 'style.css'), 'h1{}');

const servers: HelpdeskServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  rmSync(dir, { recursive: true, force: true });
});

describe('startHelpdeskServer', () => {
  it('serves each hostname from its own routes over HTTPS with a certificate for those names', async () => {
    const server = await startHelpdeskServer({
      routes: {
        'acme.zendesk.com': (path) => (path.startsWith('/agent/') ? { body: `ticket ${path}` } : undefined),
        '*.freshdesk.com': () => ({ status: 201, type: 'text/plain', body: 'fresh' }),
        'mail.google.com': dir,
      },
    });
    servers.push(server);
    expect(server.hosts).toEqual(['acme.zendesk.com', '*.freshdesk.com', 'mail.google.com']);

    expect(await get(server, 'acme.zendesk.com', '/agent/tickets/7?x=1')).toEqual({ status: 200, type: 'text/html; charset=utf-8', body: 'ticket /agent/tickets/7' });
    expect((await get(server, 'acme.zendesk.com', '/nope')).status).toBe(404);
    expect(await get(server, 'shop.freshdesk.com', '/a/tickets/1')).toMatchObject({ status: 201, body: 'fresh' });
    expect(await get(server, 'mail.google.com', '/mail/')).toMatchObject({ status: 200, body: '<h1>mail</h1>' });
    expect(await get(server, 'mail.google.com', '/style.css')).toMatchObject({ status: 200, type: 'text/css; charset=utf-8' });
    expect((await get(server, 'mail.google.com', '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(403);
    // A name the certificate does not cover is refused by TLS itself.
    await expect(get(server, 'evil.example.com', '/')).rejects.toThrow(/altnames|Hostname/i);
  });

  it('pins the certificate key and maps each host to its port for Chromium', async () => {
    const server = await startHelpdeskServer({ routes: { 'attune-demo.zendesk.com': () => ({ body: 'ok' }) } });
    servers.push(server);
    const spki = new X509Certificate(server.certPem).publicKey.export({ type: 'spki', format: 'der' });
    expect(server.spkiHash).toBe(createHash('sha256').update(spki).digest('base64'));
    expect(server.resolverRules).toBe(`MAP attune-demo.zendesk.com 127.0.0.1:${server.port}`);
    expect(server.url('attune-demo.zendesk.com', '/agent/tickets/1')).toBe('https://attune-demo.zendesk.com/agent/tickets/1');

    const args = chromiumArgs({ extensionDir: '/ext', resolverRules: server.resolverRules, spkiHash: server.spkiHash });
    expect(args).toContain('--load-extension=/ext');
    expect(args).toContain('--disable-extensions-except=/ext');
    expect(args).toContain(`--host-resolver-rules=${server.resolverRules}`);
    expect(args).toContain(`--ignore-certificate-errors-spki-list=${server.spkiHash}`);
    expect(args.some((arg) => arg.startsWith('--user-data-dir'))).toBe(false);
    expect(args).not.toContain('--ignore-certificate-errors');
  });
});
