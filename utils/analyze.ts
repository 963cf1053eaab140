import type { Pack, Register } from './pack/schema';
import { mergePacks, packsByLanguage } from './pack/merge';
import { computeBoundaries } from './text/boundaries';
import { cleanMessage, type Cleaned, type Excluded } from './text/clean';
import { detectLanguageDetailed, type Language } from './text/language';
import { findAll, longestFirst } from './text/matcher';
import { fold } from './text/normalize';
import { compileLanguage, type CompiledLanguage } from './emotion/lexicon';
import { detectEmotions, topFlag, type EmotionFlag, type MessageText, type SuppressedWord } from './emotion/detect';
import type { ModifierRef } from './emotion/scope';
import { detectSituationHits, rankSituations, type SituationHit } from './situation/detect';
import { selectPhrasings, type FilledPhrasing, type PhrasingContext } from './phrasing/fill';
import { findOrderIds } from './text/order-ids';

export type { EmotionFlag, SuppressedWord } from './emotion/detect';
export type { FilledPhrasing, PhrasingContext, PhrasingSegment } from './phrasing/fill';
export type { SituationHit } from './situation/detect';
export type { Excluded } from './text/clean';
export type { Language } from './text/language';

export interface Engine {
  /** Compiled lexicons by primary language ("en", "ja"); regional packs are layered onto their language. */
  languages: Map<string, CompiledLanguage>;
}

export interface AnalyzeOptions {
  language?: 'auto' | Language;
  /** Mirror and phrasing register; Japanese defaults to polite (です・ます). */
  register?: Register;
  context?: PhrasingContext;
}

export interface MessageAnalysis {
  language: Language;
  /** In text order; negated flags are kept (negated: true) but give no mirror line. */
  emotions: EmotionFlag[];
  /** One line per distinct un-negated flag, strongest first. */
  mirrorLines: string[];
  situations: string[];
  phrasings: FilledPhrasing[];
  /** Quoted history, signatures and sign-off blocks that were not analysed. */
  excluded: Excluded[];
  /** The cue words behind `situations`, for "why". */
  situationHits: SituationHit[];
  /** Emotion words found but not flagged (a name, quoted words, an honorific, a past feeling), for "why not". */
  suppressed: SuppressedWord[];
}

export type Role = 'customer' | 'agent' | 'note' | 'system';

export interface ConversationMessage {
  role: Role;
  text: string;
  time?: string | number | Date;
}

export interface AnalyzedMessage {
  /** Position in the input array. */
  index: number;
  time?: string | number | Date;
  analysis: MessageAnalysis;
}

export interface ConversationAnalysis {
  language: Language;
  /** Customer messages only, newest first. */
  messages: AnalyzedMessage[];
  /** Situations across the customer's messages, strongest first. */
  situations: string[];
  phrasings: FilledPhrasing[];
  /** The flag the phrasings' {emotionWord} came from: the top flag of the newest message that has one. */
  topFlag?: EmotionFlag;
}

/** Compiles every language's lexicon once; packs of one language are layered in order (later wins per id). */
export function compileEngine(packs: readonly Pack[]): Engine {
  const languages = new Map<string, CompiledLanguage>();
  for (const [language, group] of packsByLanguage(packs)) languages.set(language, compileLanguage(language, mergePacks(group)));
  return { languages };
}

interface Prepared {
  language: Language;
  lang: CompiledLanguage | undefined;
  text: string;
  message: MessageText | undefined;
  excluded: Excluded[];
}

function prepare(engine: Engine, text: string, requested: 'auto' | Language, fallback?: Language, cleaned: Cleaned = cleanMessage(text)): Prepared {
  let language: Language;
  if (requested !== 'auto') language = requested;
  else {
    const guess = detectLanguageDetailed(cleaned.text);
    language = !guess.confident && fallback ? fallback : guess.language;
  }
  const lang = engine.languages.get(language);
  if (!lang) return { language, lang, text, message: undefined, excluded: cleaned.excluded };
  const folded = fold(cleaned.text);
  const bounds = computeBoundaries(folded.text, lang.japanese);
  const allModifiers = findAll<ModifierRef>(lang.modifiers, folded.text, bounds, { relaxJapanese: true });
  const modifiers = longestFirst(allModifiers);
  return { language, lang, text, message: { source: text, folded, bounds, modifiers, allModifiers }, excluded: cleaned.excluded };
}

