import { compileEngine, type Engine } from '../utils/analyze';
import type { Pack } from '../utils/pack/schema';
import { panelPacks } from './panel/packs';

let compiled: { packs: readonly Pack[]; engine: Engine } | undefined;

/** Compiled once per change of layers (panelPacks gives a new array only when the packs changed). */
export function panelEngine(): Engine {
  const { packs } = panelPacks();
  if (compiled?.packs !== packs) compiled = { packs, engine: compileEngine([...packs]) };
  return compiled.engine;
}
