import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ATTUNE = join(import.meta.dirname, '..', '..', 'cli', 'attune.mjs');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  json: () => any;
  lines: () => any[];
}

/** Runs the real command-line tool in a child process, exactly as `npx attune` would. */
export function attune(args: string[], input = ''): CliRun {
  const result = spawnSync(process.execPath, [ATTUNE, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    json: () => JSON.parse(result.stdout),
    lines: () => result.stdout.trim().split('\n').map((line) => JSON.parse(line)),
  };
}

export function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'attune-cli-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
