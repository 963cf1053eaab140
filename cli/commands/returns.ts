import { parseArgs } from 'node:util';
import { evaluateReturnOptions, parseOrderFacts } from '../../utils/policy';
import { explainOption } from '../../utils/policy/explain';
import { mergePacks, packsByLanguage } from '../../utils/pack/merge';
import { CliError, loadPacks, printJson, readStdin } from '../io';
import { oneOf } from './analyze';

const REGISTERS = ['polite', 'formal'] as const;

export function returnsCommand(args: string[]): number {
  const { values } = parseArgs({
    args,
    options: { pack: { type: 'string', multiple: true }, locale: { type: 'string' }, register: { type: 'string', default: 'polite' } },
  });
  const register = oneOf(values.register, REGISTERS, '--register');
  const packs = loadPacks(values.pack);
  const groups = packsByLanguage(packs);
  // Without --locale: the bundled English policy, or the policy of the last --pack that has one.
  const language = values.locale ?? (values.pack ? packs.findLast((pack) => pack.returnPolicy)?.locale.split('-')[0] : 'en');
  const layers = language ? groups.get(language) : undefined;
  const policy = layers ? mergePacks(layers).returnPolicy : undefined;
  if (!policy) throw new CliError(`attune returns: no return policy in the packs${values.locale ? ` for locale "${values.locale}"` : ''}`);

  const input = readStdin();
  let raw: unknown;
  try {
    raw = JSON.parse(input);
  } catch {
    throw new CliError('attune returns: stdin must be one JSON object of order facts, e.g. {"daysSinceDelivery":12,"condition":"opened",…}');
  }
  const facts = parseOrderFacts(raw);
  if (!facts.ok) throw new CliError(facts.problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n'));
  const decision = evaluateReturnOptions(policy, facts.facts);
  // The customer-facing line, as the panel shows it; only for the languages Attune writes lines in.
  const lineLanguage = language === 'en' || language === 'ja' ? language : undefined;
  const options = decision.options.map((option) =>
    lineLanguage
      ? {
          ...option,
          line: explainOption(lineLanguage, {
            option,
            options: decision.options,
            condition: facts.facts.condition,
            currency: decision.currency,
            goodwillAmount: facts.facts.goodwillAmount,
            register,
          }),
        }
      : option,
  );
  printJson({ ...decision, options });
  return 0;
}
