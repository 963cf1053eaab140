import { describe, expect, it } from 'vitest';
import { addDomain, parseDomainInput, removeDomain } from '../../utils/settings/custom-domains';
import { syncCustomDomainScripts } from '../../utils/settings/register-domains';

describe('parseDomainInput', () => {
  it.each([
    ['help.acme.com', 'https://help.acme.com/*'],
    ['  HELP.Acme.com/ ', 'https://help.acme.com/*'],
    ['https://support.acme.co.jp/#ticket/zoom/12', 'https://support.acme.co.jp/*'],
    ['*.desk.acme.com', 'https://*.desk.acme.com/*'],
  ])('%j → %j', (input, pattern) => {
    expect(parseDomainInput(input)).toMatchObject({ ok: true, pattern });
  });

  it.each([
    ['', /Type the address/],
    ['http://help.acme.com', /Only https/],
    ['help acme', /not a host name/],
    ['localhost', /not a host name/],
    ['https://', /not a web address/],
  ])('rejects %j with a reason', (input, error) => {
    const result = parseDomainInput(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});

describe('the custom domain list', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  it('adds once, updates the helpdesk choice in place, and removes', () => {
    const once = addDomain([], 'https://help.acme.com/*', now);
    expect(addDomain(once, 'https://help.acme.com/*', now)).toEqual(once);
    expect(once).toEqual([{ pattern: 'https://help.acme.com/*', addedAt: '2026-11-23T10:00:00.000Z' }]);
    expect(addDomain(once, 'https://help.acme.com/*', now, 'zammad')).toEqual([{ pattern: 'https://help.acme.com/*', site: 'zammad', addedAt: '2026-11-23T10:00:00.000Z' }]);
    expect(removeDomain(once, 'https://help.acme.com/*')).toEqual([]);
  });
});

describe('syncCustomDomainScripts', () => {
  function fakeBrowser(granted: string[], registered: string[] = []) {
    const calls: string[] = [];
    let scripts = registered.map((id) => ({ id, matches: [] as string[], js: [] as string[] }));
    return {
      calls,
      scripts: () => scripts,
      permissions: { contains: async ({ origins }: { origins: string[] }) => origins.every((origin) => granted.includes(origin)) },
      scripting: {
        getRegisteredContentScripts: async () => scripts,
        unregisterContentScripts: async () => {
          calls.push('unregister');
          scripts = [];
        },
        registerContentScripts: async (list: { id: string; matches: string[]; js: string[] }[]) => {
          for (const script of list) calls.push(`register ${script.id} ${script.js.join(' ')} ${script.matches.join(' ')}`);
          scripts = list;
        },
      },
    };
  }
  const domains = [
    { pattern: 'https://help.acme.com/*', site: 'zammad', addedAt: '' },
    { pattern: 'https://desk.other.com/*', addedAt: '' },
    { pattern: 'https://support.third.com/*', addedAt: '' },
  ];
  const sites = ['zammad', 'freescout'];

  it('registers a script only where permission was granted, the helpdesk’s own where it is known', async () => {
    const browser = fakeBrowser(['https://help.acme.com/*', 'https://support.third.com/*']);
    expect(await syncCustomDomainScripts(domains, browser.scripting, browser.permissions, sites)).toEqual({
      zammad: ['https://help.acme.com/*'],
      'custom-domain': ['https://support.third.com/*'],
    });
    expect(browser.calls).toEqual([
      'register attune-custom-zammad content-scripts/zammad.js https://help.acme.com/*',
      'register attune-custom-custom-domain content-scripts/custom-domain.js https://support.third.com/*',
    ]);
  });

  it('replaces earlier registrations, and registers nothing when no permission is left', async () => {
    const browser = fakeBrowser([], ['attune-custom-zammad', 'unrelated-script']);
    expect(await syncCustomDomainScripts(domains, browser.scripting, browser.permissions, sites)).toEqual({});
    expect(browser.calls).toEqual(['unregister']);
  });
});
