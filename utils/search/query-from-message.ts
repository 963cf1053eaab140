import { detectLanguage, type Language } from '../text/language';

/**
 * Turns a customer's message into a search query: drops quoted history, signatures, greetings, sign-offs,
 * pleasantries, venting and order numbers. What is left is usually the question and the statement of the
 * problem ("The mirror arrived smashed. What can you do?"); both matter, so both stay. Only when that is
 * longer than a search box wants are question sentences preferred, then the statements just before them.
 * Deterministic and rule-based, so the agent sees why a query was chosen and can edit it.
 */
export function queryFromMessage(text: string, language?: Language): string {
  const lang = language ?? detectLanguage(text);
  const body = stripQuotedAndSignature(text.replace(/\r\n?/g, '\n'), lang);
  const sentences = splitSentences(body, lang)
    .map((sentence) => cleanSentence(sentence, lang))
    .filter((sentence) => sentence && !isNoise(sentence, lang));
  return fitBudget(sentences, lang);
}

const QUOTE_HEADERS = [
  /^on .{4,200} wrote:\s*$/i,
  /^-{2,}\s*(original message|forwarded message)\s*-{2,}/i,
  /^_{8,}\s*$/,
  /^from:\s.+/i,
  /^-{2,}\s*元のメッセージ\s*-{2,}/,
  /^差出人[:：]/,
  /.{1,80}(さんは書きました|wrote)[:：]\s*$/,
];
const SIGNATURE_START = [/^--\s*$/, /^sent from my /i, /^get outlook for /i, /^(iphone|android)から送信/];
const SIGN_OFF_EN = /^(thanks|thank you|many thanks|thanks again|thanks in advance|cheers|regards|kind regards|best regards|warm regards|best|all the best|sincerely|yours sincerely|yours truly|take care|br)\b[\s,.!]*$/i;
const SIGN_OFF_JA = /^(以上[、,]?)?(どうぞ)?(何卒|なにとぞ)?よろしくお願い(いた|致)?します[。.!！]*$|^以上(です|となります)?[。.]*$/;

/** Cuts the message at the first quoted-history header or signature marker, and drops ">" lines. */
function stripQuotedAndSignature(text: string, lang: Language): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (QUOTE_HEADERS.some((re) => re.test(line)) || SIGNATURE_START.some((re) => re.test(line))) break;
    if (line.startsWith('>')) continue;
    // A sign-off near the end ends the message: what follows is a name and a signature.
    if ((SIGN_OFF_EN.test(line) || (lang === 'ja' && SIGN_OFF_JA.test(line))) && i >= lines.length - 8 && i > 0) break;
    kept.push(lines[i]!);
  }
  // A short last line with no sentence in it is a name: "Maria Lopez", 「山田」.
  while (kept.length > 1 && isNameLine(kept[kept.length - 1]!.trim(), lang)) kept.pop();
  return kept.join('\n');
}

