import { parseArgs } from 'node:util';
import { safeEvaluateReturnOptions } from '../../utils/policy';
import { mergePacks, packsByLanguage } from '../../utils/pack/merge';
import { CliError, loadPacks, printJson, readStdin } from '../io';

export function returnsCommand(args: string[]): number {
  const { values } = parseArgs({ args, options: { pack: { type: 'string', multiple: true }, locale: { type: 'string' } } });
  const packs = loadPacks(values.pack);
  const groups = packsByLanguage(packs);
  // Without --locale: the bundled English policy, or the policy of the last --pack that has one.
  const language = values.locale ?? (values.pack ? packs.findLast((pack) => pack.returnPolicy)?.locale.split('-')[0] : 'en');
  const layers = language ? groups.get(language) : undefined;
  const policy = layers ? mergePacks(layers).returnPolicy : undefined;
  if (!policy) throw new CliError(`attune returns: no return policy in the packs${values.locale ? ` for locale "${values.locale}"` : ''}`);

  const input = readStdin();
  let facts: unknown;
  try {
    facts = JSON.parse(input);
  } catch {
    throw new CliError('attune returns: stdin must be one JSON object of order facts, e.g. {"daysSinceDelivery":12,"condition":"opened",…}');
  }
  const decision = safeEvaluateReturnOptions(policy, facts);
  if (!decision.ok) throw new CliError(decision.problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n'));
  printJson(decision.value);
  return 0;
}
