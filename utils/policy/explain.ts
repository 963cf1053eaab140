import type { ItemCondition, OptionStatus, Register, ReturnOptionId } from '../pack/schema';
import type { ReturnOption } from './engine';

/**
 * The line an agent can send the customer about one return option. It acknowledges how the customer
 * feels first (their item arrived broken, it didn't suit them), then states the option plainly: what we
 * will do, that we are checking with someone, or that we can't and what we can do instead. Policy
 * clauses stay on the agent's side of the card; "that's our policy" is on the avoid list.
 * Templates are data: {approver}, {credit}, {fees} and {alternatives} are filled by explainOption.
 * Japanese comes in the agent's register (丁寧語 or 尊敬語・謙譲語); English has one.
 */
export type ExplainLanguage = 'en' | 'ja';
/** The agent's Japanese politeness setting (utils/settings/preferences.ts japaneseRegister). */
export type ExplainRegister = 'polite' | 'formal';

export interface ExplainTemplates {
  /** The acknowledgement, by what happened to the item. */
  empathy: Record<ItemCondition, string>;
  option: Record<ReturnOptionId, Record<OptionStatus, string>>;
  /** How an option is named inside "What I can offer instead is …". */
  alternativeName: Record<Exclude<ReturnOptionId, 'goodwill-credit'>, string>;
  alternatives: string;
  noAlternative: string;
  or: string;
  approver: Record<'lead' | 'manager', string>;
  fees: string;
  feeWithAmount: string;
  feeJoin: string;
  prepaidLabel: string;
  /** goodwill credit with and without an amount entered. */
  credit: string;
  creditAny: string;
  /** Sentences are joined with this (a space in English, nothing in Japanese). */
  join: string;
}

const EN_CHECKING = "I'm checking with my {approver} now and will get back to you as soon as I have an answer.";

const EN: ExplainTemplates = {
  empathy: {
    damaged: "I'm so sorry your order arrived damaged. That's really disappointing, especially when you were looking forward to it.",
    defective: "I'm sorry it isn't working the way it should. I know how frustrating that is when you were counting on it.",
    'wrong-item': "I'm really sorry we sent you the wrong item. That's not the experience you should have had with us.",
    unopened: "Thank you for letting me know it isn't quite what you needed.",
    opened: "I understand it didn't turn out to be what you hoped for, and thank you for telling me.",
    used: "Thank you for giving it a try, and I'm sorry it hasn't worked out for you.",
  },
  option: {
    refund: {
      allowed: 'I can refund you to your original payment method.',
      'needs-approval': `I'd like to get you a refund. ${EN_CHECKING}`,
      'not-allowed': "Unfortunately, I'm not able to offer a refund for this order.",
    },
    exchange: {
      allowed: "I can exchange it for you. Just let me know the size, color or item you'd like instead.",
      'needs-approval': `I'd like to arrange an exchange for you. ${EN_CHECKING}`,
      'not-allowed': "Unfortunately, I'm not able to exchange this item.",
    },
    'store-credit': {
      allowed: 'I can add store credit for the full amount to your account, ready to use right away.',
      'needs-approval': `I'd like to offer you store credit for the full amount. ${EN_CHECKING}`,
      'not-allowed': "Unfortunately, I'm not able to offer store credit for this item.",
    },
    replacement: {
      allowed: "I'll send you a replacement at no cost to you.",
      'needs-approval': `I'd like to send you a replacement. ${EN_CHECKING}`,
      'not-allowed': "Unfortunately, I'm not able to send a replacement for this item.",
    },
    'keep-it-refund': {
      allowed: "You don't need to send anything back: I'll refund you in full, and you're welcome to keep or recycle the item.",
      'needs-approval': `I'd like to refund you without you having to send the item back. ${EN_CHECKING}`,
      'not-allowed': "Unfortunately, I'm not able to refund this without the item coming back to us.",
    },
    'goodwill-credit': {
      allowed: "As an apology for the trouble, I'd like to add {credit} to your account.",
      'needs-approval': `As an apology for the trouble, I'd like to add {credit} to your account. ${EN_CHECKING}`,
      'not-allowed': "I'm sorry I'm not able to add a credit to your account this time.",
    },
  },
  alternativeName: {
    refund: 'a refund',
    exchange: 'an exchange',
    'store-credit': 'store credit',
    replacement: 'a replacement',
    'keep-it-refund': 'a refund without sending the item back',
  },
  alternatives: 'What I can offer instead is {alternatives}.',
  noAlternative: "I'm sorry I can't offer more here, and I'll gladly look at what else I can do for you.",
  or: ' or ',
  approver: { lead: 'team lead', manager: 'manager' },
  fees: 'Please note: {fees}.',
  feeWithAmount: '{label} ({amount})',
  feeJoin: ' and ',
  prepaidLabel: "I'll email you a prepaid return label, so sending it back costs you nothing.",
  credit: 'a {amount} credit',
  creditAny: 'a credit',
  join: ' ',
};