function isNameLine(line: string, lang: Language): boolean {
  if (!line) return true;
  if (/[.!?。！？、,]/.test(line)) return false;
  if (lang === 'ja') return line.length <= 8 && !/[\u3040-\u309f]/.test(line);
  return /^(\p{Lu}[\p{L}'-]*\.?\s*){1,3}$/u.test(line);
}

function splitSentences(text: string, lang: Language): string[] {
  const pattern = lang === 'ja' ? /[^。！？!?\n]+[。！？!?]*/g : /[^.!?\n]+(?:[.!?]+(?=\s|$)|$)|[^.!?\n]*[.!?]+/g;
  return (text.match(pattern) ?? []).map((sentence) => sentence.trim()).filter(Boolean);
}

const GREETING_EN = /^(hi|hello|hey|hiya|howdy|dear|good (morning|afternoon|evening)|greetings|hi there|hello there)\b[^.!?]{0,40}?([,!.:]+\s*|$)/i;
const GREETING_JA = /^(いつも|大変)?お世話になって(おり|い)ます[。、]?|^(こんにちは|こんばんは|おはようございます|はじめまして|初めまして)[。、!！]?|^突然の(ご)?連絡(を)?失礼(いた|致)?します[。、]?/;
const ORDER_NUMBER = /\b(order|ref(erence)?|ticket|case)\s*(number|no\.?|#|id)?\s*(is\s*)?[:#]?\s*[a-z]{0,4}-?\d{4,}\b|#\s?\d{3,}|\b[a-z]{1,4}-?\d{5,}\b|\b\d{5,}\b|(注文番号|オーダー番号)[はがを:：\s]*[a-z]*-?\d*(です|になります)?[。]?/gi;
const CONTACT_DETAILS = /\bhttps?:\/\/\S+|\b[\w.+-]+@[\w-]+\.[\w.]+\b|\+?\d[\d\s().-]{7,}\d/g;

function cleanSentence(sentence: string, lang: Language): string {
  let out = sentence.replace(CONTACT_DETAILS, ' ').replace(ORDER_NUMBER, ' ');
  out = lang === 'ja' ? out.replace(GREETING_JA, '') : out.replace(GREETING_EN, '').replace(/^(quick|a quick|one more) question\s*[:,-]\s*/i, '');
  out = out.replace(/\s+/g, ' ').trim();
  // What is left of "Order NS-123." is not a sentence.
  return /[\p{L}\p{N}]{2,}/u.test(out) ? out : '';
}

const PLEASANTRY_EN = [
  /^(i )?hope (you('re| are)|this finds you|all is)\b/i,
  /^(thanks|thank you|many thanks|cheers|much appreciated)\b/i,
  /^(have a (nice|good|great) (day|weekend))/i,
  /^(i )?look forward to (hearing|your reply)/i,
  /^(sorry|apologies) (to bother|for (the )?bothering)/i,
  /^(any help|your help) (is|would be) (much |greatly )?appreciated/i,
  /^(quick|a quick|one more) question[.:!]*$/i,
];
const PLEASANTRY_JA = [/^(ご)?(確認|対応|返信)(の(ほど)?)?よろしくお願い/, /よろしくお願い(いた|致)?します[。!！]*$/, /^ありがとうございま/, /^お手数(ですが|をおかけしますが)[^。]*$/];
/** Venting tells the agent how the customer feels, not what they need; the analyser handles feelings. */
const VENTING_EN = /\b(ridiculous|unacceptable|frustrat\w*|annoy\w*|angry|furious|upset|disappointed|fed up|worried|terrible|awful|horrible|a joke|disgusted|sick of|tired of|outrageous|disgrace\w*|useless|shocked|stressed|nightmare)\b/i;
const VENTING_JA = /(ショック|腹が立|頭にく|ひどい|最悪|困って(い|お)ります|不安です|残念です|悲しい|イライラ|信じられ|がっかり)/;

function isNoise(sentence: string, lang: Language): boolean {
  if (lang === 'ja') {
    if (PLEASANTRY_JA.some((re) => re.test(sentence)) && sentence.length < 40) return true;
    return VENTING_JA.test(sentence) && sentence.length < 25 && !isQuestion(sentence, lang);
  }
  if (PLEASANTRY_EN.some((re) => re.test(sentence))) return true;
  const words = sentence.split(/\s+/).length;
  // A lone name or word left after the greeting is gone ("Tom", "Thanks").
  if (words === 1 && !sentence.includes('?')) return true;
  return VENTING_EN.test(sentence) && words <= 10 && !isQuestion(sentence, lang);
}

const QUESTION_EN = /\?|^(how|where|when|what|why|which|who|whom|can|could|would|will|is|are|am|do|does|did|should|may|might|has|have)\b|\b(i need|i want|i'd like|i would like|please|help me|let me know|wondering)\b/i;
const QUESTION_JA = /[？?]|(です|ます|でしょう|ません|ない)か[。]?$|でしょうか|方法|教えて|知りたい|どう(すれば|したら|やって|なり)|いつ|どこ|できますか|可能|たい(です|のですが)?[。]?$|ください|下さい|お願い(します|できますか)|ほしい|欲しい/;

function isQuestion(sentence: string, lang: Language): boolean {
  return (lang === 'ja' ? QUESTION_JA : QUESTION_EN).test(sentence);
}

/** A search box wants a few dozen words, not a whole letter. */
const MAX_WORDS = 40;
const MAX_CHARS_JA = 120;

function fitBudget(sentences: string[], lang: Language): string {
  const size = (sentence: string) => (lang === 'ja' ? sentence.length : sentence.split(/\s+/).length);
  const budget = lang === 'ja' ? MAX_CHARS_JA : MAX_WORDS;
  const separator = lang === 'ja' ? '' : ' ';
  if (sentences.reduce((sum, s) => sum + size(s), 0) <= budget) return sentences.join(separator);
  const questions = sentences.map((sentence) => isQuestion(sentence, lang));
  const priority = sentences.map((_, i) => (questions[i] ? 2 : questions[i + 1] ? 1 : 0));
  const order = sentences.map((_, i) => i).sort((a, b) => priority[b]! - priority[a]! || a - b);
  const chosen = new Set<number>();
  let used = 0;
  for (const i of order) {
    if (used + size(sentences[i]!) > budget && chosen.size > 0) continue;
    chosen.add(i);
    used += size(sentences[i]!);
  }
  const joined = sentences.filter((_, i) => chosen.has(i)).join(separator);
  if (lang === 'ja') return joined.slice(0, budget);
  return joined.split(/\s+/).slice(0, budget).join(' ');
}
