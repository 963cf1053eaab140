import { z } from 'zod';
import { ITEM_CATEGORIES, ITEM_CONDITIONS, RETURN_OPTIONS, ROLES } from '../pack/schema';

/**
 * The order facts an agent enters in the panel (or passes to the CLI). Fields that have an obvious
 * "nothing special" value default to it, so a quick lookup needs only days, condition, category and price.
 */
export const orderFactsSchema = z.strictObject({
  daysSinceDelivery: z.number().nonnegative('must be 0 or more (days since delivery)'),
  condition: z.enum(ITEM_CONDITIONS),
  category: z.enum(ITEM_CATEGORIES),
  price: z.number().nonnegative('must be 0 or more'),
  finalSale: z.boolean().default(false),
  gift: z.boolean().default(false),
  request: z.enum(RETURN_OPTIONS).optional(),
  role: z.enum(ROLES).default('agent'),
  goodwillAmount: z.number().nonnegative('must be 0 or more').default(0),
});

/** Facts after defaults: every field except `request` is present. */
export type OrderFacts = z.output<typeof orderFactsSchema>;
/** What callers may pass: the defaulted fields are optional. */
export type OrderFactsInput = z.input<typeof orderFactsSchema>;

/** Same shape as a pack problem: the field's path ("(root)" for the object itself) and what is wrong. */
export interface FactsProblem {
  path: string;
  message: string;
}

export type ParseFactsResult = { ok: true; facts: OrderFacts } | { ok: false; problems: FactsProblem[] };

export class OrderFactsError extends Error {
  readonly problems: FactsProblem[];
  constructor(problems: FactsProblem[]) {
    super(`Invalid order facts: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'OrderFactsError';
    this.problems = problems;
  }
}

/** Validates untrusted input (panel form, CLI flags, JSON) without throwing. */
export function parseOrderFacts(input: unknown): ParseFactsResult {
  const result = orderFactsSchema.safeParse(input);
  if (result.success) return { ok: true, facts: result.data };
  const problems = result.error.issues.map((issue): FactsProblem => {
    const base = issue.path.map(String).join('.');
    // zod reports unknown keys on the parent; name them so the path points at the culprit.
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.join(', ');
      return { path: base ? `${base}.${keys}` : keys, message: 'unknown field' };
    }
    return { path: base || '(root)', message: issue.message };
  });
  return { ok: false, problems };
}
