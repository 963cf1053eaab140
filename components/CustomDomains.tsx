import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { customDomainsItem } from '../utils/settings/items';
import { addDomain, parseDomainInput, removeDomain, type CustomDomain } from '../utils/settings/custom-domains';
import { SITE_IDS, SITE_NAMES } from '../utils/adapters/site-ids';

/** Adds a self-hosted helpdesk: the browser asks the agent for that one host, nothing more. */
export function CustomDomains() {
  const [domains, setDomains] = useState<CustomDomain[]>([]);
  const [input, setInput] = useState('');
  const [site, setSite] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    void customDomainsItem.getValue().then(setDomains);
    return customDomainsItem.watch((next) => setDomains(next ?? []));
  }, []);

  const add = async () => {
    const parsed = parseDomainInput(input);
    if (!parsed.ok) return setMessage(parsed.error);
    // The permission prompt must come straight from the click, before anything else is awaited.
    const granted = await browser.permissions.request({ origins: [parsed.pattern] }).catch(() => false);
    if (!granted) return setMessage(`Permission for ${parsed.host} was not granted, so Attune will not read it.`);
    await customDomainsItem.setValue(addDomain(await customDomainsItem.getValue(), parsed.pattern, new Date(), site || undefined));
    setInput('');
    setMessage(`Attune now reads conversations on ${parsed.host}. Reload its tabs.`);
  };

  const remove = async (pattern: string) => {
    await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    await customDomainsItem.setValue(removeDomain(await customDomainsItem.getValue(), pattern));
    setMessage(`Removed ${pattern}.`);
  };

  return (
    <section aria-labelledby="custom-domains">
      <h2 id="custom-domains">Custom helpdesk domains</h2>
      <p>For a self-hosted helpdesk (Zammad, FreeScout, Chatwoot…) or one on your own domain.</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label htmlFor="domain">Helpdesk address</label>
        <input id="domain" value={input} onChange={(event) => setInput(event.target.value)} placeholder="help.example.com" />
        <label htmlFor="domain-site">Helpdesk</label>
        <select id="domain-site" value={site} onChange={(event) => setSite(event.target.value)}>
          <option value="">Detect automatically</option>
          {SITE_IDS.map((id) => (
            <option key={id} value={id}>
              {SITE_NAMES[id]}
            </option>
          ))}
        </select>
        <button type="submit">Add</button>
      </form>
      <ul>
        {domains.map((domain) => (
          <li key={domain.pattern}>
            {domain.pattern} · {domain.site ? SITE_NAMES[domain.site as keyof typeof SITE_NAMES] ?? domain.site : 'detected automatically'} <button onClick={() => void remove(domain.pattern)}>Remove</button>
          </li>
        ))}
      </ul>
      <p role="status">{message}</p>
    </section>
  );
}
