import type { Pack } from './schema';
import en from '../../knowledge/en.json';
import ja from '../../knowledge/ja.json';

/**
 * The packs shipped inside Attune. They are validated and round-tripped by tests/pack/bundled.test.ts in
 * CI, so the extension does not pay for a zod parse at start-up.
 */
export const BUNDLED_PACKS: readonly Pack[] = [en as unknown as Pack, ja as unknown as Pack];
