import { parseArgs } from 'node:util';
import { parsePack } from '../../utils/pack/parse';
import { describeProblem } from '../../utils/pack/problems';
import { BUNDLED_PACKS } from '../../utils/pack/bundled';
import { CliError, printJson, readText } from '../io';
import { summarizePack } from '../summary';

/** Checks each file as an overlay on the bundled packs, so it may refer to their categories and situations. */
export function validateCommand(args: string[]): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length === 0) throw new CliError('attune validate: give one or more pack files', 2);
  const files = [];
  let failed = false;
  for (const file of positionals) {
    let text: string;
    try {
      text = readText(file);
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n`);
      files.push({ file, valid: false, problems: 1 });
      failed = true;
      continue;
    }
    const result = parsePack(text, BUNDLED_PACKS);
    if (result.ok) {
      files.push({ file, valid: true, ...summarizePack(result.pack) });
    } else {
      failed = true;
      for (const problem of result.problems) process.stderr.write(`${describeProblem(problem, file)}\n`);
      files.push({ file, valid: false, problems: result.problems.length });
    }
  }
  printJson({ valid: !failed, files });
  return failed ? 1 : 0;
}
