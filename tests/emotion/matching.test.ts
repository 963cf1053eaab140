import { describe, expect, it } from 'vitest';
import { analyzeMessage, compileEngine } from '../../utils/analyze';
import type { Pack } from '../../utils/pack/schema';
import { EN_MINI, engine, flagged } from './helpers';

describe('English matching', () => {
  it('matches whole words only', () => {
    expect(flagged('I am mad')).toEqual(['mad:anger']);
    expect(flagged('I made it, nomad')).toEqual([]);
    expect(flagged('unfrustrated frustratedly')).toEqual([]);
  });

  it('matches only the inflections the pack lists', () => {
    expect(flagged('so frustrating, such frustration, frustrated')).toEqual([
      'frustrating:frustration',
      'frustration:frustration',
      'frustrated:frustration',
    ]);
    expect(flagged('it frustrates me')).toEqual([]);
  });

  it('is case-insensitive and treats curly and straight apostrophes alike', () => {
    expect(flagged('I am WORRIED sick. Angry!')).toEqual(['WORRIED:anxiety', 'Angry:anger']);
    expect(flagged("I'm at my wit’s end")).toEqual(['at my wit’s end:frustration']);
    expect(flagged("I'm at my wit's end")).toEqual(["at my wit's end:frustration"]);
  });

  it('allows flexible whitespace and hyphens inside phrases', () => {
    expect(flagged('I am fed   up')).toEqual(['fed   up:frustration']);
    expect(flagged('I am fed\nup')).toEqual(['fed\nup:frustration']);
    expect(flagged('totally fed-up')).toEqual(['fed-up:frustration']);
    expect(flagged('I am fed\n\nup')).toEqual([]); // a paragraph break ends the phrase
  });

  it('prefers the longest match on overlaps', () => {
    const pack: Pack = {
      ...EN_MINI,
      id: 'overlap',
      emotions: [
        { id: 'anger', label: 'Anger', valence: 'negative', terms: [{ text: 'mad', frame: 'state' }], mirrors: [{ frame: 'state', text: '{word}' }] },
        { id: 'frustration', label: 'Frustration', valence: 'negative', terms: [{ text: 'driving me mad', frame: 'phrase' }], mirrors: [{ frame: 'phrase', text: '{word}' }] },
      ],
    };
    const e = compileEngine([pack]);
    expect(analyzeMessage(e, "it's driving me mad").emotions.map((f) => `${f.text}:${f.category}`)).toEqual(['driving me mad:frustration']);
  });

  it('lets ignore phrases suppress the words inside them', () => {
    expect(flagged("Happy to help if you need photos. I hate to bother you but I'm furious")).toEqual(['furious:anger']);
    expect(flagged("I'm afraid I entered the wrong address")).toEqual([]);
  });

  it('reports exact spans in the message as given, in UTF-16 units', () => {
    const text = '😡😡 Honestly, I’m   FURIOUS about this';
    const [flag] = analyzeMessage(engine, text, { language: 'en' }).emotions;
    expect(flag).toBeDefined();
    expect(text.slice(flag!.start, flag!.end)).toBe('FURIOUS');
    expect(flag!.text).toBe('FURIOUS');
    expect(flag!.start).toBe(text.indexOf('FURIOUS'));
  });

  it('keeps spans right when full-width characters are folded', () => {
    const text = 'ＡＳＡＰ please, I am ｆｕｒｉｏｕｓ';
    const flags = analyzeMessage(engine, text, { language: 'en' }).emotions;
    expect(flags.map((f) => [f.text, text.slice(f.start, f.end)])).toEqual([
      ['ＡＳＡＰ', 'ＡＳＡＰ'],
      ['ｆｕｒｉｏｕｓ', 'ｆｕｒｉｏｕｓ'],
    ]);
  });
});

describe('Japanese matching', () => {
  it('finds a word inside unspaced text at word boundaries', () => {
    expect(flagged('とても不安です')).toEqual(['不安:anxiety']);
    expect(flagged('荷物が届かず心配です')).toEqual(['心配:anxiety']);
  });

  it('does not find a kanji word inside a longer word', () => {
    expect(flagged('接続が不安定です')).toEqual([]);
  });

  it('lets a term ending in hiragana run on (stems)', () => {
    expect(flagged('本当に困っています')).toEqual(['困っ:frustration']);
    expect(flagged('困ってる')).toEqual(['困っ:frustration']);
  });

  it('finds katakana and hiragana words before other scripts', () => {
    expect(flagged('イライラします')).toEqual(['イライラ:frustration']);
    expect(flagged('正直がっかりしました')).toEqual(['がっかり:disappointment']);
  });

  it('reports spans in the original text', () => {
    const text = '【至急】 注文ＡＢ-１２の件、とても不安です。';
    const flags = analyzeMessage(engine, text).emotions;
    expect(flags.map((f) => [f.text, text.slice(f.start, f.end), f.category])).toEqual([
      ['至急', '至急', 'urgency'],
      ['不安', '不安', 'anxiety'],
    ]);
  });

  it('detects the language, or takes it as an option', () => {
    expect(analyzeMessage(engine, 'とても不安です').language).toBe('ja');
    expect(analyzeMessage(engine, 'I am worried about order 12').language).toBe('en');
    expect(analyzeMessage(engine, 'Order #123 とても不安です', { language: 'en' }).language).toBe('en');
  });
});