/** Japanese wording that does not change with the register. */
const JA_COMMON = {
  alternativeName: {
    refund: 'ご返金',
    exchange: '交換',
    'store-credit': 'ポイントでのご返金',
    replacement: '代わりの商品のお届け',
    'keep-it-refund': 'ご返送不要でのご返金',
  },
  or: 'または',
  approver: { lead: '責任者', manager: '責任者' },
  feeWithAmount: '{label}（{amount}）',
  feeJoin: 'と',
  // Not "お詫びポイント": the goodwill lines already say お詫び once.
  credit: '{amount}分のポイント',
  creditAny: 'ポイント',
  join: '',
} satisfies Partial<ExplainTemplates>;

/**
 * 丁寧語: です・ます, with the plain humble お〜します / ご〜します a customer-service desk uses every day
 * (ご返金します, お送りします), and no いたします・させていただきます・ございます.
 */
const JA_POLITE: ExplainTemplates = {
  ...JA_COMMON,
  empathy: {
    damaged: 'お待ちいただいていた商品が破損した状態で届いてしまい、本当に申し訳ありません。さぞがっかりされたことと思います。',
    defective: '商品が正常に動作せず、ご不便をおかけして申し訳ありません。すぐにお使いになれず、お困りのことと思います。',
    'wrong-item': 'ご注文と違う商品をお届けしてしまい、大変申し訳ありません。お手数をおかけしています。',
    unopened: 'ご連絡ありがとうございます。ご希望に合わなかったとのこと、承知しました。',
    opened: '実際にお手に取っていただいたうえで、ご期待に沿えなかったとのこと、申し訳ありません。お知らせいただき、ありがとうございます。',
    used: 'お試しいただき、ありがとうございます。ご満足いただけなかったとのこと、申し訳ありません。',
  },
  option: {
    refund: {
      allowed: 'ご購入時のお支払い方法でご返金します。',
      'needs-approval': 'ご返金できるよう、ただいま{approver}に確認しています。確認が取れしだい、改めてご連絡します。',
      'not-allowed': '申し訳ありませんが、こちらの商品は返金のご対応ができません。',
    },
    exchange: {
      allowed: '新しい商品とお取り替えします。ご希望のサイズや色、または別の商品をお知らせください。',
      'needs-approval': 'お取り替えできるよう、ただいま{approver}に確認しています。確認が取れしだい、改めてご連絡します。',
      'not-allowed': '申し訳ありませんが、こちらの商品は交換のご対応ができません。',
    },
    'store-credit': {
      allowed: 'ご購入金額の全額を、ポイントとしてお客様のアカウントにお付けします。すぐにお使いいただけます。',
      'needs-approval': 'ご購入金額分をポイントでお返しできるよう、ただいま{approver}に確認しています。確認が取れしだい、改めてご連絡します。',
      'not-allowed': '申し訳ありませんが、こちらの商品はポイントでのご返金ができません。',
    },
    replacement: {
      allowed: '代わりの商品を無料でお送りします。',
      'needs-approval': '代わりの商品をお送りできるよう、ただいま{approver}に確認しています。確認が取れしだい、改めてご連絡します。',
      'not-allowed': '申し訳ありませんが、こちらの商品は代わりの商品をお送りすることができません。',
    },
    'keep-it-refund': {
      allowed: '商品をご返送いただく必要はありません。代金を全額ご返金しますので、お手元の商品はそのままお持ちいただくか、処分していただいてかまいません。',
      'needs-approval': 'ご返送なしでご返金できるよう、ただいま{approver}に確認しています。確認が取れしだい、改めてご連絡します。',
      'not-allowed': '申し訳ありませんが、ご返金には商品のご返送をお願いしています。',
    },
    'goodwill-credit': {
      allowed: 'ご迷惑をおかけしたお詫びに、{credit}をお客様のアカウントにお付けします。',
      'needs-approval': 'お詫びとして{credit}をお付けできるよう、ただいま{approver}に確認しています。確認が取れしだい、改めてご連絡します。',
      'not-allowed': '申し訳ありませんが、今回はポイントをお付けすることができません。',
    },
  },
  alternatives: '代わりに、{alternatives}でしたらご案内できます。',
  noAlternative: 'ご希望に沿えず申し訳ありません。ほかにお力になれることがないか、引き続き確認します。',
  fees: 'なお、{fees}がかかりますので、ご了承ください。',
  prepaidLabel: '返送料は当店で負担します。',
};

