import { parseArgs } from 'node:util';
import { parsePack } from '../../utils/pack/parse';
import { describeProblem } from '../../utils/pack/problems';
import { BUNDLED_PACKS } from '../../utils/pack/bundled';
import { primaryLanguage } from '../../utils/pack/check';
import { compileEngine } from '../../utils/analyze';
import { runPackExamples } from '../../utils/pack/examples';
import { CliError, readText } from '../io';

/** Runs a pack's examples, layered on the bundled pack of its language unless --alone. */
export function packTestCommand(args: string[]): number {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { alone: { type: 'boolean' } } });
  const [file] = positionals;
  if (!file) throw new CliError('usage: attune pack test FILE [--alone]', 2);
  const base = values.alone ? [] : BUNDLED_PACKS;
  const result = parsePack(readText(file), base);
  if (!result.ok) throw new CliError(result.problems.map((problem) => describeProblem(problem, file)).join('\n'));
  const pack = result.pack;
  if (!pack.examples?.length) throw new CliError(`${file}: the pack has no examples to run`);
  const layers = [...base.filter((layer) => primaryLanguage(layer.locale) === primaryLanguage(pack.locale) && layer.id !== pack.id), pack];
  const outcomes = runPackExamples(compileEngine(layers), pack.examples, primaryLanguage(pack.locale));
  for (const outcome of outcomes) {
    process.stdout.write(outcome.failures.length === 0 ? `PASS ${outcome.id}\n` : `FAIL ${outcome.id}: ${outcome.failures.join('; ')}\n`);
  }
  const failed = outcomes.filter((outcome) => outcome.failures.length > 0).length;
  process.stdout.write(`${outcomes.length - failed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}
