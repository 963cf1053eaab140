import type { PackExample } from './schema';
import { analyzeMessage, type Engine } from '../analyze';

export interface ExampleOutcome {
  id: string;
  failures: string[];
}

/** Runs a pack's own regression examples: what each message must and must not produce. */
export function runPackExamples(engine: Engine, examples: readonly PackExample[], language: string): ExampleOutcome[] {
  const lang = language === 'ja' ? 'ja' : language === 'en' ? 'en' : 'auto';
  return examples.map((example) => {
    const analysis = analyzeMessage(engine, example.text, { language: lang });
    const found = {
      emotions: new Set(analysis.emotions.filter((flag) => !flag.negated).map((flag) => flag.category)),
      situations: new Set(analysis.situations),
    };
    const failures: string[] = [];
    for (const kind of ['emotions', 'situations'] as const) {
      const noun = kind === 'emotions' ? 'emotion' : 'situation';
      for (const id of example.must?.[kind] ?? []) {
        if (!found[kind].has(id)) failures.push(`expected ${noun} ${id}, found ${[...found[kind]].join(', ') || 'none'}`);
      }
      for (const id of example.mustNot?.[kind] ?? []) {
        if (found[kind].has(id)) failures.push(`unexpected ${noun} ${id}`);
      }
    }
    return { id: example.id, failures };
  });
}
