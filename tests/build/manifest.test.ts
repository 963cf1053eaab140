// The built manifests, as the browsers read them: the permissions Attune asks for are the ones the README
// justifies and no more. `npm test` builds before vitest runs; a missing build fails here, loudly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUTPUT = process.env.ATTUNE_OUTPUT_DIR ?? join(import.meta.dirname, '..', '..', '.output');
const manifest = (dir: string) => JSON.parse(readFileSync(join(OUTPUT, dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const OPTIONAL_HOSTS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

describe('built manifests ask for the minimum', () => {
  it('Chrome: no host granted up front, unlimitedStorage for team packs, no loosened CSP', () => {
    const m = manifest('chrome-mv3');
    expect([...(m.permissions as string[])].sort()).toEqual(['alarms', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage']);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
    expect(m.content_security_policy).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    // Content scripts only on the helpdesks' own hosts: never every https page.
    const matches = (m.content_scripts as { matches: string[] }[]).flatMap((script) => script.matches);
    expect(matches.length).toBeGreaterThan(10);
    expect(matches.filter((pattern) => /^(\*|https?):\/\/\*\//.test(pattern))).toEqual([]);
  });

  it('Firefox: the same, without unlimitedStorage (its storage.local has no 10 MB quota)', () => {
    const m = manifest('firefox-mv2');
    expect([...(m.permissions as string[])].sort()).toEqual(['alarms', 'scripting', 'storage']);
    expect(m.optional_permissions).toEqual(OPTIONAL_HOSTS);
    expect(m.content_security_policy).toBeUndefined();
    const matches = (m.content_scripts as { matches: string[] }[]).flatMap((script) => script.matches);
    expect(matches.filter((pattern) => /^(\*|https?):\/\/\*\//.test(pattern))).toEqual([]);
  });
});
