import { describe, expect, it } from 'vitest';
import type { ConversationMessage } from '../../utils/conversation/model';
import { prefillOrderFacts, type OrderFactsPrefill, type PrefilledFacts } from '../../utils/policy/prefill';
import { japaneseNumber } from '../../utils/policy/prefill-numbers';

/** Wednesday 20 November 2024, noon local time. */
const NOW = new Date(2024, 10, 20, 12);

function prefill(text: string, language: 'en' | 'ja'): OrderFactsPrefill {
  return prefillOrderFacts([{ role: 'customer', text }], language, NOW);
}

/** Every evidence span must point at its own text inside the message. */
function expectSpansPointIntoText(result: OrderFactsPrefill, messages: readonly ConversationMessage[]) {
  for (const evidence of Object.values(result.evidence)) {
    expect(messages[evidence.messageIndex]!.text.slice(evidence.start, evidence.end)).toBe(evidence.text);
    expect(evidence.text.length).toBeGreaterThan(0);
  }
  expect(Object.keys(result.evidence).sort()).toEqual(Object.keys(result.facts).sort());
}

const EN: [string, PrefilledFacts][] = [
  // condition
  ['My mug arrived broken.', { condition: 'damaged', category: 'home' }],
  ['The screen is cracked', { condition: 'damaged' }],
  ['it came smashed to pieces', { condition: 'damaged' }],
  ['The headphones stopped working after a day', { condition: 'defective', category: 'electronics' }],
  ["my charger won't turn on", { condition: 'defective', category: 'electronics' }],
  ['They sent the wrong size', { condition: 'wrong-item' }],
  ['This is not what I ordered', { condition: 'wrong-item' }],
  ['It’s still sealed, never opened', { condition: 'unopened' }],
  ["I haven't even opened it", { condition: 'unopened' }],
  ["I tried it on and it doesn't fit", { condition: 'opened' }],
  ["I've used it twice", { condition: 'used' }],
  ['I opened it and the lamp inside was shattered', { condition: 'damaged', category: 'home' }],
  // negated, hedged, or not about the item: nothing
  ["It's not damaged, I just changed my mind", {}],
  ["I don't think it's broken", {}],
  ['If it arrives broken, can I send it back?', {}],
  ['The box was crushed but the lamp is fine', { category: 'home' }],
  ['I ordered the wrong size, my mistake', {}],
  // days since delivery
  ['It arrived yesterday', { daysSinceDelivery: 1 }],
  ['The parcel was delivered three weeks ago', { daysSinceDelivery: 21 }],
  ['It was delivered on Nov 3', { daysSinceDelivery: 17 }],
  ['It arrived on the 3rd of November', { daysSinceDelivery: 17 }],
  ['I received it 10 days ago', { daysSinceDelivery: 10 }],
  ['got it a couple of days ago', { daysSinceDelivery: 2 }],
  ['The package arrived last Monday', { daysSinceDelivery: 2 }],
  ['Two weeks ago the order arrived', { daysSinceDelivery: 14 }],
  ["It's been twelve days since it arrived", { daysSinceDelivery: 12 }],
  ['It should have arrived 3 days ago', {}],
  ['I ordered it two weeks ago', {}],
  ['It arrived over a month ago', {}],
  ['I got an email 3 days ago', {}],
  ['Three weeks ago I ordered a kettle that arrived yesterday', { daysSinceDelivery: 1, category: 'electronics' }],
  // gift
  ['It was a gift from my aunt', { gift: true }],
  ['I bought it as a birthday present for my mom', { gift: true }],
  ['I paid with a gift card', {}],
  ["It wasn't a gift", {}],
  // request
  ["I'd like a refund please", { request: 'refund' }],
  ['Can I get my money back?', { request: 'refund' }],
  ['Could I exchange it for a medium?', { request: 'exchange' }],
  ['Please send a replacement', { request: 'replacement' }],
  ['Store credit is fine', { request: 'store-credit' }],
  ["I don't want a refund, just send another one", { request: 'replacement' }],
  ['Store credit instead of a refund would be great', { request: 'store-credit' }],
  // category and price
  ['I paid $89.99 for the dress', { price: 89.99, category: 'apparel' }],
  ['it cost 89.99 dollars', { price: 89.99 }],
  ['It was $1,249.00', { price: 1249 }],
  ['I paid $45 plus $6.95 shipping', { price: 45 }],
  ['I had a $10 coupon', {}],
  ['The lipstick and the shirt', {}],
  ['The ice cream melted', { category: 'food' }],
];

