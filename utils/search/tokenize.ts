import { stemmer } from 'stemmer';
import { fold, foldWithOffsets } from './normalize';
import { CharClass, charClass } from './script';
import { STOP_WORDS } from './stopwords';

export const enum TokenKind {
  /** An English (or other spaced-script) word, stemmed. */
  Word = 0,
  /** Two adjacent CJK characters of the same script (返品, ポイ), or kanji beside katakana. */
  Bigram = 1,
  /** A lone kanji (a one-kanji word such as 届 in 届かない) or a one-character CJK run. */
  Unigram = 2,
  /** Two hiragana, or a pair across a particle boundary (トの, が届): mostly grammar, so queries weigh it less. */
  KanaBigram = 3,
  /** Kanji then hiragana: a stem with its okurigana (届か, 壊れ); informative, less than a pure bigram. */
  OkuriganaBigram = 4,
}

export interface Token {
  /** The indexed term: a Porter stem, or CJK characters. */
  term: string;
  /** The folded word before stemming (for typo matching and prefixes); equals `term` for CJK. */
  surface: string;
  kind: TokenKind;
  /** Offsets in the text given to `tokenize` (original text), or in the folded text for `scanTerms`. */
  start: number;
  end: number;
  /** A stop word (only present when asked for with `keepStopWords`). */
  stop?: boolean;
  /** For a bigram inside a longer same-script word: how many bigrams that word has (ポイント: 3). */
  run?: number;
}

/** Receives each token; `surface` is the folded word (stem it with `stem` for Word tokens) or the CJK term. */
export type Emit = (surface: string, kind: TokenKind, start: number, end: number, stop: boolean, run: number) => void;

const STEM_CACHE = new Map<string, string>();

export function stem(word: string): string {
  let cached = STEM_CACHE.get(word);
  if (cached === undefined) {
    cached = /\d/.test(word) ? word : stemmer(word);
    // A bounded cache: vocabularies are small, but a long session must not grow it for ever.
    if (STEM_CACHE.size > 50_000) STEM_CACHE.clear();
    STEM_CACHE.set(word, cached);
  }
  return cached;
}

function classAt(text: string, i: number): CharClass {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? CharClass.Word : CharClass.Other;
  return charClass(code >= 0xd800 && code <= 0xdbff ? text.codePointAt(i)! : code);
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/**
 * The scanner shared by indexing, queries and highlighting, over already folded text: words are split on
 * anything that is not a letter or digit (apostrophes inside a word are dropped: "don't" → "dont"), stop
 * words skipped unless asked for, and every CJK run becomes bigrams.
 */
function scan(text: string, keepStopWords: boolean, emit: Emit): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    // ASCII fast path: most English text never leaves it.
    const cls = code < 0x80 ? ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? CharClass.Word : CharClass.Other) : classAt(text, i);
    if (cls === CharClass.Word) {
      let j = i + 1;
      let word = '';
      let pieceStart = i;
      while (j < length) {
        const c = text.charCodeAt(j);
        if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) j++;
        else if (c < 0x80 && c !== 39) break;
        else if (isApostrophe(c)) {
          if (j + 1 < length && classAt(text, j + 1) === CharClass.Word) {
            word += text.slice(pieceStart, j);
            pieceStart = ++j;
          } else break;
        } else if (classAt(text, j) === CharClass.Word) j += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
        else break;
      }
      word = word ? word + text.slice(pieceStart, j) : text.slice(i, j);
      const stop = STOP_WORDS.has(word);
      if (!stop || keepStopWords) emit(word, TokenKind.Word, i, j, stop, 0);
      i = j;
    } else if (cls >= CharClass.Kanji) {
      i = scanCjk(text, i, emit);
    } else i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  }
}

/** One CJK run from `from`: bigrams, graded by script pair, and unigrams for lone kanji. Returns its end. */
function scanCjk(text: string, from: number, emit: Emit): number {
  const starts: number[] = [];
  const classes: CharClass[] = [];
  let i = from;
  while (i < text.length) {
    const cls = classAt(text, i);
    if (cls < CharClass.Kanji) break;
    starts.push(i);
    classes.push(cls);
    i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
  }
  starts.push(i);
  const n = classes.length;
  if (n === 1) {
    const char = text.slice(from, i);
    emit(char, TokenKind.Unigram, from, i, false, 0);
    return i;
  }
  let runStart = 0;
  for (let k = 0; k < n; k++) {
    if (classes[k] !== classes[runStart]) runStart = k;
    if (k + 1 < n) {
      const term = text.slice(starts[k], starts[k + 2]);
      let run = 0;
      if (classes[k] === classes[k + 1] && classes[k] !== CharClass.Hiragana) {
        let runEnd = k + 1;
        while (runEnd + 1 < n && classes[runEnd + 1] === classes[k]) runEnd++;
        if (runEnd - runStart >= 2) run = runEnd - runStart;
      }
      emit(term, bigramKind(classes[k]!, classes[k + 1]!), starts[k]!, starts[k + 2]!, false, run);
    }
    // A lone kanji is usually a word with okurigana (届く, 届かない): its unigram lets inflections meet.
    if (classes[k] === CharClass.Kanji && classes[k - 1] !== CharClass.Kanji && classes[k + 1] !== CharClass.Kanji) {
      const char = text.slice(starts[k], starts[k + 1]);
      emit(char, TokenKind.Unigram, starts[k]!, starts[k + 1]!, false, 0);
    }
  }
  return i;
}

function bigramKind(first: CharClass, second: CharClass): TokenKind {
  if (first === second) return first === CharClass.Hiragana ? TokenKind.KanaBigram : TokenKind.Bigram;
  if (first === CharClass.Kanji && second === CharClass.Hiragana) return TokenKind.OkuriganaBigram;
  // Kanji and katakana side by side (ログイン画面) are two words of a compound: still content.
  if (first !== CharClass.Hiragana && second !== CharClass.Hiragana) return TokenKind.Bigram;
  return TokenKind.KanaBigram;
}

/**
 * Fast path for indexing: calls `emit` for every token of `text` without building token objects, stems
 * or an offset map. Offsets passed to `emit` are in the folded text.
 */
export function scanTerms(text: string, keepStopWords: boolean, emit: Emit): void {
  scan(fold(text), keepStopWords, emit);
}

/**
 * Splits text into search tokens, each language by its own rule, chosen per run of script so mixed
 * text works: words are lower-cased, stop words dropped and Porter-stemmed; Japanese (any CJK run) becomes
 * overlapping character bigrams, plus unigrams for lone kanji. Offsets point into the original text.
 */
export function tokenize(text: string, keepStopWords = false): Token[] {
  const { text: folded, origin } = foldWithOffsets(text);
  const tokens: Token[] = [];
  scan(folded, keepStopWords, (surface, kind, start, end, stop, run) => {
    const term = kind === TokenKind.Word ? stem(surface) : surface;
    const token: Token = { term, surface, kind, start: origin[start]!, end: origin[end]! };
    if (stop) token.stop = true;
    if (run) token.run = run;
    tokens.push(token);
  });
  return tokens;
}
