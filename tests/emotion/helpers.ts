import type { Pack } from '../../utils/pack/schema';
import { analyzeMessage, compileEngine, type AnalyzeOptions } from '../../utils/analyze';
import enMini from './packs/en-mini.json';
import jaMini from './packs/ja-mini.json';

export const EN_MINI = enMini as unknown as Pack;
export const JA_MINI = jaMini as unknown as Pack;
export const engine = compileEngine([EN_MINI, JA_MINI]);

/** Un-negated flags as "text:category". */
export function flagged(text: string, options: AnalyzeOptions = {}): string[] {
  return analyzeMessage(engine, text, options).emotions.filter((f) => !f.negated).map((f) => `${f.text}:${f.category}`);
}

export function negated(text: string, options: AnalyzeOptions = {}): string[] {
  return analyzeMessage(engine, text, options).emotions.filter((f) => f.negated).map((f) => f.text);
}

export function intensities(text: string, options: AnalyzeOptions = {}): number[] {
  return analyzeMessage(engine, text, options).emotions.map((f) => f.intensity);
}