const JA: [string, PrefilledFacts][] = [
  // condition
  ['マグカップが割れて届きました', { condition: 'damaged', category: 'home' }],
  ['商品が破損していました', { condition: 'damaged' }],
  ['イヤホンが動かないです', { condition: 'defective', category: 'electronics' }],
  ['充電器が故障しました', { condition: 'defective', category: 'electronics' }],
  ['違う商品が届きました', { condition: 'wrong-item' }],
  ['服のサイズが違いました', { condition: 'wrong-item', category: 'apparel' }],
  ['未開封です', { condition: 'unopened' }],
  ['まだ開封していません', { condition: 'unopened' }],
  ['開封済みですが返品できますか', { condition: 'opened' }],
  ['一度使用しました', { condition: 'used' }],
  ['箱を開けたら割れていました', { condition: 'damaged' }],
  // negated or hedged: nothing
  ['破損はしていません', {}],
  ['壊れてはいないのですが', {}],
  ['割れていたら交換できますか', { request: 'exchange' }],
  ['外箱が潰れていましたが中身は無事です', {}],
  ['ギフトカードを使いました', {}],
  // days since delivery
  ['3日前に届いた', { daysSinceDelivery: 3 }],
  ['先週届いたばかりです', { daysSinceDelivery: 7 }],
  ['昨日届きました', { daysSinceDelivery: 1 }],
  ['三日前に届きました', { daysSinceDelivery: 3 }],
  ['１０日前に届きました', { daysSinceDelivery: 10 }],
  ['11月3日に届きました', { daysSinceDelivery: 17 }],
  ['昨日、商品が届きました', { daysSinceDelivery: 1 }],
  ['届いてから2週間経ちました', { daysSinceDelivery: 14 }],
  ['3日前に注文したのに、まだ届いていません', {}],
  ['3日前に注文した商品が昨日届きました', { daysSinceDelivery: 1 }],
  ['昨日届く予定でした', {}],
  // gift
  ['プレゼント用に買いました', { gift: true }],
  ['母への贈り物です', { gift: true }],
  ['贈り物ではありません', {}],
  // request
  ['返金をお願いします', { request: 'refund' }],
  ['交換してください', { request: 'exchange' }],
  ['代わりの商品を送ってください', { request: 'replacement' }],
  ['返金ではなく交換を希望します', { request: 'exchange' }],
  ['ポイントでの返金でも構いません', { request: 'store-credit' }],
  // category and price
  ['3,980円でした', { price: 3980 }],
  ['¥3,980で購入しました', { price: 3980 }],
  ['￥２，５００でした', { price: 2500 }],
  ['送料500円がかかりました', {}],
  ['化粧品を返品したいです', { category: 'beauty' }],
  ['食品は返品できますか', { category: 'food' }],
];

describe('prefillOrderFacts, English', () => {
  it.each(EN)('%s', (text, expected) => {
    const result = prefill(text, 'en');
    expect(result.facts).toEqual(expected);
    expectSpansPointIntoText(result, [{ role: 'customer', text }]);
  });
});

describe('prefillOrderFacts, Japanese', () => {
  it.each(JA)('%s', (text, expected) => {
    const result = prefill(text, 'ja');
    expect(result.facts).toEqual(JSON.parse(JSON.stringify(expected)));
    expectSpansPointIntoText(result, [{ role: 'customer', text }]);
  });
});

