import { describe, expect, it } from 'vitest';
import { ITEM_CONDITIONS, OPTION_STATUSES, RETURN_OPTIONS, type ItemCondition, type OptionStatus, type ReturnOptionId } from '../../utils/pack/schema';
import { evaluateReturnOptions, type OrderFactsInput, type ReturnOption } from '../../utils/policy';
import { EXPLAIN_TEMPLATES, explainOption, formatMoney, type ExplainLanguage, type ExplainRegister } from '../../utils/policy/explain';
import { loadEnPolicy, loadJaPolicy } from '../policy/policies';

const LANGUAGES: ExplainLanguage[] = ['en', 'ja'];
const REGISTERS: ExplainRegister[] = ['polite', 'formal'];
/** Every language with every register: [language, register]. */
const TEMPLATE_SETS = LANGUAGES.flatMap((language) => REGISTERS.map((register) => [language, register] as const));

function decide(language: ExplainLanguage, facts: OrderFactsInput) {
  const policy = language === 'ja' ? loadJaPolicy() : loadEnPolicy();
  return evaluateReturnOptions(policy, facts, { locale: language });
}

function line(language: ExplainLanguage, facts: OrderFactsInput, id: ReturnOption['id'], register?: ExplainRegister): string {
  const decision = decide(language, facts);
  const option = decision.options.find((o) => o.id === id)!;
  return explainOption(language, {
    option,
    options: decision.options,
    condition: facts.condition,
    currency: decision.currency,
    goodwillAmount: facts.goodwillAmount,
    ...(register ? { register } : {}),
  });
}

const damagedMug: OrderFactsInput = { daysSinceDelivery: 3, condition: 'damaged', category: 'home', price: 24.99 };

describe('explanation templates', () => {
  it.each(TEMPLATE_SETS)('%s %s: every option has a line for every status, and an acknowledgement for every condition', (language, register) => {
    const tpl = EXPLAIN_TEMPLATES[language][register];
    for (const id of RETURN_OPTIONS) for (const status of OPTION_STATUSES) expect(tpl.option[id][status].length).toBeGreaterThan(10);
    for (const condition of ITEM_CONDITIONS) expect(tpl.empathy[condition].length).toBeGreaterThan(10);
  });

  it('never falls back on "that is our policy" (a phrase to avoid)', () => {
    const all = (language: ExplainLanguage) => JSON.stringify(EXPLAIN_TEMPLATES[language]);
    expect(all('en')).not.toMatch(/polic(y|ies)|rules? (say|state)/i);
    expect(all('ja')).not.toMatch(/規則|規定|ポリシー|決まり/);
  });

  it.each(REGISTERS)('writes Japanese %s lines so that every sentence ends politely', (register) => {
    const tpl = EXPLAIN_TEMPLATES.ja[register];
    const sentences = [...Object.values(tpl.empathy), ...RETURN_OPTIONS.flatMap((id) => Object.values(tpl.option[id])), tpl.noAlternative, tpl.prepaidLabel, tpl.fees, tpl.alternatives]
      .flatMap((text) => text.split('。'))
      .filter((s) => s.length > 0);
    for (const sentence of sentences) {
      expect(sentence, sentence).toMatch(/(ます|ました|ません|です|ございます|ございません|ください|存じます|申し上げます|いたしかねます|いたします|でしょうか)$/);
      expect(sentence, sentence).not.toMatch(/(?<!ま)(だ|する|した|ない)$/);
    }
  });

  it('keeps one English wording whatever the Japanese setting', () => {
    expect(EXPLAIN_TEMPLATES.en.formal).toBe(EXPLAIN_TEMPLATES.en.polite);
  });
});

/** Every template of one Japanese register that reaches the customer, as one text per template. */
function japaneseTexts(register: ExplainRegister): string[] {
  const tpl = EXPLAIN_TEMPLATES.ja[register];
  return [
    ...Object.values(tpl.empathy),
    ...RETURN_OPTIONS.flatMap((id) => Object.values(tpl.option[id])),
    tpl.alternatives,
    tpl.noAlternative,
    tpl.fees,
    tpl.prepaidLabel,
  ];
}

/** 謙譲語・丁重語 and the set phrases of formal service Japanese; the polite register uses none of them. */
const FORMAL_FORMS = /させていただ|いたします|いたしました|いたしかね|いたしております|おります|承ります|承る|存じ|申し上げ|恐れ入り|誠に|(?<!ありがとう)ございま/;

