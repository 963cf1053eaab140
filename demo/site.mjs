// The bundled demo helpdesk as routes for scripts/lib/helpdesk-server.mjs: Zendesk-shaped chat tickets on
// attune-demo.zendesk.com and Gmail-shaped threads on mail.google.com, all from the files in this folder.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staticFiles } from '../scripts/lib/helpdesk-server.mjs';

export const DEMO_DIR = dirname(fileURLToPath(import.meta.url));

/** demo/pages.json: the index URL and, per page, its URL, file, site, language and customer phrases to expect. */
export const DEMO = JSON.parse(readFileSync(join(DEMO_DIR, 'pages.json'), 'utf8'));

/** Host → handler. URL paths of the pages map to their files (Gmail keeps the thread in the hash, unseen here). */
export function demoRoutes() {
  const byHost = {};
  for (const page of DEMO.pages) {
    const url = new URL(page.url);
    (byHost[url.hostname] ??= new Map()).set(url.pathname, page.file);
  }
  const files = staticFiles(DEMO_DIR);
  const shared = { '/': 'index.html', '/_demo/demo.css': 'demo.css', '/_demo/demo.js': 'demo.js' };
  const routes = {};
  for (const [host, paths] of Object.entries(byHost)) {
    routes[host] = (path) => {
      const file = paths.get(path) ?? paths.get(path.replace(/\/?$/, '/')) ?? shared[path];
      return file ? files(file) : undefined;
    };
  }
  return routes;
}
