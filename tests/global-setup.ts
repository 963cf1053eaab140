// Build the CLI bundle once before any test file spawns `attune`, so parallel files never race to rebuild it.
// A failed build must not stop the engine's own tests: the CLI tests then fail on their own, loudly.
// @ts-expect-error — a plain .mjs build script without type declarations
import { bundleIsStale, buildCli } from '../scripts/build-cli.mjs';

export default async function setup() {
  if (!bundleIsStale()) return;
  try {
    await buildCli();
  } catch (error) {
    console.warn(`Could not build the CLI bundle; the CLI tests will fail: ${(error as Error).message.split('\n')[0]}`);
  }
}
