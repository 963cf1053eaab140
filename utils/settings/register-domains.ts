import type { CustomDomain } from './custom-domains';

const PREFIX = 'attune-custom-';

interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  registerContentScripts(scripts: { id: string; matches: string[]; js: string[]; runAt?: 'document_idle'; persistAcrossSessions?: boolean }[]): Promise<void>;
}
interface PermissionsApi {
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

/**
 * Registers content scripts on the custom domains whose permission the agent granted, and only those: a
 * domain whose permission was revoked in the browser's settings simply stops being read. A domain with a
 * known helpdesk gets that helpdesk's small script; "detect" gets the one that carries every adapter.
 */
export async function syncCustomDomainScripts(domains: readonly CustomDomain[], scripting: ScriptingApi, permissions: PermissionsApi, knownSites: readonly string[]): Promise<Record<string, string[]>> {
  const bySite: Record<string, string[]> = {};
  for (const { pattern, site } of domains) {
    if (!(await permissions.contains({ origins: [pattern] }))) continue;
    const key = site && knownSites.includes(site) ? site : 'custom-domain';
    (bySite[key] ??= []).push(pattern);
  }
  const existing = (await scripting.getRegisteredContentScripts()).filter((script) => script.id.startsWith(PREFIX));
  if (existing.length > 0) await scripting.unregisterContentScripts({ ids: existing.map((script) => script.id) });
  const scripts = Object.entries(bySite).map(([key, matches]) => ({
    id: `${PREFIX}${key}`,
    matches,
    js: [`content-scripts/${key}.js`],
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  }));
  if (scripts.length > 0) await scripting.registerContentScripts(scripts);
  return bySite;
}
