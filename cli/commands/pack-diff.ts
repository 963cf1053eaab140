import { parseArgs } from 'node:util';
import { parsePack } from '../../utils/pack/parse';
import { describeProblem } from '../../utils/pack/problems';
import { BUNDLED_PACKS } from '../../utils/pack/bundled';
import { diffPacks } from '../../utils/release/diff';
import type { Pack } from '../../utils/pack/schema';
import { CliError, printJson, readText } from '../io';

/** What changed between two versions of a pack, by section and entry id, for a lead's review. */
export function packDiffCommand(args: string[]): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { text: { type: 'boolean' } } });
  const [oldFile, newFile, extra] = positionals;
  if (!oldFile || !newFile || extra !== undefined) throw new CliError('usage: attune pack diff OLD.json NEW.json [--text]', 2);
  const before = load(oldFile);
  const after = load(newFile);
  const sections = diffPacks(before, after);
  if (values.text) {
    process.stdout.write(`${before.id} ${before.version} → ${after.id} ${after.version}\n`);
    if (sections.length === 0) process.stdout.write('no changes\n');
    for (const { section, added, removed, changed } of sections) {
      for (const id of added) process.stdout.write(`+ ${section}: ${id}\n`);
      for (const id of removed) process.stdout.write(`- ${section}: ${id}\n`);
      for (const id of changed) process.stdout.write(`~ ${section}: ${id}\n`);
    }
    return 0;
  }
  printJson({ old: { id: before.id, version: before.version }, new: { id: after.id, version: after.version }, identical: sections.length === 0, sections });
  return 0;
}

function load(file: string): Pack {
  const result = parsePack(readText(file), BUNDLED_PACKS);
  if (!result.ok) throw new CliError(result.problems.map((problem) => describeProblem(problem, file)).join('\n'));
  return result.pack;
}
