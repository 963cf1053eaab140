#!/usr/bin/env node
// Entry point for `npx attune`. The tool is TypeScript shared with the extension; it runs from a bundle
// that is rebuilt here when any source is newer, so a fresh `npm install` or a local edit never runs stale code.
import { pathToFileURL } from 'node:url';
import { bundleIsStale, buildCli, bundlePath } from '../scripts/build-cli.mjs';

if (bundleIsStale()) {
  try {
    await buildCli();
  } catch (error) {
    process.stderr.write(`attune: could not build the command-line tool (${error.message}). Run \`npm install\` first.\n`);
    process.exit(2);
  }
}
const { main } = await import(pathToFileURL(bundlePath).href);
process.exitCode = await main(process.argv.slice(2));
