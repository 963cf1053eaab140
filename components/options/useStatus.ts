import { useCallback, useState } from 'react';
import { useT } from '../../utils/i18n';

/**
 * A section's status line, kept as a message key so it is said in the language the page shows after the
 * change (choosing 日本語 confirms in Japanese, a reset back to the browser's language in that language).
 */
export function useStatus(): [string, (key: string, substitutions?: string[]) => void] {
  const t = useT();
  const [status, setStatus] = useState<{ key: string; substitutions?: string[] }>();
  const set = useCallback((key: string, substitutions?: string[]) => setStatus({ key, ...(substitutions ? { substitutions } : {}) }), []);
  return [status ? t(status.key, status.substitutions) : '', set];
}
