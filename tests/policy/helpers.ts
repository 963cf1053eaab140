import { RETURN_OPTIONS, type OptionStatus, type ReturnOptionId } from '../../utils/pack/schema';
import type { ReturnDecision, ReturnOption } from '../../utils/policy';

/** One letter per option in RETURN_OPTIONS order: A allowed, ? needs approval, N not allowed. */
const LETTER: Record<OptionStatus, string> = { allowed: 'A', 'needs-approval': '?', 'not-allowed': 'N' };

export function statusLine(decision: ReturnDecision): string {
  return decision.options.map((o) => LETTER[o.status]).join(' ');
}

export function option(decision: ReturnDecision, id: ReturnOptionId): ReturnOption {
  const found = decision.options.find((o) => o.id === id);
  if (!found) throw new Error(`no option ${id}`);
  return found;
}

export const OPTION_IDS = [...RETURN_OPTIONS];
