import { z } from 'zod';

/**
 * The phrase-pack format. One JSON file a team lead edits by hand; every section is optional so a team
 * can push a small overlay (just FAQ, just policy) on top of the bundled defaults. No schema here has a
 * `.default()`: parsing must return exactly what the file says, so parse → format reproduces the file.
 */

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'must be lowercase letters, digits and dashes, like "damaged-item"');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const semver = z
  .string()
  .regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/, 'must be a semantic version like "1.4.0"');
/** FAQ ids come from help-centre exports (numbers, "Q-12", UUIDs) and must survive import unchanged. */
const entryId = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .regex(/^\S(?:[^\p{Cc}]*\S)?$/u, 'must not start or end with spaces or contain control characters');
export const localeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag like "en" or "ja"');

/** The category ids every bundled pack must define; packs may add more. */
export const CORE_EMOTIONS = [
  'anger', 'frustration', 'disappointment', 'sadness', 'anxiety', 'confusion', 'urgency', 'gratitude', 'joy',
] as const;

/** The situations every bundled pack must cover with phrasings. */
export const CORE_SITUATIONS = [
  'damaged-item', 'defective-item', 'wrong-item', 'late-delivery', 'refund-request', 'exchange-request',
  'billing-error', 'cancellation', 'repeat-contact', 'long-wait', 'account-access', 'praise',
] as const;

export const REPLY_STEPS = ['acknowledge', 'explain', 'resolve', 'next-step'] as const;
/** Japanese politeness: polite = 丁寧語 (です・ます), formal = 尊敬語/謙譲語 throughout. English uses polite. */
export const REGISTERS = ['casual', 'polite', 'formal'] as const;

/**
 * How the mirror word works in a sentence, so a template can reuse the customer's own word in correct
 * grammar: "frustrated" describes the person (state), "frustrating" the situation (quality),
 * "frustration" is a noun. Packs may define their own frames (for example Japanese honorific nouns).
 */
export const emotionTermSchema = z.strictObject({
  text: nonEmpty.describe('Surface form as customers write it: "fed up", "頭にくる"'),
  frame: slug.describe('Grammatical frame of the mirror word; selects the mirror template'),
  mirror: nonEmpty.optional().describe('What to say back, when it differs: "at my wit\'s end" → "at your wit\'s end"'),
  intensity: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional().describe('Base intensity, 2 when absent'),
});

export const mirrorTemplateSchema = z.strictObject({
  frame: slug,
  text: nonEmpty.describe('Uses {word} for the mirror word'),
  register: z.enum(REGISTERS).optional(),
});

export const emotionCategorySchema = z.strictObject({
  id: slug,
  label: nonEmpty,
  valence: z.enum(['negative', 'positive']),
  terms: z.array(emotionTermSchema).min(1),
  mirrors: z.array(mirrorTemplateSchema).min(1),
});

/** Words that change how an emotion word counts: "not", "really", "a bit", 「すごく」「ちょっと」. */
export const modifiersSchema = z.strictObject({
  negators: z.array(nonEmpty).optional(),
  intensifiers: z.array(nonEmpty).optional(),
  downtoners: z.array(nonEmpty).optional(),
  /** Phrases that contain an emotion word but do not express the feeling: "happy to help", "hate to bother". */
  ignore: z.array(nonEmpty).optional(),
});

export const situationSchema = z.strictObject({
  id: slug,
  label: nonEmpty,
  cues: z.array(nonEmpty).min(1).describe('Words and phrases that signal this situation'),
});

export const phrasingSchema = z.strictObject({
  id: slug,
  situation: slug,
  step: z.enum(REPLY_STEPS),
  text: nonEmpty.describe('Placeholders: {customerName}, {orderId}, {emotionWord}, {agentName}, {item}; {name|fallback}'),
  register: z.enum(REGISTERS).optional(),
});

export const avoidEntrySchema = z.strictObject({
  id: slug,
  phrase: nonEmpty,
  reason: nonEmpty,
  alternative: nonEmpty,
  source: nonEmpty.optional(),
});

export const RETURN_OPTIONS = ['refund', 'exchange', 'store-credit', 'replacement', 'keep-it-refund', 'goodwill-credit'] as const;
export const ITEM_CONDITIONS = ['unopened', 'opened', 'used', 'damaged', 'defective', 'wrong-item'] as const;
export const ITEM_CATEGORIES = ['apparel', 'electronics', 'home', 'beauty', 'food', 'other'] as const;
export const ROLES = ['agent', 'lead', 'manager'] as const;
export const OPTION_STATUSES = ['allowed', 'needs-approval', 'not-allowed'] as const;

