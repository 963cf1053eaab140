import type { EmotionCategory, EmotionTerm, Pack, Situation } from '../pack/schema';
import { buildLexicon, type Lexicon } from '../text/matcher';
import type { ModifierRef } from './scope';
import { indexPhrasings, type PhrasingIndex } from '../phrasing/fill';

export interface TermEntry {
  kind: 'term';
  category: EmotionCategory;
  term: EmotionTerm;
}
export interface IgnoreEntry {
  kind: 'ignore';
  text: string;
}
export type WordEntry = TermEntry | IgnoreEntry;

export interface CueEntry {
  situation: string;
  text: string;
}

/** One language's merged pack, compiled into tries once so analysing a message is only walking them. */
export interface CompiledLanguage {
  language: string;
  japanese: boolean;
  pack: Pack;
  categories: Map<string, EmotionCategory>;
  words: Lexicon<WordEntry>;
  modifiers: Lexicon<ModifierRef>;
  cues: Lexicon<CueEntry>;
  situations: Situation[];
  phrasings: PhrasingIndex;
}

export function compileLanguage(language: string, pack: Pack): CompiledLanguage {
  const words: [string, WordEntry][] = [];
  for (const category of pack.emotions ?? []) {
    for (const term of category.terms) words.push([term.text, { kind: 'term', category, term }]);
  }
  for (const text of pack.modifiers?.ignore ?? []) words.push([text, { kind: 'ignore', text }]);
  const modifiers: [string, ModifierRef][] = [];
  for (const kind of ['negator', 'intensifier', 'downtoner'] as const) {
    const list = kind === 'negator' ? pack.modifiers?.negators : kind === 'intensifier' ? pack.modifiers?.intensifiers : pack.modifiers?.downtoners;
    for (const text of list ?? []) modifiers.push([text, { kind, text }]);
  }
  const cues: [string, CueEntry][] = [];
  for (const situation of pack.situations ?? []) for (const text of situation.cues) cues.push([text, { situation: situation.id, text }]);
  return {
    language,
    japanese: language === 'ja',
    pack,
    categories: new Map((pack.emotions ?? []).map((c) => [c.id, c])),
    words: buildLexicon(words),
    modifiers: buildLexicon(modifiers),
    cues: buildLexicon(cues),
    situations: pack.situations ?? [],
    phrasings: indexPhrasings(pack.phrasings ?? []),
  };
}
