import { readFileSync } from 'node:fs';
import { returnPolicySchema, type ReturnPolicy } from '../../utils/pack/schema';

/**
 * The one place the policy tests get the bundled policies from. When the policies move into the bundled
 * packs' `returnPolicy` sections, repoint these two loaders (and drop POLICY_FILES with its format test).
 */
export const POLICY_FILES = {
  en: new URL('../../knowledge/policies/en-us-lenient.json', import.meta.url),
  ja: new URL('../../knowledge/policies/ja-standard.json', import.meta.url),
} as const;

function load(file: URL): ReturnPolicy {
  return returnPolicySchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export const loadEnPolicy = (): ReturnPolicy => load(POLICY_FILES.en);
export const loadJaPolicy = (): ReturnPolicy => load(POLICY_FILES.ja);
