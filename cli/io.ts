import { readFileSync } from 'node:fs';
import { parsePack } from '../utils/pack/parse';
import { describeProblem } from '../utils/pack/problems';
import type { Pack } from '../utils/pack/schema';
import { BUNDLED_PACKS } from '../utils/pack/bundled';

/** A failure the user can act on: printed as one line on stderr, exit code 1. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

export function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${file}: cannot read (${code === 'ENOENT' ? 'no such file' : code ?? 'error'})`);
  }
}

/** `--pack` given one or more times replaces the bundled packs, layered in order; each is checked whole. */
export function loadPacks(files: readonly string[] | undefined): Pack[] {
  if (!files || files.length === 0) return [...BUNDLED_PACKS];
  const packs: Pack[] = [];
  for (const file of files) {
    const result = parsePack(readText(file), packs);
    if (!result.ok) throw new CliError(result.problems.map((problem) => describeProblem(problem, file)).join('\n'));
    packs.push(result.pack);
  }
  return packs;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/** Reads JSON Lines from stdin and answers each line in order, so a caller can pair inputs and outputs. */
export function eachJsonLine(answer: (value: unknown, lineNumber: number) => unknown): number {
  let failures = 0;
  const lines = readStdin().split(/\r?\n/);
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      failures++;
      process.stderr.write(`line ${index + 1}: not valid JSON\n`);
      printJson({ error: `line ${index + 1}: not valid JSON` });
      return;
    }
    try {
      printJson(answer(value, index + 1));
    } catch (error) {
      failures++;
      const message = `line ${index + 1}: ${error instanceof Error ? error.message : String(error)}`;
      process.stderr.write(`${message}\n`);
      printJson({ error: message });
    }
  });
  return failures > 0 ? 1 : 0;
}

export function stringField(value: unknown, field: string): string {
  const text = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[field] : undefined;
  if (typeof text !== 'string') throw new CliError(`expected an object with a string "${field}" field`);
  return text;
}
