import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { parsePack } from '../../utils/pack/parse';
import { formatPack } from '../../utils/pack/format';
import { describeProblem } from '../../utils/pack/problems';
import { BUNDLED_PACKS } from '../../utils/pack/bundled';
import { CliError, printJson, readText } from '../io';

/** Rewrites packs canonically; an invalid pack is never rewritten, so a lead's edits are not lost. */
export function packFormatCommand(args: string[]): number {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { check: { type: 'boolean' } } });
  if (positionals.length === 0) throw new CliError('attune pack format: give one or more pack files', 2);
  const results = [];
  let failed = false;
  for (const file of positionals) {
    const text = readText(file);
    const result = parsePack(text, BUNDLED_PACKS);
    if (!result.ok) {
      failed = true;
      for (const problem of result.problems) process.stderr.write(`${describeProblem(problem, file)}\n`);
      results.push({ file, status: 'invalid' });
      continue;
    }
    const formatted = formatPack(result.pack);
    if (formatted === text) results.push({ file, status: 'unchanged' });
    else if (values.check) {
      failed = true;
      process.stderr.write(`${file}: not in canonical form (run attune pack format ${file})\n`);
      results.push({ file, status: 'would-change' });
    } else {
      writeFileSync(file, formatted);
      results.push({ file, status: 'formatted' });
    }
  }
  printJson({ files: results });
  return failed ? 1 : 0;
}
