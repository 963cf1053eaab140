import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import allEn from '../../public/_locales/en/messages.json';
import allJa from '../../public/_locales/ja/messages.json';
import { setReturnsUiLanguage, t } from '../../components/returns/i18n';
import { ITEM_CATEGORIES, ITEM_CONDITIONS, RETURN_OPTIONS, ROLES } from '../../utils/pack/schema';

// This part's strings: the returns_ keys of the extension's _locales catalogues.
const own = (catalog: Record<string, unknown>) => Object.fromEntries(Object.entries(catalog).filter(([key]) => key.startsWith('returns_')));
const en = own(allEn);
const ja = own(allJa);

const DIR = join(__dirname, '../../components/returns');
const key = (prefix: string, value: string) => `returns_${prefix}_${value.replace(/-/g, '_')}`;

afterEach(() => setReturnsUiLanguage('en'));

describe('returns UI strings', () => {
  it('has the same keys in English and Japanese, all prefixed returns_ and valid for _locales', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const name of Object.keys(en)) expect(name).toMatch(/^returns_[A-Za-z0-9_]+$/);
  });

  it('keeps placeholders in step between the languages', () => {
    for (const [name, entry] of Object.entries(en) as [string, { message: string; placeholders?: object }][]) {
      const other = (ja as Record<string, { message: string; placeholders?: object }>)[name]!;
      expect(Object.keys(other.placeholders ?? {}), name).toEqual(Object.keys(entry.placeholders ?? {}));
      for (const placeholder of Object.keys(entry.placeholders ?? {})) {
        expect(entry.message.toLowerCase(), name).toContain(`$${placeholder}$`);
        expect(other.message.toLowerCase(), name).toContain(`$${placeholder}$`);
      }
    }
  });

  it('defines every key the components ask for', () => {
    const used = new Set<string>();
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.tsx'))) {
      for (const m of readFileSync(join(DIR, file), 'utf8').matchAll(/['`](returns_[A-Za-z0-9_]+)['`]/g)) used.add(m[1]!);
    }
    for (const c of ITEM_CONDITIONS) used.add(key('condition', c));
    for (const c of ITEM_CATEGORIES) used.add(key('category', c));
    for (const o of RETURN_OPTIONS) used.add(key('option', o));
    for (const r of ROLES) used.add(key('role', r));
    expect(used.size).toBeGreaterThan(30);
    for (const name of used) expect(Object.keys(en), name).toContain(name);
  });

  it('never hard-codes UI text in the components', () => {
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.tsx'))) {
      const source = readFileSync(join(DIR, file), 'utf8');
      // Text between JSX tags that is made of letters is a hard-coded string.
      expect(source, file).not.toMatch(/>\s*[A-Za-z\u3040-\u30ff\u4e00-\u9fff][^<>{}]*</);
    }
  });

  it('substitutes like getMessage: named placeholders, $1…, $$ and unknown keys', () => {
    expect(t('returns_fee', ['Return shipping', '$6.95'])).toBe('Return shipping: $6.95');
    expect(t('returns_policy', ['Acme'])).toBe('Policy: Acme');
    expect(t('returns_no_such_key')).toBe('returns_no_such_key'); // a missing key shows itself, never a blank control
    setReturnsUiLanguage('ja');
    expect(t('returns_price', ['JPY'])).toBe('価格（JPY）');
  });
});
