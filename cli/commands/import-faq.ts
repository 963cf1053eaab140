import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { faqEntriesFromRows } from '../../utils/pack/faq-csv';
import { validatePack } from '../../utils/pack/parse';
import { formatPack } from '../../utils/pack/format';
import { describeProblem } from '../../utils/pack/problems';
import { detectLanguage } from '../../utils/text/language';
import { CliError, printJson, readText } from '../io';

const REQUIRED = ['id', 'question', 'answer'];

/**
 * CSV → FAQ-only pack. Rows with problems are reported on stderr (row number and column) and left out;
 * --strict refuses the whole file instead. Nothing is written unless the resulting pack is valid.
 */
export function importFaqCommand(args: string[]): number {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      locale: { type: 'string' },
      id: { type: 'string' },
      name: { type: 'string' },
      version: { type: 'string' },
      strict: { type: 'boolean' },
    },
  });
  const [file] = positionals;
  if (!file || !values.out) throw new CliError('usage: attune pack import-faq FILE.csv --out PACK.json [--locale en] [--id ID]', 2);

  let rows: Record<string, string>[];
  try {
    rows = parseCsv(readText(file), {
      bom: true,
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      skip_empty_lines: true,
      relax_column_count: true,
    });
  } catch (error) {
    throw new CliError(`${file}: not a readable CSV file: ${(error as Error).message}`);
  }
  const header = rows[0] ? Object.keys(rows[0]) : [];
  const missing = REQUIRED.filter((column) => !header.includes(column));
  if (rows.length > 0 && missing.length > 0) {
    throw new CliError(`${file}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (the header row needs id,question,answer; tags and url are optional)`);
  }

  const locale = values.locale ?? detectLanguage(rows.slice(0, 50).map((row) => row.question ?? '').join('\n'));
  const { entries, problems } = faqEntriesFromRows(rows, undefined);
  for (const problem of problems) process.stderr.write(`${describeProblem(problem, file)}\n`);
  if (values.strict && problems.length > 0) throw new CliError(`${file}: ${problems.length} problem(s); nothing written (--strict)`);
  if (entries.length === 0) throw new CliError(`${file}: no FAQ entries to import`);

  const id = values.id ?? `faq-${basename(file).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'import'}`;
  const result = validatePack({ id, name: values.name ?? `FAQ imported from ${basename(file)}`, version: values.version ?? '1.0.0', locale, faq: entries });
  if (!result.ok) throw new CliError(result.problems.map((problem) => describeProblem(problem, values.out)).join('\n'));
  writeFileSync(values.out, formatPack(result.pack));
  printJson({ out: values.out, id: result.pack.id, locale, entries: entries.length, skippedRows: problems.length });
  return 0;
}
