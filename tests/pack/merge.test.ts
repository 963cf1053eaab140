import { describe, expect, it } from 'vitest';
import { mergePacks, packsByLanguage } from '../../utils/pack/merge';
import type { Pack } from '../../utils/pack/schema';

const faq = (id: string, answer: string) => ({ id, question: `Q ${id}?`, answer });
const defaults: Pack = {
  id: 'defaults',
  name: 'Defaults',
  version: '1.0.0',
  locale: 'en',
  modifiers: { negators: ['not'], intensifiers: ['really'] },
  faq: [faq('returns', 'Thirty days.'), faq('shipping', 'Three days.')],
  returnPolicy: { id: 'lenient', name: 'Lenient', currency: 'USD', rules: [{ id: 'r', clause: '§1', when: {}, set: { refund: 'allowed' } }] },
};
const holiday: Pack = {
  id: 'team',
  name: 'Team',
  version: '2.1.0',
  locale: 'en-US',
  modifiers: { negators: ['never', 'not'] },
  faq: [faq('gift-wrap', 'Yes.'), faq('returns', 'Until January 31 for holiday orders.')],
};

describe('mergePacks', () => {
  const merged = mergePacks([defaults, holiday]);

  it('lets a later pack win per entry id, in place, and appends new ids', () => {
    expect(merged.faq).toEqual([faq('returns', 'Until January 31 for holiday orders.'), faq('shipping', 'Three days.'), faq('gift-wrap', 'Yes.')]);
  });

  it('keeps sections the overlay does not mention', () => {
    expect(merged.returnPolicy?.id).toBe('lenient');
  });

  it('unites modifier lists without duplicates', () => {
    expect(merged.modifiers).toEqual({ negators: ['not', 'never'], intensifiers: ['really'] });
  });

  it('carries the top layer identity and the list of layers', () => {
    expect([merged.id, merged.version]).toEqual(['team', '2.1.0']);
    expect(merged.layers.map((layer) => `${layer.id}@${layer.version}`)).toEqual(['defaults@1.0.0', 'team@2.1.0']);
  });

  it('does not modify its inputs', () => {
    expect(defaults.faq?.[0]?.answer).toBe('Thirty days.');
  });

  it('replaces the return policy whole', () => {
    const strict: Pack = { ...holiday, returnPolicy: { id: 'strict', name: 'Strict', currency: 'USD', rules: [{ id: 'none', clause: '§1', when: {}, set: { refund: 'not-allowed' } }] } };
    expect(mergePacks([defaults, strict]).returnPolicy?.rules.map((rule) => rule.id)).toEqual(['none']);
  });

  it('refuses to merge nothing', () => {
    expect(() => mergePacks([])).toThrow(/at least one pack/);
  });
});

describe('packsByLanguage', () => {
  it('groups regional locales with their language, keeping order', () => {
    const ja: Pack = { id: 'ja', name: 'JA', version: '1.0.0', locale: 'ja' };
    const groups = packsByLanguage([defaults, ja, holiday]);
    expect([...groups.keys()]).toEqual(['en', 'ja']);
    expect(groups.get('en')?.map((pack) => pack.id)).toEqual(['defaults', 'team']);
  });
});
