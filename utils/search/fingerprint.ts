import type { FaqEntry } from '../pack/schema';

/** FNV-1a over every field the index is built from; cheap enough to check on every load. */
export function fingerprintEntries(entries: readonly FaqEntry[]): string {
  let hash = 0x811c9dc5;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x1f;
    hash = Math.imul(hash, 0x01000193);
  };
  for (const entry of entries) {
    add(entry.id);
    add(entry.question);
    add(entry.answer);
    add((entry.tags ?? []).join('\u0000'));
    add(entry.url ?? '');
    add(entry.locale ?? '');
  }
  return `${entries.length}-${(hash >>> 0).toString(36)}`;
}
