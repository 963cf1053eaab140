import { describe, expect, it } from 'vitest';
import { ITEM_CONDITIONS, OPTION_STATUSES, RETURN_OPTIONS, type ItemCondition } from '../../utils/pack/schema';
import { evaluateReturnOptions, type OrderFactsInput, type ReturnOption } from '../../utils/policy';
import { EXPLAIN_TEMPLATES, explainOption, formatMoney, type ExplainLanguage } from '../../utils/policy/explain';
import { loadEnPolicy, loadJaPolicy } from '../policy/policies';

const LANGUAGES: ExplainLanguage[] = ['en', 'ja'];

function decide(language: ExplainLanguage, facts: OrderFactsInput) {
  const policy = language === 'ja' ? loadJaPolicy() : loadEnPolicy();
  return evaluateReturnOptions(policy, facts, { locale: language });
}

function line(language: ExplainLanguage, facts: OrderFactsInput, id: ReturnOption['id']): string {
  const decision = decide(language, facts);
  const option = decision.options.find((o) => o.id === id)!;
  return explainOption(language, {
    option,
    options: decision.options,
    condition: facts.condition,
    currency: decision.currency,
    goodwillAmount: facts.goodwillAmount,
  });
}

const damagedMug: OrderFactsInput = { daysSinceDelivery: 3, condition: 'damaged', category: 'home', price: 24.99 };

describe('explanation templates', () => {
  it.each(LANGUAGES)('%s: every option has a line for every status, and an acknowledgement for every condition', (language) => {
    const tpl = EXPLAIN_TEMPLATES[language];
    for (const id of RETURN_OPTIONS) for (const status of OPTION_STATUSES) expect(tpl.option[id][status].length).toBeGreaterThan(10);
    for (const condition of ITEM_CONDITIONS) expect(tpl.empathy[condition].length).toBeGreaterThan(10);
  });

  it('never falls back on "that is our policy" (a phrase to avoid)', () => {
    const all = (language: ExplainLanguage) => JSON.stringify(EXPLAIN_TEMPLATES[language]);
    expect(all('en')).not.toMatch(/polic(y|ies)|rules? (say|state)/i);
    expect(all('ja')).not.toMatch(/規則|規定|ポリシー|決まり/);
  });

  it('writes Japanese in keigo: every sentence ends politely', () => {
    const tpl = EXPLAIN_TEMPLATES.ja;
    const sentences = [...Object.values(tpl.empathy), ...RETURN_OPTIONS.flatMap((id) => Object.values(tpl.option[id])), tpl.noAlternative, tpl.prepaidLabel, tpl.fees, tpl.alternatives]
      .flatMap((text) => text.split('。'))
      .filter((s) => s.length > 0);
    for (const sentence of sentences) {
      expect(sentence, sentence).toMatch(/(ます|ました|ません|です|ございます|ございません|ください|存じます|申し上げます|いたしかねます|いたします|でしょうか)$/);
      expect(sentence, sentence).not.toMatch(/(?<!ま)(だ|する|した|ない)$/);
    }
  });
});