describe('prefillOrderFacts across a conversation', () => {
  it('reads every fact of a typical upset message, with the words that said it', () => {
    const text = 'Hi, my mug arrived broken three weeks ago. It was a gift for my mom. I paid $24.99. Can I get a refund?';
    const result = prefill(text, 'en');
    expect(result.facts).toEqual({ condition: 'damaged', daysSinceDelivery: 21, category: 'home', price: 24.99, gift: true, request: 'refund' });
    expect(result.evidence.condition).toEqual({ text: 'arrived broken', messageIndex: 0, start: 11, end: 25 });
    expect(result.evidence.gift?.text).toBe('was a gift');
    expect(result.evidence.price?.text).toBe('$24.99');
  });

  it('reads customer messages only', () => {
    const messages: ConversationMessage[] = [
      { role: 'agent', text: 'Was it damaged? I can offer a refund of $20.' },
      { role: 'note', text: 'Customer says it arrived yesterday, wants an exchange' },
      { role: 'customer', text: 'Hello, about my order.' },
    ];
    expect(prefillOrderFacts(messages, 'en', NOW)).toEqual({ facts: {}, evidence: {} });
  });

  it('takes the newest statement and points at its message', () => {
    const messages: ConversationMessage[] = [
      { role: 'customer', text: 'It arrived yesterday and I want a refund.' },
      { role: 'agent', text: 'Sorry to hear that. When did it arrive?' },
      { role: 'customer', text: 'Sorry, it actually arrived 5 days ago. An exchange is fine too.' },
    ];
    const result = prefillOrderFacts(messages, 'en', NOW);
    expect(result.facts).toEqual({ daysSinceDelivery: 5, request: 'exchange' });
    expect(result.evidence.daysSinceDelivery).toMatchObject({ messageIndex: 2, text: 'arrived 5 days ago' });
    expectSpansPointIntoText(result, messages);
  });

  it('lets a fault reported earlier outweigh a newer "I opened it"', () => {
    const messages: ConversationMessage[] = [
      { role: 'customer', text: 'The lamp arrived cracked.' },
      { role: 'customer', text: 'I opened it right away to check.' },
    ];
    expect(prefillOrderFacts(messages, 'en', NOW).facts.condition).toBe('damaged');
  });

  it('takes the furthest an item has gone for change of mind', () => {
    const messages: ConversationMessage[] = [
      { role: 'customer', text: 'I washed it once.' },
      { role: 'customer', text: 'I opened it on Monday.' },
    ];
    expect(prefillOrderFacts(messages, 'en', NOW).facts.condition).toBe('used');
  });

  it('counts relative days from when the message was written, when the page gives a timestamp', () => {
    const written = new Date(2024, 10, 17, 12).toISOString();
    const result = prefillOrderFacts([{ role: 'customer', text: 'It arrived yesterday.', time: written }], 'en', NOW);
    expect(result.facts.daysSinceDelivery).toBe(4);
    // A visible label such as "3:45 PM" is no date: count from now.
    expect(prefillOrderFacts([{ role: 'customer', text: 'It arrived yesterday.', time: '3:45 PM' }], 'en', NOW).facts.daysSinceDelivery).toBe(1);
  });

  it('leaves a fact out when the newest message states two different values', () => {
    expect(prefill('It was $40 but now the site says $30', 'en').facts.price).toBeUndefined();
    expect(prefill('It arrived yesterday, no wait, it arrived 3 days ago', 'en').facts.daysSinceDelivery).toBeUndefined();
  });

  it('puts a date in the future into last year', () => {
    expect(prefill('It was delivered on December 24', 'en').facts.daysSinceDelivery).toBe(332);
  });

  it('reads a Japanese conversation the same way', () => {
    const messages: ConversationMessage[] = [
      { role: 'customer', text: '3日前に届いたマグカップが割れていました。' },
      { role: 'agent', text: '大変申し訳ございません。' },
      { role: 'customer', text: 'プレゼント用に3,980円で購入したものです。交換をお願いします。' },
    ];
    const result = prefillOrderFacts(messages, 'ja', NOW);
    expect(result.facts).toEqual({ condition: 'damaged', daysSinceDelivery: 3, category: 'home', price: 3980, gift: true, request: 'exchange' });
    expect(result.evidence.daysSinceDelivery).toMatchObject({ messageIndex: 0, text: '3日前に届いた' });
    expectSpansPointIntoText(result, messages);
  });
});

describe('japaneseNumber', () => {
  it.each([
    ['3', 3],
    ['三', 3],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['百', undefined],
  ])('%s → %s', (text, value) => expect(japaneseNumber(text)).toBe(value));
});
