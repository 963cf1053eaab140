/**
 * Why an address was refused, as a message key: parseDomainInput (utils/settings/custom-domains.ts) decides
 * whether it is accepted and its English reason serves the CLI and tests; the options page says it in the
 * UI language. Mirrors parseDomainInput's order of checks.
 */
export function domainErrorMessage(input: string): { key: string; substitutions?: string[] } {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return { key: 'options_domainErrorEmpty' };
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed)) {
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      return { key: 'options_domainErrorNotUrl', substitutions: [input.trim()] };
    }
    if (url.protocol !== 'https:') return { key: 'options_domainErrorHttps' };
    return { key: 'options_domainErrorHost', substitutions: [url.hostname] };
  }
  return { key: 'options_domainErrorHost', substitutions: [trimmed.replace(/[/?#].*$/, '')] };
}
