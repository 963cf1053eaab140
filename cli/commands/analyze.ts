import { parseArgs } from 'node:util';
import { compileEngine, analyzeMessage, type Engine } from '../../utils/analyze';
import { CliError, eachJsonLine, loadPacks, printJson, readStdin, stringField } from '../io';

const LANGUAGES = ['auto', 'en', 'ja'] as const;
const REGISTERS = ['polite', 'formal'] as const;

export function analyzeCommand(args: string[]): number {
  const { values } = parseArgs({
    args,
    options: {
      pack: { type: 'string', multiple: true },
      lang: { type: 'string', default: 'auto' },
      register: { type: 'string', default: 'polite' },
      jsonl: { type: 'boolean' },
      'include-negated': { type: 'boolean' },
    },
  });
  const language = oneOf(values.lang, LANGUAGES, '--lang');
  const register = oneOf(values.register, REGISTERS, '--register');
  const engine = compileEngine(loadPacks(values.pack));
  const answer = (text: string) => toContract(engine, text, language, register, values['include-negated'] ?? false);
  if (values.jsonl) return eachJsonLine((line) => answer(stringField(line, 'text')));
  printJson(answer(readStdin()));
  return 0;
}

/** The shape promised to scripts: see README "attune analyze". */
function toContract(engine: Engine, text: string, language: (typeof LANGUAGES)[number], register: (typeof REGISTERS)[number], includeNegated: boolean) {
  const analysis = analyzeMessage(engine, text, { language, register });
  return {
    language: analysis.language,
    emotions: analysis.emotions
      .filter((flag) => includeNegated || !flag.negated)
      .map(({ text: word, category, start, end, intensity, negated }) => ({ text: word, category, start, end, intensity, negated })),
    mirrorLines: analysis.mirrorLines,
    situations: analysis.situations,
    phrasings: analysis.phrasings.map(({ id, text: line, situation, step }) => ({ id, text: line, situation, step })),
  };
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`, 2);
}