describe('explainOption', () => {
  it.each(LANGUAGES)('%s: every line leads with the acknowledgement, before any option or policy detail', (language) => {
    const conditions: ItemCondition[] = [...ITEM_CONDITIONS];
    for (const condition of conditions) {
      for (const days of [3, 45, 400]) {
        const facts: OrderFactsInput = { daysSinceDelivery: days, condition, category: 'electronics', price: 15, gift: days === 45, goodwillAmount: 10 };
        const decision = decide(language, facts);
        for (const option of decision.options) {
          const text = explainOption(language, { option, options: decision.options, condition, currency: decision.currency, goodwillAmount: 10 });
          expect(text.startsWith(EXPLAIN_TEMPLATES[language].empathy[condition])).toBe(true);
          expect(text).not.toMatch(/\{\w+\}/); // every placeholder filled
          expect(text).not.toMatch(/§|第\d+条/); // clauses are for the agent, not the customer
        }
      }
    }
  });

  it('states an allowed refund plainly, with the prepaid label, after acknowledging the damage', () => {
    expect(line('en', damagedMug, 'refund')).toBe(
      "I'm so sorry your order arrived damaged. That's really disappointing, especially when you were looking forward to it. " +
        'I can refund you to your original payment method. ' +
        "I'll email you a prepaid return label, so sending it back costs you nothing.",
    );
  });

  it('names fees for a change-of-mind refund, lower-casing labels mid-sentence', () => {
    const text = line('en', { daysSinceDelivery: 10, condition: 'opened', category: 'electronics', price: 89.99 }, 'refund');
    expect(text).toContain('Please note: return shipping ($6.95) and restocking fee ($13.50).');
    expect(text).not.toContain('prepaid');
  });

  it('says who is checking when approval is needed, and promises to come back', () => {
    const text = line('en', { daysSinceDelivery: 45, condition: 'unopened', category: 'home', price: 40 }, 'refund');
    expect(text).toContain("I'd like to get you a refund. I'm checking with my team lead now and will get back to you");
    expect(text).not.toContain('Please note'); // fees are only charged if approved: not promised yet
  });

  it('words an approval the agent can give as an offer', () => {
    const text = line('en', { daysSinceDelivery: 45, condition: 'unopened', category: 'home', price: 40, role: 'lead' }, 'refund');
    expect(text).toContain('I can refund you to your original payment method.');
  });

  it('offers what is possible when an option is not', () => {
    const gift = line('en', { ...damagedMug, condition: 'unopened', gift: true }, 'refund');
    expect(gift).toContain("Unfortunately, I'm not able to offer a refund for this order. What I can offer instead is an exchange or store credit.");
    const nothing = line('ja', { daysSinceDelivery: 20, condition: 'used', category: 'home', price: 3000 }, 'refund');
    expect(nothing).toContain(EXPLAIN_TEMPLATES.ja.noAlternative);
  });

  it('fills the goodwill credit with the amount entered, in the customer’s currency style', () => {
    expect(line('en', { ...damagedMug, goodwillAmount: 10 }, 'goodwill-credit')).toContain("I'd like to add a $10.00 credit to your account.");
    expect(line('en', damagedMug, 'goodwill-credit')).toContain("I'd like to add a credit to your account.");
    const ja = line('ja', { daysSinceDelivery: 3, condition: 'damaged', category: 'home', price: 3980, goodwillAmount: 1000 }, 'goodwill-credit');
    expect(ja).toContain('1,000円分のお詫びポイントをお客様のアカウントに付与させていただきます。');
  });

  it('writes Japanese lines in keigo with the Japanese policy', () => {
    const facts: OrderFactsInput = { daysSinceDelivery: 3, condition: 'damaged', category: 'home', price: 3980 };
    expect(line('ja', facts, 'exchange')).toBe(
      'お待ちいただいていた商品が破損した状態で届いてしまい、さぞご落胆されたことと存じます。誠に申し訳ございません。' +
        '新しい商品との交換を承ります。ご希望のサイズやお色をお知らせいただけますでしょうか。' +
        '返送料は当店にて負担いたします。',
    );
    const fee = line('ja', { daysSinceDelivery: 3, condition: 'unopened', category: 'home', price: 3980 }, 'refund');
    expect(fee).toContain('なお、返送料（お客様負担）が発生いたしますので、あらかじめご了承ください。');
    const approval = line('ja', { daysSinceDelivery: 100, condition: 'defective', category: 'electronics', price: 9800 }, 'refund');
    expect(approval).toContain('返金でご対応できるよう、ただいま責任者に確認しております。');
  });

  it('formats money the way each language reads it', () => {
    expect(formatMoney('en', 'USD', 6.95)).toBe('$6.95');
    expect(formatMoney('ja', 'JPY', 3980)).toBe('3,980円');
    expect(formatMoney('en', 'JPY', 3980)).toBe('¥3,980');
  });
});