describe('the Japanese politeness setting', () => {
  /** A bare option in `status`; the others are offered, so a refusal names alternatives. */
  function bare(id: ReturnOptionId, status: OptionStatus): { option: ReturnOption; options: ReturnOption[] } {
    const option: ReturnOption = { id, status, reasons: [], fees: [], ruleIds: [], ...(status === 'needs-approval' ? { approver: 'lead' as const } : {}) };
    const others = RETURN_OPTIONS.filter((other) => other !== id).map((other): ReturnOption => ({ id: other, status: 'allowed', reasons: [], fees: [], ruleIds: [] }));
    return { option, options: [option, ...others] };
  }
  const cases = RETURN_OPTIONS.flatMap((id) => OPTION_STATUSES.map((status) => [id, status] as const));
  const explain = (id: ReturnOptionId, status: OptionStatus, register?: ExplainRegister, language: ExplainLanguage = 'ja') =>
    explainOption(language, { ...bare(id, status), condition: 'damaged', currency: 'JPY', goodwillAmount: 500, ...(register ? { register } : {}) });

  it.each(cases)('%s, %s: the polite and formal lines differ, and polite is the default', (id, status) => {
    const polite = explain(id, status, 'polite');
    const formal = explain(id, status, 'formal');
    expect(formal).not.toBe(polite);
    expect(explain(id, status)).toBe(polite);
    // Not only the acknowledgement: the sentence about the option itself changes too.
    expect(EXPLAIN_TEMPLATES.ja.formal.option[id][status]).not.toBe(EXPLAIN_TEMPLATES.ja.polite.option[id][status]);
  });

  it.each(cases)('%s, %s: formal uses humble forms, polite uses です・ます without them', (id, status) => {
    const formal = explain(id, status, 'formal');
    const polite = explain(id, status, 'polite');
    const formalOption = EXPLAIN_TEMPLATES.ja.formal.option[id][status];
    expect(formalOption, formalOption).toMatch(/いたし|させていただ|承ります|おります|ございま/);
    expect(polite, polite).not.toMatch(FORMAL_FORMS);
    expect(polite, polite).not.toContain('させていただきます');
    expect(polite).toMatch(/(ます|ません|ください)。$/);
    expect(formal).toMatch(/(ます|ください|でしょうか)。$/);
  });

  it.each(cases)('%s, %s: English is the same in either setting', (id, status) => {
    expect(explain(id, status, 'formal', 'en')).toBe(explain(id, status, 'polite', 'en'));
  });

  it('formal has no plain です・ます form where a humble one exists', () => {
    for (const text of japaneseTexts('formal')) {
      expect(text, text).not.toMatch(/(?<!いた)します/); // → いたします
      expect(text, text).not.toMatch(/ています/); // → ております
      expect(text, text).not.toMatch(/ありません|できません/); // → ございません, いたしかねます
      expect(text, text).not.toMatch(/です[。、が]/); // → でございます
    }
    for (const text of japaneseTexts('polite')) expect(text, text).not.toMatch(FORMAL_FORMS);
  });

  it('writes every condition’s acknowledgement in both registers', () => {
    for (const condition of ITEM_CONDITIONS) {
      const polite = EXPLAIN_TEMPLATES.ja.polite.empathy[condition];
      const formal = EXPLAIN_TEMPLATES.ja.formal.empathy[condition];
      expect(formal).not.toBe(polite);
      expect(polite, polite).not.toMatch(FORMAL_FORMS);
      expect(formal, formal).toMatch(/存じます|ございます|ございません|申し上げます|いたしました|おります/);
    }
  });

  it('words a refusal with its alternatives in each register', () => {
    expect(explain('refund', 'not-allowed', 'polite')).toBe(
      'お待ちいただいていた商品が破損した状態で届いてしまい、本当に申し訳ありません。さぞがっかりされたことと思います。' +
        '申し訳ありませんが、こちらの商品は返金のご対応ができません。' +
        '代わりに、交換またはポイントでのご返金でしたらご案内できます。',
    );
    expect(explain('refund', 'not-allowed', 'formal')).toBe(
      'お待ちいただいていた商品が破損した状態で届いてしまい、さぞご落胆されたことと存じます。誠に申し訳ございません。' +
        '誠に恐れ入りますが、本商品は返金でのご対応をいたしかねます。' +
        '代わりに、交換またはポイントでのご返金でしたら承ることができます。',
    );
  });

  it('words the approval wait and the goodwill credit in each register', () => {
    expect(explain('replacement', 'needs-approval', 'polite')).toContain(
      '代わりの商品をお送りできるよう、ただいま責任者に確認しています。確認が取れしだい、改めてご連絡します。',
    );
    expect(explain('replacement', 'needs-approval', 'formal')).toContain(
      '代わりの商品をお送りできるよう、ただいま責任者に確認しております。確認が取れ次第、改めてご連絡いたします。',
    );
    expect(explain('goodwill-credit', 'allowed', 'polite')).toContain('ご迷惑をおかけしたお詫びに、500円分のポイントをお客様のアカウントにお付けします。');
    expect(explain('goodwill-credit', 'allowed', 'formal')).toContain('ご迷惑をおかけしたお詫びとして、500円分のポイントをお客様のアカウントに付与させていただきます。');
  });

  it('treats the phrasing-only casual register as polite: a customer is never addressed casually here', () => {
    const input = { ...bare('exchange', 'allowed'), condition: 'unopened' as const, currency: 'JPY' };
    expect(explainOption('ja', { ...input, register: 'casual' })).toBe(explainOption('ja', { ...input, register: 'polite' }));
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
          for (const register of REGISTERS) {
            const text = explainOption(language, { option, options: decision.options, condition, currency: decision.currency, goodwillAmount: 10, register });
            expect(text.startsWith(EXPLAIN_TEMPLATES[language][register].empathy[condition])).toBe(true);
            expect(text).not.toMatch(/\{\w+\}/); // every placeholder filled
            expect(text).not.toMatch(/§|第\d+条/); // clauses are for the agent, not the customer
          }
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
    expect(nothing).toContain(EXPLAIN_TEMPLATES.ja.polite.noAlternative);
    expect(nothing).toContain('ご希望に沿えず申し訳ありません。ほかにお力になれることがないか、引き続き確認します。');
  });

  it('fills the goodwill credit with the amount entered, in the customer’s currency style', () => {
    expect(line('en', { ...damagedMug, goodwillAmount: 10 }, 'goodwill-credit')).toContain("I'd like to add a $10.00 credit to your account.");
    expect(line('en', damagedMug, 'goodwill-credit')).toContain("I'd like to add a credit to your account.");
    const ja = line('ja', { daysSinceDelivery: 3, condition: 'damaged', category: 'home', price: 3980, goodwillAmount: 1000 }, 'goodwill-credit');
    expect(ja).toContain('ご迷惑をおかけしたお詫びに、1,000円分のポイントをお客様のアカウントにお付けします。');
    expect(ja).not.toMatch(/お詫び.*お詫び/); // "as an apology … an apology credit" said once, not twice
  });

  it('writes Japanese lines with the Japanese policy, in the register asked for', () => {
    const facts: OrderFactsInput = { daysSinceDelivery: 3, condition: 'damaged', category: 'home', price: 3980 };
    expect(line('ja', facts, 'exchange', 'formal')).toBe(
      'お待ちいただいていた商品が破損した状態で届いてしまい、さぞご落胆されたことと存じます。誠に申し訳ございません。' +
        '新しい商品との交換を承ります。ご希望のサイズやお色、あるいは別の商品をお知らせいただけますでしょうか。' +
        '返送料は当店にて負担いたします。',
    );
    expect(line('ja', facts, 'exchange', 'polite')).toBe(
      'お待ちいただいていた商品が破損した状態で届いてしまい、本当に申し訳ありません。さぞがっかりされたことと思います。' +
        '新しい商品とお取り替えします。ご希望のサイズや色、または別の商品をお知らせください。' +
        '返送料は当店で負担します。',
    );
    expect(line('ja', facts, 'exchange')).toBe(line('ja', facts, 'exchange', 'polite'));
    const unopened: OrderFactsInput = { daysSinceDelivery: 3, condition: 'unopened', category: 'home', price: 3980 };
    expect(line('ja', unopened, 'refund', 'formal')).toContain('なお、返送料（お客様負担）が発生いたしますので、あらかじめご了承ください。');
    expect(line('ja', unopened, 'refund', 'polite')).toContain('なお、返送料（お客様負担）がかかりますので、ご了承ください。');
    const late: OrderFactsInput = { daysSinceDelivery: 100, condition: 'defective', category: 'electronics', price: 9800 };
    expect(line('ja', late, 'refund', 'formal')).toContain('返金にて対応させていただけるよう、ただいま責任者に確認しております。');
    expect(line('ja', late, 'refund', 'polite')).toContain('ご返金できるよう、ただいま責任者に確認しています。');
  });

  it('formats money the way each language reads it', () => {
    expect(formatMoney('en', 'USD', 6.95)).toBe('$6.95');
    expect(formatMoney('ja', 'JPY', 3980)).toBe('3,980円');
    expect(formatMoney('en', 'JPY', 3980)).toBe('¥3,980');
  });
});