/** Every field narrows; all present fields must hold. Days are whole days since delivery, inclusive bounds. */
export const ruleConditionSchema = z.strictObject({
  reason: z.enum(['change-of-mind', 'seller-fault']).optional(),
  condition: z.array(z.enum(ITEM_CONDITIONS)).min(1).optional(),
  category: z.array(z.enum(ITEM_CATEGORIES)).min(1).optional(),
  minDays: z.number().int().nonnegative().optional(),
  maxDays: z.number().int().nonnegative().optional(),
  finalSale: z.boolean().optional(),
  gift: z.boolean().optional(),
  minPrice: z.number().nonnegative().optional(),
  maxPrice: z.number().nonnegative().optional(),
});

const returnOptionId = z.enum(RETURN_OPTIONS);

/** Rules are read in order; for each option the first matching rule that mentions it decides. */
export const policyRuleSchema = z.strictObject({
  id: slug,
  clause: nonEmpty.describe('The clause to cite, e.g. "§2.1 Change of mind within 30 days"'),
  when: ruleConditionSchema,
  set: z.partialRecord(returnOptionId, z.enum(OPTION_STATUSES)),
  approver: z.enum(ROLES).optional().describe('Who approves where this rule says needs-approval; lead when absent'),
  prepaidLabel: z.boolean().optional(),
  note: nonEmpty.optional(),
});

export const policyFeeSchema = z
  .strictObject({
    id: slug,
    clause: nonEmpty,
    label: nonEmpty,
    options: z.array(returnOptionId).min(1),
    when: ruleConditionSchema,
    amount: z.number().nonnegative().optional(),
    percentOfPrice: z.number().positive().max(100).optional(),
    note: nonEmpty.optional(),
  })
  .refine((fee) => (fee.amount === undefined) !== (fee.percentOfPrice === undefined) || fee.note !== undefined, {
    message: 'a fee needs exactly one of amount or percentOfPrice (or a note when the amount is not fixed)',
  });

export const goodwillSchema = z.strictObject({
  clause: nonEmpty,
  limits: z.partialRecord(z.enum(ROLES), z.number().nonnegative()),
});

export const returnPolicySchema = z.strictObject({
  id: slug,
  name: nonEmpty,
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like "USD"'),
  rules: z.array(policyRuleSchema).min(1),
  fees: z.array(policyFeeSchema).optional(),
  goodwill: goodwillSchema.optional(),
});

export const faqEntrySchema = z.strictObject({
  id: entryId,
  question: nonEmpty,
  answer: nonEmpty,
  tags: z.array(nonEmpty).optional(),
  url: z.url().optional(),
  locale: localeSchema.optional(),
});

const expectationSchema = z.strictObject({
  emotions: z.array(slug).optional(),
  situations: z.array(slug).optional(),
});

export const packExampleSchema = z.strictObject({
  id: slug,
  text: nonEmpty,
  must: expectationSchema.optional(),
  mustNot: expectationSchema.optional(),
});

export const packSchema = z.strictObject({
  $schema: z.string().optional(),
  id: slug,
  name: nonEmpty,
  version: semver,
  locale: localeSchema,
  description: nonEmpty.optional(),
  modifiers: modifiersSchema.optional(),
  emotions: z.array(emotionCategorySchema).optional(),
  situations: z.array(situationSchema).optional(),
  phrasings: z.array(phrasingSchema).optional(),
  avoid: z.array(avoidEntrySchema).optional(),
  returnPolicy: returnPolicySchema.optional(),
  faq: z.array(faqEntrySchema).optional(),
  examples: z.array(packExampleSchema).optional(),
});

export type Pack = z.infer<typeof packSchema>;
export type EmotionTerm = z.infer<typeof emotionTermSchema>;
export type EmotionCategory = z.infer<typeof emotionCategorySchema>;
export type MirrorTemplate = z.infer<typeof mirrorTemplateSchema>;
export type Modifiers = z.infer<typeof modifiersSchema>;
export type Situation = z.infer<typeof situationSchema>;
export type Phrasing = z.infer<typeof phrasingSchema>;
export type AvoidEntry = z.infer<typeof avoidEntrySchema>;
export type ReturnPolicy = z.infer<typeof returnPolicySchema>;
export type PolicyRule = z.infer<typeof policyRuleSchema>;
export type PolicyFee = z.infer<typeof policyFeeSchema>;
export type RuleCondition = z.infer<typeof ruleConditionSchema>;
export type FaqEntry = z.infer<typeof faqEntrySchema>;
export type PackExample = z.infer<typeof packExampleSchema>;
export type ReplyStep = (typeof REPLY_STEPS)[number];
export type Register = (typeof REGISTERS)[number];
export type ReturnOptionId = (typeof RETURN_OPTIONS)[number];
export type ItemCondition = (typeof ITEM_CONDITIONS)[number];
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];
export type Role = (typeof ROLES)[number];
export type OptionStatus = (typeof OPTION_STATUSES)[number];
