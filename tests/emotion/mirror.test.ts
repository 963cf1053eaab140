import { describe, expect, it } from 'vitest';
import { analyzeMessage, compileEngine } from '../../utils/analyze';
import { mirrorLine, mirrorWord, stableHash, templatesFor } from '../../utils/emotion/mirror';
import type { EmotionCategory, Pack } from '../../utils/pack/schema';
import { EN_MINI, engine } from './helpers';

const lines = (text: string, options = {}) => analyzeMessage(engine, text, options).mirrorLines;

describe('mirror lines', () => {
  it("reuse the customer's own word in the template for its frame", () => {
    expect(lines("I'm worried")).toEqual(["I understand you're worried."]);
    expect(lines('such a worry')).toEqual(['I understand the worry.']);
    expect(lines('I hate this')).toEqual(['I understand why you hate this.']);
  });

  it("use the term's mirror when the pack gives one", () => {
    expect(lines("I'm at my wit's end")).toEqual(["I can hear how at your wit's end you are."]);
  });

  it('lowercase the matched word, unless the pack spells it with capitals', () => {
    expect(lines('I am FURIOUS')).toEqual(["I can hear that you're furious, and I'd be furious too."]);
    expect(lines('need it asap')).toEqual(['I understand you need this ASAP.']);
  });

  it('tidy whitespace inside a phrase', () => {
    expect(lines('I am fed\n   up')).toEqual(['I can hear how fed up you are.']);
  });

  it('pick a template deterministically, by a stable hash of the word', () => {
    const category = EN_MINI.emotions!.find((c) => c.id === 'frustration')!;
    const term = category.terms.find((t) => t.text === 'frustrating')!;
    const first = mirrorLine(category, term, 'frustrating', 'polite');
    for (let i = 0; i < 5; i++) expect(mirrorLine(category, term, 'frustrating', 'polite')).toBe(first);
    const quality = templatesFor(category, 'quality', 'polite');
    expect(first).toBe(quality[stableHash('frustrating') % quality.length]!.text.replace('{word}', 'frustrating'));
    expect(stableHash('frustrating')).toBe(stableHash('frustrating'));
  });

  it('are strongest first and never repeated', () => {
    expect(lines("I'm angry. Really FURIOUS!! angry")).toEqual([
      "I can hear that you're furious, and I'd be furious too.",
      "I can hear that you're angry, and I'd be angry too.",
    ]);
  });

  it('give nothing for a frame without templates rather than broken grammar', () => {
    const category: EmotionCategory = { id: 'x', label: 'X', valence: 'negative', terms: [{ text: 'x', frame: 'odd' }], mirrors: [{ frame: 'state', text: '{word}' }] };
    expect(mirrorLine(category, category.terms[0]!, 'x', 'polite')).toBeNull();
  });

  it('respect the Japanese register: polite by default, formal on request', () => {
    expect(lines('とても不安です')).toEqual(['不安なお気持ち、よくわかります。']);
    expect(lines('とても不安です', { register: 'formal' })).toEqual(['ご不安をおかけし、誠に申し訳ございません。']);
  });

  it('fall back to templates without a register', () => {
    expect(lines('本当に怒っています', { register: 'formal' })).toEqual(['お怒りはごもっともです。']);
    // frustration/困っ has only a polite template: formal falls back to it rather than to nothing
    expect(lines('困っています', { register: 'formal' })).toEqual(['お困りのことと思います。']);
  });

  it('keep Japanese words as written', () => {
    const category = { id: 'a', label: 'A', valence: 'negative', terms: [{ text: 'イライラ', frame: 'm' }], mirrors: [{ frame: 'm', text: '{word}' }] } as const;
    expect(mirrorWord(category.terms[0], 'イライラ')).toBe('イライラ');
  });
});

describe('compileEngine', () => {
  it('layers packs of one language, the later pack winning per category id', () => {
    const overlay: Pack = {
      id: 'team',
      name: 'Team',
      version: '1.0.0',
      locale: 'en-US',
      emotions: [
        { id: 'anger', label: 'Anger', valence: 'negative', terms: [{ text: 'livid', frame: 'state' }], mirrors: [{ frame: 'state', text: 'You sound {word}.' }] },
      ],
    };
    const layered = compileEngine([EN_MINI, overlay]);
    const found = (text: string) => analyzeMessage(layered, text).emotions.map((f) => `${f.text}:${f.category}`);
    expect(found('I am livid')).toEqual(['livid:anger']);
    expect(found('I am angry')).toEqual([]); // the overlay's anger replaced the base category
    expect(found('I am confused')).toEqual(['confused:confusion']);
    expect(analyzeMessage(layered, 'I am livid').mirrorLines).toEqual(['You sound livid.']);
  });

  it('keeps languages apart', () => {
    expect(analyzeMessage(engine, 'とても不安です', { language: 'en' }).emotions).toEqual([]);
    const englishOnly = compileEngine([EN_MINI]);
    const analysis = analyzeMessage(englishOnly, 'とても不安です');
    expect([analysis.language, analysis.emotions.length]).toEqual(['ja', 0]);
  });
});
