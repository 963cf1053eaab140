/**
 * How long analysing a long conversation takes with the bundled packs: a generated 100-message,
 * 20,000-character conversation (customer and agent turns, emails with quoted history and signatures),
 * in English and in Japanese. Target: median < 5 ms. Run alone: npx tsx scripts/bench-analyze.ts
 */
import { pathToFileURL } from 'node:url';
import { analyzeConversation, compileEngine, type ConversationMessage } from '../utils/analyze';
import { BUNDLED_PACKS } from '../utils/pack/bundled';
import { measure, type Figure } from './measure';

const EN_CUSTOMER = [
  "Hi, I ordered the blue kettle two weeks ago and it still hasn't arrived. I'm really frustrated at this point.",
  "This is the third time I'm writing about order 48213. Nobody has replied and I'm not angry, just confused.",
  'The box arrived damaged and the glass was cracked. Honestly I am so disappointed, it was a gift for my mum.',
  "I've never been so annoyed with a delivery. Can I get a refund or an exchange for the right size?",
  "I was charged twice for the same order!!! Please fix this ASAP, I'm worried about my bank balance.",
  "Thanks for the quick reply, I really appreciate it. The replacement came today and I'm happy with it.",
  "It's not damaged, just the wrong size. Could you send a medium instead? I'm a bit stressed about the date.",
  'I can\'t log in to my account and the reset email never comes. This is driving me crazy.',
];
const EN_AGENT = [
  "Hi there, thanks for reaching out. I'm sorry for the trouble with your order; let me look into it for you right away.",
  "I've checked with the courier and your parcel is at the local depot. It should be delivered tomorrow before noon.",
  "I'm sorry the item arrived damaged. I've arranged a replacement and a prepaid return label, which you'll get by email.",
  'Thank you for your patience. Your refund has been issued and should appear on your statement within 5 business days.',
];
const EN_EMAIL_TAIL = '\n\nThanks,\nJordan Lee\nLee Design Studio\n+1 555 010 2030\n\nOn Tue, Mar 3, 2026 at 10:02 AM Support <help@shop.example> wrote:\n> We are sorry for the frustration this has caused.\n> Please let us know if you have any other questions.';

const JA_CUSTOMER = [
  'お世話になっております。先週注文した商品がまだ届きません。とても不安です。注文番号は48213です。',
  '何度も問い合わせていますが、返事がありません。正直かなりイライラしています。',
  '届いた商品が破損していました。楽しみにしていたのに、本当にがっかりしました。交換をお願いできますか。',
  '怒ってはいませんが、サイズが違う商品が届いて困っています。至急対応をお願いします。',
  '二重に請求されているようです。不安で仕方ありません。明細を確認していただけますか。',
  '丁寧に対応していただき、本当に助かりました。ありがとうございます。',
  'ログインできなくて困っています。パスワードを再設定してもメールが届きません。',
  '返金はいつ頃になりますか？ちょっと心配になってきました。',
];
const JA_AGENT = [
  'お問い合わせいただきありがとうございます。ご不便をおかけしており、大変申し訳ございません。ただいま確認いたします。',
  '配送業者に確認いたしましたところ、明日の午前中にお届け予定とのことです。今しばらくお待ちくださいませ。',
  '破損していたとのこと、誠に申し訳ございません。代替品を手配いたしましたので、到着まで少々お待ちください。',
  '返金手続きが完了いたしました。ご利用のカード会社により、反映まで数日かかる場合がございます。',
];
const JA_EMAIL_TAIL = '\n\n――――――――――\n株式会社サンプル\n山田 花子\nTEL 03-1234-5678\n――――――――――\n\n2026年3月3日(火) 10:02 サポート <help@shop.example>:\n> ご不便をおかけして申し訳ございません。\n> 引き続きよろしくお願いいたします。';

/** Alternating customer/agent turns, every fourth customer turn an email with signature and history. */
export function generateConversation(language: 'en' | 'ja', messages = 100, characters = 20_000): ConversationMessage[] {
  const [customer, agent, tail] = language === 'en' ? [EN_CUSTOMER, EN_AGENT, EN_EMAIL_TAIL] : [JA_CUSTOMER, JA_AGENT, JA_EMAIL_TAIL];
  const perMessage = Math.floor(characters / messages);
  const out: ConversationMessage[] = [];
  for (let i = 0; i < messages; i++) {
    const isCustomer = i % 2 === 0;
    const pool = isCustomer ? customer : agent;
    let text = '';
    for (let k = i; text.length < perMessage; k += 3) text += (text ? (language === 'en' ? ' ' : '') : '') + pool[k % pool.length]!;
    if (isCustomer && i % 8 === 0) text = text.slice(0, Math.max(0, perMessage - tail.length)) + tail;
    text = text.slice(0, perMessage);
    out.push({ role: isCustomer ? 'customer' : 'agent', text, time: Date.UTC(2026, 2, 1) + i * 600_000 });
  }
  return out;
}

export async function benchAnalyze(): Promise<Figure[]> {
  const engine = compileEngine([...BUNDLED_PACKS]);
  return (['en', 'ja'] as const).map((language) => {
    const conversation = generateConversation(language);
    const chars = conversation.reduce((sum, message) => sum + message.text.length, 0);
    return measure(`analyse a 100-message, ${chars.toLocaleString('en-US')}-character conversation (${language})`, 200, () => {
      analyzeConversation(engine, conversation);
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void benchAnalyze().then((figures) => {
    for (const figure of figures) console.log(`${figure.name}: median ${figure.medianMs.toFixed(2)} ms, p95 ${figure.p95Ms.toFixed(2)} ms`);
  });
}
