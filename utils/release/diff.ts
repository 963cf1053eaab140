import type { Pack } from '../pack/schema';

export interface SectionDiff {
  section: string;
  added: string[];
  removed: string[];
  changed: string[];
}

/** JSON with sorted keys, so reordering fields in the file is not reported as a change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Entries compared by id. With `ordered`, an entry whose position among the kept entries moved counts as
 * changed, because order decides behaviour there (policy rules: the first match wins).
 */
function byId(section: string, old: readonly { id: string }[] = [], next: readonly { id: string }[] = [], ordered = false): SectionDiff {
  const before = new Map(old.map((entry) => [entry.id, entry]));
  const after = new Map(next.map((entry) => [entry.id, entry]));
  const added = next.filter((entry) => !before.has(entry.id)).map((entry) => entry.id);
  const removed = old.filter((entry) => !after.has(entry.id)).map((entry) => entry.id);
  const changed = new Set(next.filter((entry) => before.has(entry.id) && canonical(before.get(entry.id)) !== canonical(entry)).map((entry) => entry.id));
  if (ordered) {
    const keptBefore = old.filter((entry) => after.has(entry.id)).map((entry) => entry.id);
    const keptAfter = next.filter((entry) => before.has(entry.id)).map((entry) => entry.id);
    keptAfter.forEach((id, index) => {
      if (keptBefore[index] !== id) changed.add(id);
    });
  }
  return { section, added, removed, changed: next.map((entry) => entry.id).filter((id) => changed.has(id)) };
}

/** Words compared as sets: modifier lists are united when packs layer, so order carries no meaning. */
function words(section: string, old: readonly string[] = [], next: readonly string[] = []): SectionDiff {
  const before = new Set(old);
  const after = new Set(next);
  return { section, added: [...after].filter((w) => !before.has(w)), removed: [...before].filter((w) => !after.has(w)), changed: [] };
}

/** Top-level fields compared one by one (name, version …); they are reported as changed, added or removed. */
function fields(section: string, old: Record<string, unknown> | undefined, next: Record<string, unknown> | undefined, keys: readonly string[]): SectionDiff {
  const diff: SectionDiff = { section, added: [], removed: [], changed: [] };
  for (const key of keys) {
    const a = old?.[key];
    const b = next?.[key];
    if (a === undefined && b !== undefined) diff.added.push(key);
    else if (a !== undefined && b === undefined) diff.removed.push(key);
    else if (a !== undefined && canonical(a) !== canonical(b)) diff.changed.push(key);
  }
  return diff;
}

/**
 * What a lead reviews before publishing: per section, the entry ids added, removed and changed (policy rules
 * and fees too, with reordered rules as changed; modifiers as words). Only sections with a difference are listed.
 */
export function diffPacks(old: Pack, next: Pack): SectionDiff[] {
  const op = old.returnPolicy;
  const np = next.returnPolicy;
  const sections: SectionDiff[] = [
    fields('pack', old, next, ['id', 'name', 'version', 'locale', 'description', '$schema']),
    words('modifiers.negators', old.modifiers?.negators, next.modifiers?.negators),
    words('modifiers.intensifiers', old.modifiers?.intensifiers, next.modifiers?.intensifiers),
    words('modifiers.downtoners', old.modifiers?.downtoners, next.modifiers?.downtoners),
    words('modifiers.ignore', old.modifiers?.ignore, next.modifiers?.ignore),
    byId('emotions', old.emotions, next.emotions),
    byId('situations', old.situations, next.situations),
    byId('phrasings', old.phrasings, next.phrasings),
    byId('avoid', old.avoid, next.avoid),
    fields('returnPolicy', op, np, ['id', 'name', 'currency', 'goodwill']),
    byId('returnPolicy.rules', op?.rules, np?.rules, true),
    byId('returnPolicy.fees', op?.fees, np?.fees),
    byId('faq', old.faq, next.faq),
    byId('examples', old.examples, next.examples),
  ];
  return sections.filter((diff) => diff.added.length + diff.removed.length + diff.changed.length > 0);
}
