import { parsePack } from '../utils/pack/parse';
import { formatPack } from '../utils/pack/format';
import { buildFaqIndex } from '../utils/search';
import { compileEngine } from '../utils/analyze';
import { BUNDLED_PACKS } from '../utils/pack/bundled';
import type { Pack } from '../utils/pack/schema';
import { measure, type Figure } from './measure';

const TOPICS = ['order', 'delivery', 'return', 'refund', 'exchange', 'payment', 'account', 'warranty', 'gift card', 'subscription'];
const ACTIONS = ['change', 'cancel', 'track', 'update', 'check', 'start', 'reset', 'confirm', 'combine', 'split'];

/** A 2,000-entry pack like a large team's: the bundled English content plus generated FAQ entries. */
export function generateLargePack(entries = 2000): string {
  const english = BUNDLED_PACKS.find((pack) => pack.locale === 'en')!;
  const faq = Array.from({ length: entries }, (_, i) => {
    const topic = TOPICS[i % TOPICS.length]!;
    const action = ACTIONS[Math.floor(i / TOPICS.length) % ACTIONS.length]!;
    return {
      id: `faq-${i}`,
      question: `How do I ${action} my ${topic} (case ${i})?`,
      answer: `To ${action} your ${topic}, open your account, choose Orders, and select the ${topic} you need. ` +
        `If the option to ${action} is greyed out, the ${topic} has already moved to the next stage; our team can still help within 24 hours. Reference ${i}.`,
      tags: [topic, action],
    };
  });
  const pack: Pack = { ...english, id: 'bench-large', faq };
  return formatPack(pack);
}

export async function benchPack(): Promise<Figure[]> {
  const text = generateLargePack();
  return [
    measure('validate + index a 2,000-entry pack (parse, schema, checks, FAQ index, lexicon)', 30, () => {
      const result = parsePack(text);
      if (!result.ok) throw new Error(`generated pack is invalid: ${result.problems[0]?.path}`);
      buildFaqIndex(result.pack.faq ?? []);
      compileEngine([result.pack]);
    }),
  ];
}
