import { describe, expect, it } from 'vitest';
import type { FaqEntry } from '../../utils/pack/schema';
import { buildFaqIndex, loadFaqIndex, searchFaq, serializeFaqIndex } from '../../utils/search';

const EN: FaqEntry[] = [
  {
    id: 'refunds',
    question: 'How long does a refund take?',
    answer: 'Refunds are issued to the original payment method within 5 business days of receiving your return.',
    tags: ['money back'],
    url: 'https://help.example/refunds',
  },
  {
    id: 'shipping',
    question: 'How much does shipping cost?',
    answer: 'Standard shipping is free over $50. If you need a refund of shipping charges, see our refund policy.',
  },
  {
    id: 'password',
    question: 'I forgot my password',
    answer: 'Use the reset link on the sign-in page. The link expires after an hour.',
    tags: ['login', 'account'],
  },
];

const JA: FaqEntry[] = [
  { id: 'ja-returns', question: '返品の方法を教えてください', answer: '商品到着後30日以内であれば、マイページから返品できます。', locale: 'ja' },
  { id: 'ja-delivery', question: '商品が届きません', answer: '配送状況は追跡番号でご確認いただけます。安全のため置き配は行っておりません。', locale: 'ja' },
  { id: 'ja-points', question: 'ポイントの使い方', answer: 'ご注文時にポイントをご利用いただけます。安心してお使いください。', locale: 'ja' },
];

describe('searchFaq ranking', () => {
  const index = buildFaqIndex(EN);

  it('ranks a question match above an answer-only match', () => {
    const ids = searchFaq(index, 'refund').map((r) => r.id);
    expect(ids[0]).toBe('refunds');
    expect(ids).toContain('shipping');
  });

  it('returns scores in 0..1, best first, and respects the limit', () => {
    const results = searchFaq(index, 'refund shipping', { limit: 2 });
    expect(results).toHaveLength(2);
    for (const r of results) expect(r.score).toBeGreaterThan(0), expect(r.score).toBeLessThanOrEqual(1);
    expect(results[0]!.score).toBeGreaterThanOrEqual(results[1]!.score);
  });

  it('breaks ties by id, so results are deterministic', () => {
    const twins = buildFaqIndex([
      { id: 'b-entry', question: 'Gift wrapping', answer: 'Yes.' },
      { id: 'a-entry', question: 'Gift wrapping', answer: 'Yes.' },
    ]);
    expect(searchFaq(twins, 'gift wrapping').map((r) => r.id)).toEqual(['a-entry', 'b-entry']);
  });

  it('tolerates typos', () => {
    expect(searchFaq(index, 'refnud')[0]?.id).toBe('refunds');
    expect(searchFaq(index, 'pasword reset')[0]?.id).toBe('password');
  });

  it('treats the last word as a prefix while typing', () => {
    expect(searchFaq(index, 'pas')[0]?.id).toBe('password');
    expect(searchFaq(index, 'pas ')).toEqual([]);
    expect(searchFaq(index, 'pas', { prefix: false })).toEqual([]);
  });

  it('uses synonyms at a discount', () => {
    expect(searchFaq(index, 'can I get my money back')[0]?.id).toBe('refunds');
    expect(searchFaq(index, 'log in problem')[0]?.id).toBe('password');
  });

  it('returns nothing for an empty or stop-word-only query', () => {
    expect(searchFaq(index, '')).toEqual([]);
    expect(searchFaq(index, 'the and of', { prefix: false })).toEqual([]);
  });

  it('filters by locale when asked', () => {
    const both = buildFaqIndex([...EN, ...JA]);
    expect(searchFaq(both, '返品', { locale: 'en' }).map((r) => r.id)).not.toContain('ja-returns');
    expect(searchFaq(both, '返品', { locale: 'ja' })[0]?.id).toBe('ja-returns');
  });
});

describe('Japanese queries', () => {
  const index = buildFaqIndex(JA);

  it('「返品したい」 finds the returns entry', () => {
    expect(searchFaq(index, '返品したい')[0]?.id).toBe('ja-returns');
  });

  it('matches inflections through the lone-kanji unigram (届かない → 届きません)', () => {
    expect(searchFaq(index, '荷物が届かない')[0]?.id).toBe('ja-delivery');
  });

  it('「不安」 does not match 安全 or 安心 inside unrelated words', () => {
    expect(searchFaq(index, '不安')).toEqual([]);
  });
});

describe('match spans', () => {
  it('point at the matched words in the original question and answer', () => {
    const [top] = searchFaq(buildFaqIndex(EN), 'refunds');
    const entry = EN[0]!;
    const question = top!.matches.filter((m) => m.field === 'question').map((m) => entry.question.slice(m.start, m.end));
    const answer = top!.matches.filter((m) => m.field === 'answer').map((m) => entry.answer.slice(m.start, m.end));
    expect(question).toEqual(['refund']);
    expect(answer).toEqual(['Refunds']);
  });

  it('merge overlapping Japanese bigrams into one highlight, without particles', () => {
    const [top] = searchFaq(buildFaqIndex(JA), 'ポイントの使い方');
    expect(top!.id).toBe('ja-points');
    const spans = top!.matches.filter((m) => m.field === 'question').map((m) => JA[2]!.question.slice(m.start, m.end));
    expect(spans).toEqual(['ポイント', '使い方']);
  });

  it('point into the tag they matched', () => {
    const [top] = searchFaq(buildFaqIndex(EN), 'login');
    const tagMatch = top!.matches.find((m) => m.field === 'tags');
    expect(tagMatch).toMatchObject({ tag: 0, start: 0, end: 5 });
  });

  it('survive full-width and half-width text', () => {
    const entries: FaqEntry[] = [{ id: 'wide', question: 'ＲＥＦＵＮＤ ｶﾞｲﾄﾞ', answer: 'See the guide.' }];
    const [top] = searchFaq(buildFaqIndex(entries), 'refund ガイド');
    const spans = top!.matches.filter((m) => m.field === 'question').map((m) => entries[0]!.question.slice(m.start, m.end));
    expect(spans).toEqual(['ＲＥＦＵＮＤ', 'ｶﾞｲﾄﾞ']);
  });
});

describe('serialize / load', () => {
  const entries = [...EN, ...JA];
  const queries = ['refund', 'refnud', 'how much is shipping', 'passw', '返品したい', '届かない', 'money back'];

  it('round-trips through JSON with identical results', () => {
    const built = buildFaqIndex(entries);
    const loaded = loadFaqIndex(JSON.parse(JSON.stringify(serializeFaqIndex(built))), entries);
    for (const q of queries) expect(searchFaq(loaded, q)).toEqual(searchFaq(built, q));
  });

  it('rebuilds instead of using an index made for other entries', () => {
    const stale = serializeFaqIndex(buildFaqIndex(entries));
    const edited = entries.map((e) => (e.id === 'refunds' ? { ...e, question: 'When is my store credit issued?' } : e));
    const loaded = loadFaqIndex(stale, edited);
    expect(searchFaq(loaded, 'store credit')[0]?.id).toBe('refunds');
    expect(loadFaqIndex({ not: 'an index' }, entries).entries).toBe(entries);
  });
});
