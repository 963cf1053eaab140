import { readFileSync } from 'node:fs';
import { returnPolicySchema, type ReturnPolicy } from '../../utils/pack/schema';
import { BUNDLED_PACKS } from '../../utils/pack/bundled';

/**
 * The one place the policy tests get the bundled policies from. When the policies move into the bundled
 * packs' `returnPolicy` sections, repoint these two loaders (and drop POLICY_FILES with its format test).
 */
export const POLICY_FILES = {
  ja: new URL('../../knowledge/policies/ja-standard.json', import.meta.url),
} as const;

function load(file: URL): ReturnPolicy {
  return returnPolicySchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

function bundledPolicy(locale: string): ReturnPolicy {
  const policy = BUNDLED_PACKS.find((pack) => pack.locale === locale)?.returnPolicy;
  if (!policy) throw new Error(`the bundled ${locale} pack has no return policy`);
  return returnPolicySchema.parse(policy);
}

export const loadEnPolicy = (): ReturnPolicy => bundledPolicy('en');
export const loadJaPolicy = (): ReturnPolicy => load(POLICY_FILES.ja);