function analyzePrepared(p: Prepared, options: AnalyzeOptions, withPhrasings: boolean): MessageAnalysis {
  const register = options.register ?? 'polite';
  if (!p.lang || !p.message) {
    return { language: p.language, emotions: [], mirrorLines: [], situations: [], phrasings: [], excluded: p.excluded, situationHits: [], suppressed: [] };
  }
  const suppressed: SuppressedWord[] = [];
  const emotions = detectEmotions(p.lang, p.message, register, suppressed);
  const situationHits = detectSituationHits(p.lang, p.message);
  const situations = rankSituations(p.lang, [situationHits]);
  const phrasings = withPhrasings ? selectPhrasings(p.lang.phrasings, situations, register, withOrderId(phrasingContext(options.context, emotions, situations), p.text)) : [];
  return { language: p.language, emotions, mirrorLines: mirrorLines(emotions), situations, phrasings, excluded: p.excluded, situationHits, suppressed };
}

export function analyzeMessage(engine: Engine, text: string, options: AnalyzeOptions = {}): MessageAnalysis {
  return analyzePrepared(prepare(engine, text, options.language ?? 'auto'), options, true);
}

/**
 * Reads the customer's side of a conversation: each customer message (newest first) with its analysis,
 * and the situations and phrasings for the conversation as a whole. Agent replies, notes and system
 * lines are never analysed.
 */
export function analyzeConversation(engine: Engine, messages: readonly ConversationMessage[], options: AnalyzeOptions = {}): ConversationAnalysis {
  const customer = messages
    .map((message, index) => ({ message, index }))
    .filter(({ message }) => message.role === 'customer' && typeof message.text === 'string');
  const newestFirst = orderNewestFirst(customer);
  const requested = options.language ?? 'auto';
  const cleaned = newestFirst.map(({ message }) => cleanMessage(message.text));
  // Short messages ("OK", "#1234") take the language of the conversation.
  let conversationLanguage: Language = requested === 'auto' ? 'en' : requested;
  if (requested === 'auto') {
    let sample = '';
    for (const c of cleaned) {
      if (sample.length >= 4000) break;
      sample += c.text.slice(0, 4000 - sample.length) + '\n';
    }
    conversationLanguage = detectLanguageDetailed(sample).language;
  }
  const analysed: AnalyzedMessage[] = newestFirst.map(({ message, index }, k) => {
    const prepared = prepare(engine, message.text, requested, conversationLanguage, cleaned[k]);
    return { index, ...(message.time !== undefined ? { time: message.time } : {}), analysis: analyzePrepared(prepared, options, true) };
  });
  const lang = engine.languages.get(conversationLanguage);
  const situations = lang ? rankSituations(lang, analysed.map((a) => a.analysis.situationHits)) : [];
  let top: EmotionFlag | undefined;
  for (const { analysis } of analysed) {
    top = topFlag(analysis.emotions, 'negative') ?? topFlag(analysis.emotions);
    if (top) break;
  }
  const register = options.register ?? 'polite';
  const context: PhrasingContext = { ...options.context };
  if (!context.emotionWord && top) context.emotionWord = top.word;
  if (!context.orderId) {
    const mentioned = newestFirst.map(({ message }) => findOrderIds(message.text)[0]).find(Boolean);
    if (mentioned) context.orderId = mentioned;
  }
  const phrasings = lang ? selectPhrasings(lang.phrasings, situations, register, context) : [];
  return { language: conversationLanguage, messages: analysed, situations, phrasings, ...(top ? { topFlag: top } : {}) };
}

function orderNewestFirst<T extends { message: ConversationMessage; index: number }>(items: T[]): T[] {
  const times = items.map(({ message }) => toTime(message.time));
  if (times.every((t) => t !== undefined)) {
    return items
      .map((item, k) => ({ item, t: times[k]! }))
      .sort((a, b) => b.t - a.t || b.item.index - a.item.index)
      .map(({ item }) => item);
  }
  // Helpdesks list messages oldest first.
  return items.slice().reverse();
}

function toTime(time: ConversationMessage['time']): number | undefined {
  if (time === undefined) return undefined;
  const t = time instanceof Date ? time.getTime() : typeof time === 'number' ? time : Date.parse(time);
  return Number.isFinite(t) ? t : undefined;
}

function phrasingContext(given: PhrasingContext | undefined, emotions: EmotionFlag[], situations: string[]): PhrasingContext {
  const context: PhrasingContext = { ...given };
  if (!context.emotionWord) {
    // Praise phrasings thank; everything else acknowledges the difficult feeling.
    const wanted = situations[0] === 'praise' ? 'positive' : 'negative';
    const flag = topFlag(emotions, wanted) ?? topFlag(emotions);
    if (flag) context.emotionWord = flag.word;
  }
  return context;
}

function withOrderId(context: PhrasingContext, text: string): PhrasingContext {
  if (context.orderId) return context;
  const [orderId] = findOrderIds(text);
  return orderId ? { ...context, orderId } : context;
}

function mirrorLines(flags: EmotionFlag[]): string[] {
  const ranked = flags
    .filter((f) => !f.negated && f.mirrorLine)
    .sort((a, b) => b.intensity - a.intensity || a.start - b.start);
  return [...new Set(ranked.map((f) => f.mirrorLine!))];
}