/**
 * 尊敬語・謙譲語 throughout: いたします, させていただきます, 承ります, おります, いたしかねます, ございます,
 * and 恐れ入りますが before a refusal, where the polite lines use the plain です・ます forms.
 */
const JA_FORMAL: ExplainTemplates = {
  ...JA_COMMON,
  empathy: {
    damaged: 'お待ちいただいていた商品が破損した状態で届いてしまい、さぞご落胆されたことと存じます。誠に申し訳ございません。',
    defective: '商品が正常に動作せず、ご不便とご心配をおかけしておりますこと、心よりお詫び申し上げます。',
    'wrong-item': 'ご注文とは異なる商品をお届けしてしまい、誠に申し訳ございません。大変お手数をおかけしております。',
    unopened: 'ご連絡いただき、誠にありがとうございます。ご希望に沿わなかったとのこと、承知いたしました。',
    opened: '実際にお手に取っていただいたうえで、ご期待に沿えなかったとのこと、大変心苦しく存じます。ご丁寧にお知らせいただき、誠にありがとうございます。',
    used: 'お試しいただき、誠にありがとうございます。ご満足いただけなかったとのこと、大変申し訳なく存じます。',
  },
  option: {
    refund: {
      allowed: 'ご購入時のお支払い方法にて返金させていただきます。',
      'needs-approval': '返金にて対応させていただけるよう、ただいま{approver}に確認しております。確認が取れ次第、改めてご連絡いたします。',
      'not-allowed': '誠に恐れ入りますが、本商品は返金でのご対応をいたしかねます。',
    },
    exchange: {
      allowed: '新しい商品との交換を承ります。ご希望のサイズやお色、あるいは別の商品をお知らせいただけますでしょうか。',
      'needs-approval': '交換にて対応させていただけるよう、ただいま{approver}に確認しております。確認が取れ次第、改めてご連絡いたします。',
      'not-allowed': '誠に恐れ入りますが、本商品は交換でのご対応をいたしかねます。',
    },
    'store-credit': {
      allowed: 'ご購入金額の全額を、ポイントとしてお客様のアカウントに付与させていただきます。すぐにお使いいただけます。',
      'needs-approval': 'ご購入金額分のポイントにて対応させていただけるよう、ただいま{approver}に確認しております。確認が取れ次第、改めてご連絡いたします。',
      'not-allowed': '誠に恐れ入りますが、本商品はポイントでのご返金をいたしかねます。',
    },
    replacement: {
      allowed: '代わりの商品を無償にてお送りいたします。',
      'needs-approval': '代わりの商品をお送りできるよう、ただいま{approver}に確認しております。確認が取れ次第、改めてご連絡いたします。',
      'not-allowed': '誠に恐れ入りますが、本商品は代わりの商品をお送りいたしかねます。',
    },
    'keep-it-refund': {
      allowed: '商品のご返送は不要でございます。代金を全額返金させていただきますので、お手元の商品はそのままお納めください。',
      'needs-approval': 'ご返送なしで返金させていただけるよう、ただいま{approver}に確認しております。確認が取れ次第、改めてご連絡いたします。',
      'not-allowed': '誠に恐れ入りますが、ご返金にあたりましては、商品のご返送をお願いいたしております。',
    },
    'goodwill-credit': {
      allowed: 'ご迷惑をおかけしたお詫びとして、{credit}をお客様のアカウントに付与させていただきます。',
      'needs-approval': 'お詫びとして{credit}をお贈りできるよう、ただいま{approver}に確認しております。確認が取れ次第、改めてご連絡いたします。',
      'not-allowed': '誠に恐れ入りますが、今回はポイントの付与をいたしかねます。',
    },
  },
  alternatives: '代わりに、{alternatives}でしたら承ることができます。',
  noAlternative: 'ご希望に沿えず心苦しい限りでございますが、ほかにお力になれることがないか、引き続き確認いたします。',
  fees: 'なお、{fees}が発生いたしますので、あらかじめご了承ください。',
  prepaidLabel: '返送料は当店にて負担いたします。',
};

