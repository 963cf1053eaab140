import { describe, expect, it } from 'vitest';
import { tokenize, TokenKind } from '../../utils/search/tokenize';
import { foldWithOffsets } from '../../utils/search/normalize';

const terms = (text: string) => tokenize(text).map((t) => t.term);

describe('English tokens', () => {
  it('lower-cases, drops stop words and Porter-stems', () => {
    expect(terms('How do I return the DAMAGED items?')).toEqual(['return', 'damag', 'item']);
    expect(terms('shipping shipped ships')).toEqual(['ship', 'ship', 'ship']);
  });

  it('joins contractions and possessives instead of splitting them', () => {
    expect(terms("I can't find my order's receipt")).toEqual(['find', 'order', 'receipt']);
  });

  it('keeps stop words only when asked, marked as such', () => {
    const tokens = tokenize('how much is it', true);
    expect(tokens.map((t) => t.surface)).toEqual(['how', 'much', 'is', 'it']);
    expect(tokens.every((t) => t.stop)).toBe(true);
  });
});

describe('Japanese tokens', () => {
  it('makes overlapping bigrams and grades them by script', () => {
    const tokens = tokenize('返品したい');
    expect(tokens.map((t) => t.term)).toEqual(['返品', '品し', 'した', 'たい']);
    expect(tokens.map((t) => t.kind)).toEqual([TokenKind.Bigram, TokenKind.OkuriganaBigram, TokenKind.KanaBigram, TokenKind.KanaBigram]);
  });

  it('adds a unigram for a lone kanji so inflections meet (届く / 届かない)', () => {
    expect(terms('届かない')).toContain('届');
    expect(terms('届きました')).toContain('届');
    // but not for kanji inside a compound: 不安 is one word, 安 alone is not searched
    expect(terms('不安')).toEqual(['不安']);
  });

  it('handles mixed English and Japanese in one text (each run by its own rule)', () => {
    expect(terms('PayPayで払えますか')).toEqual(expect.arrayContaining(['paypai', '払え', '払']));
  });
});

describe('NFKC folding', () => {
  it('folds full-width Latin and half-width katakana, keeping offsets into the original', () => {
    const text = 'ＲＥＦＵＮＤ ｶﾞｲﾄﾞ';
    const tokens = tokenize(text);
    expect(tokens[0]).toMatchObject({ term: 'refund', start: 0, end: 6 });
    expect(tokens.map((t) => t.term)).toContain('ガイ');
    const guide = tokens.filter((t) => t.kind !== TokenKind.Word);
    expect(text.slice(guide[0]!.start, guide[guide.length - 1]!.end)).toBe('ｶﾞｲﾄﾞ');
  });

  it('maps every folded unit back to an original index', () => {
    const { text, origin } = foldWithOffsets('Aｶﾞb');
    expect(text).toBe('aガb');
    expect(origin).toEqual([0, 1, 3, 4]);
  });
});
