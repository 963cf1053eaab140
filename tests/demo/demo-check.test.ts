// `npm run demo` end to end: serve the demo helpdesk, load the built Attune in a real Chromium, and check that
// the panel shows each demo customer's words. `npm test` builds first, so the test uses that build (--no-build):
// rebuilding here would wipe .output under the other browser tests running beside it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChrome } from '../../scripts/lib/find-chrome.mjs';

const root = join(import.meta.dirname, '..', '..');

function browser(): string | undefined {
  try {
    return findChrome(process.env, fs)?.path;
  } catch {
    return undefined;
  }
}

const found = browser();

describe('npm run demo --check', () => {
  it('reads every demo page in a real browser', () => {
    expect(found, 'no Chrome or Chromium found: install chromium or set CHROME_BIN').toBeDefined();
    expect(fs.existsSync(join(root, '.output', 'chrome-mv3', 'manifest.json')), 'run `npm run build` first').toBe(true);
    const result = spawnSync(process.execPath, ['scripts/demo.mjs', '--check', '--no-build'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 170_000,
      env: { ...process.env, DEMO_VERBOSE: '' },
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(output).toContain('Demo check passed: 4 pages.');
    expect(result.status, output).toBe(0);
    expect(output.match(/^ok {3}/gm)).toHaveLength(4);
  }, 180_000);
});