/** English has one register (the setting is for Japanese lines), so both keys name the same templates. */
export const EXPLAIN_TEMPLATES: Record<ExplainLanguage, Record<ExplainRegister, ExplainTemplates>> = {
  en: { polite: EN, formal: EN },
  ja: { polite: JA_POLITE, formal: JA_FORMAL },
};

export interface ExplainInput {
  option: ReturnOption;
  /** Every option of the decision, for "what I can offer instead". */
  options: readonly ReturnOption[];
  condition: ItemCondition;
  currency: string;
  goodwillAmount?: number;
  /** Japanese politeness; polite when not given. 'casual' (a phrasing register) is never used to a customer here. */
  register?: Register;
}

/** The templates one line is written from: formal only when asked for, so every other caller keeps polite. */
export function explainTemplates(language: ExplainLanguage, register: Register = 'polite'): ExplainTemplates {
  return EXPLAIN_TEMPLATES[language][register === 'formal' ? 'formal' : 'polite'];
}

export function formatMoney(language: ExplainLanguage, currency: string, amount: number): string {
  // Japanese customers read yen as 3,980円 rather than ￥3,980.
  if (language === 'ja' && currency === 'JPY') return `${amount.toLocaleString('ja-JP')}円`;
  return new Intl.NumberFormat(language === 'ja' ? 'ja-JP' : 'en-US', { style: 'currency', currency }).format(amount);
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** Usable as if allowed: allowed, or awaiting an approval the agent can give. */
export function isOffered(option: ReturnOption): boolean {
  return option.status === 'allowed' || (option.status === 'needs-approval' && option.youCanApprove === true);
}

export function explainOption(language: ExplainLanguage, input: ExplainInput): string {
  const tpl = explainTemplates(language, input.register);
  const { option, condition, currency } = input;
  // An approval the agent can give themselves is theirs to promise.
  const status: OptionStatus = isOffered(option) ? 'allowed' : option.status;
  const approver = tpl.approver[option.approver === 'manager' ? 'manager' : 'lead'];
  const amount = input.goodwillAmount ?? 0;
  const credit = amount > 0 ? fill(tpl.credit, { amount: formatMoney(language, currency, amount) }) : tpl.creditAny;
  const parts = [tpl.empathy[condition], fill(tpl.option[option.id][status], { approver, credit })];
  if (status === 'allowed' && option.fees.length > 0) {
    const fees = option.fees.map((fee) => {
      // Mid-sentence in English: "return shipping", but an acronym such as "UPS fee" keeps its capitals.
      const label = language === 'en' && /^[A-Z][a-z]/.test(fee.label) ? fee.label[0]!.toLowerCase() + fee.label.slice(1) : fee.label;
      return fee.amount === null ? label : fill(tpl.feeWithAmount, { label, amount: formatMoney(language, currency, fee.amount) });
    });
    parts.push(fill(tpl.fees, { fees: fees.join(tpl.feeJoin) }));
  }
  if (status === 'allowed' && option.prepaidLabel) parts.push(tpl.prepaidLabel);
  if (status === 'not-allowed') {
    const names = input.options
      .filter((o) => o.id !== option.id && o.id !== 'goodwill-credit' && isOffered(o))
      .slice(0, 2)
      .map((o) => tpl.alternativeName[o.id as keyof ExplainTemplates['alternativeName']]);
    parts.push(names.length > 0 ? fill(tpl.alternatives, { alternatives: names.join(tpl.or) }) : tpl.noAlternative);
  }
  return parts.join(tpl.join);
}
