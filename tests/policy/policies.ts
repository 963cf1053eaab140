import { returnPolicySchema, type ReturnPolicy } from '../../utils/pack/schema';
import { BUNDLED_PACKS } from '../../utils/pack/bundled';

/** The one place the policy tests get the bundled policies from: the bundled packs' returnPolicy sections. */
function bundledPolicy(locale: string): ReturnPolicy {
  const policy = BUNDLED_PACKS.find((pack) => pack.locale === locale)?.returnPolicy;
  if (!policy) throw new Error(`the bundled ${locale} pack has no return policy`);
  return returnPolicySchema.parse(policy);
}

export const loadEnPolicy = (): ReturnPolicy => bundledPolicy('en');
export const loadJaPolicy = (): ReturnPolicy => bundledPolicy('ja');
