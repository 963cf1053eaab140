import { describe, expect, it } from 'vitest';
import { diffPacks } from '../../utils/release/diff';
import type { Pack } from '../../utils/pack/schema';

const rule = (id: string, refund: 'allowed' | 'not-allowed' = 'allowed') => ({ id, clause: `§ ${id}`, when: {}, set: { refund } });

const base: Pack = {
  id: 'acme-en',
  name: 'Acme',
  version: '1.0.0',
  locale: 'en',
  modifiers: { negators: ['not', 'never'], intensifiers: ['so'] },
  situations: [{ id: 'late-delivery', label: 'Late', cues: ['late'] }],
  phrasings: [
    { id: 'late-ack', situation: 'late-delivery', step: 'acknowledge', text: 'Sorry it is late.' },
    { id: 'late-explain', situation: 'late-delivery', step: 'explain', text: 'The carrier is behind.' },
  ],
  returnPolicy: { id: 'p', name: 'Policy', currency: 'USD', rules: [rule('a'), rule('b'), rule('c')], fees: [{ id: 'restock', clause: '§9', label: 'Restocking', options: ['refund'], when: {}, amount: 5 }] },
  faq: [{ id: 'Q-1', question: 'Where?', answer: 'Here.' }],
};

const clone = (): Pack => structuredClone(base);

describe('diffPacks', () => {
  it('finds nothing between a pack and itself, or a copy with its fields in another order', () => {
    expect(diffPacks(base, clone())).toEqual([]);
    const reordered = clone();
    reordered.faq = base.faq!.map(({ answer, question, id }) => ({ answer, question, id }));
    expect(diffPacks(base, reordered)).toEqual([]);
  });

  it('names added, removed and changed entries by id, in the new order', () => {
    const next = clone();
    next.version = '1.1.0';
    next.phrasings = [
      { id: 'late-explain', situation: 'late-delivery', step: 'explain', text: 'The carrier is two days behind.' },
      { id: 'late-next', situation: 'late-delivery', step: 'next-step', text: 'I will email you the tracking link.' },
    ];
    next.faq!.push({ id: 'Q-2', question: 'When?', answer: 'Soon.' });
    expect(diffPacks(base, next)).toEqual([
      { section: 'pack', added: [], removed: [], changed: ['version'] },
      { section: 'phrasings', added: ['late-next'], removed: ['late-ack'], changed: ['late-explain'] },
      { section: 'faq', added: ['Q-2'], removed: [], changed: [] },
    ]);
  });

  it('reports modifiers as words added and removed, ignoring their order', () => {
    const next = clone();
    next.modifiers = { negators: ['never', 'not', 'no'], downtoners: ['a bit'] };
    expect(diffPacks(base, next)).toEqual([
      { section: 'modifiers.negators', added: ['no'], removed: [], changed: [] },
      { section: 'modifiers.intensifiers', added: [], removed: ['so'], changed: [] },
      { section: 'modifiers.downtoners', added: ['a bit'], removed: [], changed: [] },
    ]);
  });

  it('compares policy rules and fees by id, and counts reordered rules as changed because the first match wins', () => {
    const next = clone();
    next.returnPolicy!.rules = [rule('b'), rule('a'), rule('c', 'not-allowed'), rule('d')];
    next.returnPolicy!.fees = [];
    next.returnPolicy!.name = 'Policy 2026';
    expect(diffPacks(base, next)).toEqual([
      { section: 'returnPolicy', added: [], removed: [], changed: ['name'] },
      { section: 'returnPolicy.rules', added: ['d'], removed: [], changed: ['b', 'a', 'c'] },
      { section: 'returnPolicy.fees', added: [], removed: ['restock'], changed: [] },
    ]);
  });

  it('does not count a rule as moved when only an earlier rule was removed', () => {
    const next = clone();
    next.returnPolicy!.rules = [rule('b'), rule('c')];
    expect(diffPacks(base, next)).toEqual([{ section: 'returnPolicy.rules', added: [], removed: ['a'], changed: [] }]);
  });

  it('handles whole sections appearing and disappearing', () => {
    const next = clone();
    delete next.returnPolicy;
    delete next.situations;
    next.avoid = [{ id: 'calm-down', phrase: 'calm down', reason: 'dismissive', alternative: 'I understand.' }];
    expect(diffPacks(base, next)).toEqual([
      { section: 'situations', added: [], removed: ['late-delivery'], changed: [] },
      { section: 'avoid', added: ['calm-down'], removed: [], changed: [] },
      { section: 'returnPolicy', added: [], removed: ['id', 'name', 'currency'], changed: [] },
      { section: 'returnPolicy.rules', added: [], removed: ['a', 'b', 'c'], changed: [] },
      { section: 'returnPolicy.fees', added: [], removed: ['restock'], changed: [] },
    ]);
  });
});
