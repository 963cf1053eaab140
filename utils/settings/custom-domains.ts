/**
 * Self-hosted helpdesks (Zammad, FreeScout, Chatwoot, Zendesk on a custom domain) live on hosts the
 * manifest cannot know. The agent adds them; each one is an optional host permission granted at run time.
 */
export interface CustomDomain {
  /** Match pattern, always "https://host/*". */
  pattern: string;
  /** The helpdesk on that domain (an adapter id); absent means detect it from the page. */
  site?: string;
  /** When the agent added it (ISO), shown in the options page. */
  addedAt: string;
}

export type DomainInput = { ok: true; pattern: string; host: string } | { ok: false; error: string };

const HOST = /^(?=.{1,253}$)(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** "help.acme.com", "https://help.acme.com/agent/tickets/4" → "https://help.acme.com/*". */
export function parseDomainInput(input: string): DomainInput {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return { ok: false, error: 'Type the address of your helpdesk, like help.example.com.' };
  let host = trimmed;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed)) {
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      return { ok: false, error: `"${input.trim()}" is not a web address.` };
    }
    if (url.protocol !== 'https:') return { ok: false, error: 'Only https:// helpdesks can be added.' };
    host = url.hostname;
  } else {
    host = trimmed.replace(/[/?#].*$/, '');
  }
  if (!HOST.test(host)) return { ok: false, error: `"${host}" is not a host name like help.example.com.` };
  return { ok: true, pattern: `https://${host}/*`, host };
}

export function addDomain(list: readonly CustomDomain[], pattern: string, now: Date, site?: string): CustomDomain[] {
  const entry: CustomDomain = { pattern, ...(site ? { site } : {}), addedAt: now.toISOString() };
  const at = list.findIndex((domain) => domain.pattern === pattern);
  return at === -1 ? [...list, entry] : list.map((domain, i) => (i === at ? entry : domain));
}

export function removeDomain(list: readonly CustomDomain[], pattern: string): CustomDomain[] {
  return list.filter((domain) => domain.pattern !== pattern);
}
