import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../utils/analyze';
import { engine, flagged } from './helpers';

const why = (text: string) => analyzeMessage(engine, text).suppressed.map((s) => `${s.text}:${s.reason}`);

describe('words that are not the customer’s feeling now', () => {
  it('skips names and titles in Title Case', () => {
    expect(flagged('Please forward this to Joy Happy in accounts')).toEqual([]);
    expect(flagged('I bought the Happy Paws bed')).toEqual([]);
    expect(why('I bought the Happy Paws bed')).toEqual(['Happy:name']);
    expect(flagged('Happy Friday! Where is my parcel?')).toEqual([]);
    expect(flagged('Happy with it. Thanks')).toEqual(['Happy:joy']);
    expect(flagged('I AM ANGRY')).toEqual(['ANGRY:anger']);
  });

  it("skips someone else's words in double quotes", () => {
    expect(flagged('Don\'t "I understand you\'re frustrated" me. I am angry')).toEqual(['angry:anger']);
    expect(flagged('I am "frustrated" to say the least')).toEqual(['frustrated:frustration']);
  });

  it('skips a feeling that is over', () => {
    expect(flagged("I was so worried it wouldn't come, but it did. Love it")).toEqual(['Love:joy']);
    expect(flagged("I was worried and I still am")).toEqual(['worried:anxiety']);
    expect(flagged('The parcel was late, which was frustrating, but whatever')).toEqual(['frustrating:frustration']);
    expect(flagged('不安でしたが、無事に届きました')).toEqual([]);
  });

  it('skips Japanese titles in brackets, honorifics, product compounds and hypotheticals', () => {
    expect(flagged('「不安ゼロ」という商品はありますか')).toEqual([]);
    expect(flagged('ご心配をおかけしました')).toEqual([]);
    expect(why('ご心配をおかけしました')).toEqual(['心配:honorific']);
    expect(flagged('イライラ解消グッズを探しています')).toEqual([]);
    expect(flagged('不安なら保証をつけます')).toEqual([]);
    expect(flagged('なお心配です')).toEqual(['心配:anxiety']);
  });
});
