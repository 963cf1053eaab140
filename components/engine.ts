import { compileEngine, type Engine } from '../utils/analyze';
import { BUNDLED_PACKS } from '../utils/pack/bundled';

let engine: Engine | undefined;

/** Compiled once per panel: the lexicons of the bundled packs. */
export function panelEngine(): Engine {
  engine ??= compileEngine([...BUNDLED_PACKS]);
  return engine;
}
