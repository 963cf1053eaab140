import type { Pack } from './schema';
import type { PackProblem } from './problems';
import { PLACEHOLDERS } from './placeholders';

/**
 * Checks a schema-valid pack for what zod cannot see: duplicate ids, references to categories or situations
 * that exist neither in this pack nor in the packs it will be layered on (`base`), frames without a mirror
 * template, unknown placeholders, impossible policy windows.
 */
export function checkPack(pack: Pack, base: readonly Pack[] = []): PackProblem[] {
  const problems: PackProblem[] = [];
  const sameLocale = base.filter((layer) => primaryLanguage(layer.locale) === primaryLanguage(pack.locale));

  for (const section of ['emotions', 'situations', 'phrasings', 'avoid', 'faq', 'examples'] as const) {
    const entries = pack[section] as { id: string }[] | undefined;
    problems.push(...duplicateIds(entries ?? [], section));
  }

  const termOwners = new Map<string, string>();
  pack.emotions?.forEach((category, c) => {
    const frames = new Set(category.mirrors.map((template) => template.frame));
    category.terms.forEach((term, t) => {
      const path = `emotions[${c}].terms[${t}]`;
      if (!frames.has(term.frame)) {
        problems.push({
          path: `${path}.frame`,
          message: `frame "${term.frame}" has no mirror template in category "${category.id}" (templates exist for: ${[...frames].join(', ')})`,
        });
      }
      const key = term.text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
      const owner = termOwners.get(key);
      if (owner) problems.push({ path: `${path}.text`, message: `term "${term.text}" is already listed at ${owner}` });
      else termOwners.set(key, path);
    });
    category.mirrors.forEach((template, m) => {
      if (!template.text.includes('{word}')) {
        problems.push({ path: `emotions[${c}].mirrors[${m}].text`, message: 'a mirror template must contain {word}' });
      }
    });
  });

  const categories = idSet(pack.emotions, sameLocale.flatMap((layer) => layer.emotions ?? []));
  const situations = idSet(pack.situations, sameLocale.flatMap((layer) => layer.situations ?? []));

  pack.phrasings?.forEach((phrasing, p) => {
    if (!situations.has(phrasing.situation)) {
      problems.push({ path: `phrasings[${p}].situation`, message: unknownRef('situation', phrasing.situation, situations) });
    }
    for (const match of phrasing.text.matchAll(/\{([^{}|]*)(?:\|[^{}]*)?\}/g)) {
      const name = match[1] ?? '';
      if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
        problems.push({ path: `phrasings[${p}].text`, message: `unknown placeholder {${name}} (known: ${PLACEHOLDERS.join(', ')})` });
      }
    }
  });

  pack.examples?.forEach((example, e) => {
    for (const side of ['must', 'mustNot'] as const) {
      example[side]?.emotions?.forEach((id, i) => {
        if (!categories.has(id)) problems.push({ path: `examples[${e}].${side}.emotions[${i}]`, message: unknownRef('emotion category', id, categories) });
      });
      example[side]?.situations?.forEach((id, i) => {
        if (!situations.has(id)) problems.push({ path: `examples[${e}].${side}.situations[${i}]`, message: unknownRef('situation', id, situations) });
      });
    }
  });

  const policy = pack.returnPolicy;
  if (policy) {
    problems.push(...duplicateIds(policy.rules, 'returnPolicy.rules'), ...duplicateIds(policy.fees ?? [], 'returnPolicy.fees'));
    const windows = [
      ...policy.rules.map((rule, r) => ({ when: rule.when, path: `returnPolicy.rules[${r}].when` })),
      ...(policy.fees ?? []).map((fee, f) => ({ when: fee.when, path: `returnPolicy.fees[${f}].when` })),
    ];
    for (const { when, path } of windows) {
      if (when.minDays !== undefined && when.maxDays !== undefined && when.minDays > when.maxDays) {
        problems.push({ path: `${path}.minDays`, message: `minDays ${when.minDays} is after maxDays ${when.maxDays}` });
      }
      if (when.minPrice !== undefined && when.maxPrice !== undefined && when.minPrice > when.maxPrice) {
        problems.push({ path: `${path}.minPrice`, message: `minPrice ${when.minPrice} is above maxPrice ${when.maxPrice}` });
      }
    }
  }
  return problems;
}

export function primaryLanguage(locale: string): string {
  return locale.split('-')[0]!.toLowerCase();
}

function duplicateIds(entries: readonly { id: string }[], section: string): PackProblem[] {
  const seen = new Map<string, number>();
  const problems: PackProblem[] = [];
  entries.forEach((entry, index) => {
    const first = seen.get(entry.id);
    if (first === undefined) seen.set(entry.id, index);
    else problems.push({ path: `${section}[${index}].id`, message: `duplicate id "${entry.id}" (first used at ${section}[${first}])` });
  });
  return problems;
}

function idSet(own: readonly { id: string }[] | undefined, inherited: readonly { id: string }[]): Set<string> {
  return new Set([...(own ?? []), ...inherited].map((entry) => entry.id));
}

function unknownRef(kind: string, id: string, known: Set<string>): string {
  const list = [...known].sort().join(', ');
  return `unknown ${kind} "${id}"${list ? ` (known: ${list})` : ' (this pack and its base define none)'}`;
}
