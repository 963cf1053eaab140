/**
 * Finds the parts of a customer message that are not the customer speaking now: quoted email history,
 * signatures and the name/phone block after a sign-off. They are blanked out (same length, so offsets
 * into the original text stay valid) rather than cut, because every flag must point at the text as given.
 */
export type ExcludedReason = 'header' | 'quote' | 'history' | 'signature' | 'sign-off';

export interface Excluded {
  start: number;
  end: number;
  reason: ExcludedReason;
}

export interface Cleaned {
  /** The message with excluded parts replaced by spaces (newlines kept). */
  text: string;
  excluded: Excluded[];
}

interface Line {
  start: number;
  /** End of the line's content, before its newline. */
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const stop = nl === -1 ? text.length : nl;
    const end = stop > start && text.charCodeAt(stop - 1) === 0x0d ? stop - 1 : stop;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

// Headers that start quoted history: everything from them on is someone else's (or older) text.
const WROTE_EN = /^\s*On\s[\s\S]{0,300}?\bwrote\s*[:：]\s*$/i;
const WROTE_ANY = /(?:\bwrote|が書きました|さんは書きました|より)\s*[:：]\s*$/i;
const JA_DATE_HEADER = /^\s*\d{4}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?.{0,80}<[^<>\s]+@[^<>\s]+>\s*[:：]?\s*$/;
const ORIGINAL = /^\s*[-－─―ー]{2,}\s*(?:Original Message|Forwarded message|Original|元のメッセージ|転送されたメッセージ|転送メッセージ|オリジナルメッセージ)\s*[-－─―ー]{2,}\s*$/i;
const OUTLOOK_FROM = /^\s*\*?(?:From|差出人|送信者)\*?\s*[:：]/i;
const OUTLOOK_NEXT = /^\s*\*?(?:Sent|Date|To|Subject|Cc|送信日時|日時|宛先|件名)\*?\s*[:：]/i;
const UNDERSCORES = /^\s*_{8,}\s*$/;

// Signatures: the delimiter "-- ", device footers, and Japanese 署名 blocks framed by ruled lines.
const SIG_DASHES = /^--\s?$/;
const DEVICE = /^\s*(?:Sent from (?:my )?\S.{0,40}|Sent via \S.{0,40}|Get Outlook for \S.{0,30}|Sent with \S.{0,30}|\S{0,20}から送信(?:しました)?)\s*$/i;
const RULE_LINE = /^\s*[-‐―ー━─=＝_＿*＊~〜～#＃・※■□◆◇●○☆★]{5,}\s*$/u;
const CONTACT = /(?:@[\w-]+\.|https?:\/\/|www\.|\bTEL\b|\bFAX\b|電話|〒|\+?\d[\d\s().-]{7,}\d)/i;

// A sign-off line: the closing formula alone, which is politeness rather than a feeling.
const SIGN_OFF =
  /^\s*(?:thanks(?: again| so much| a lot| in advance)?|thank you(?: again| so much| in advance)?|many thanks|thx|ty|cheers|regards|best|best regards|best wishes|kind regards|warm regards|warmest regards|sincerely|yours sincerely|yours truly|respectfully|all the best|br|talk soon|take care|よろしくお願い(?:いた|致)?します|宜しくお願い(?:いた|致)?します|よろしくお願い申し上げます|以上(?:です|、?よろしくお願いいたします)?)\s*[,.。、!！]*\s*$/i;
/** Pasted email headers at the top ("Subject: URGENT …") are metadata, often added by a ticket form. */
const TOP_HEADER = /^\s*(?:Subject|Re|Fwd?|To|From|Date|Cc|件名|宛先|差出人)\s*[:：]/i;
const SIGN_OFF_EXCLAIMS = /[!！]\s*$/;

export function cleanMessage(text: string): Cleaned {
  const lines = splitLines(text);
  const excluded: Excluded[] = [];
  let cut = lines.length; // index of the first line of trailing history/signature

  for (let i = 0; i < lines.length && cut === lines.length; i++) {
    const line = lines[i]!.text;
    if (/^\s*On\s/i.test(line)) {
      // Gmail wraps long "On … wrote:" headers over up to three lines.
      let joined = line;
      for (let k = i; k < Math.min(i + 3, lines.length); k++) {
        if (k > i) joined += ' ' + lines[k]!.text;
        if (WROTE_EN.test(joined)) {
          cut = i;
          break;
        }
      }
      if (cut !== lines.length) break;
    }
    if (line.length <= 300 && (WROTE_ANY.test(line) || JA_DATE_HEADER.test(line)) && !/^\s*[>＞]/.test(line) && looksLikeHeader(line)) cut = i;
    else if (ORIGINAL.test(line)) cut = i;
    else if (OUTLOOK_FROM.test(line) && lines.slice(i + 1, i + 5).some((next) => OUTLOOK_NEXT.test(next.text))) cut = i;
    else if (UNDERSCORES.test(line) && lines.slice(i + 1, i + 3).some((next) => OUTLOOK_FROM.test(next.text))) cut = i;
    else if (SIG_DASHES.test(line) || DEVICE.test(line)) cut = i;
    else if (RULE_LINE.test(line) && i > 0 && isSignatureBlock(lines.slice(i + 1))) cut = i;
  }

  if (cut < lines.length) {
    const first = lines[cut]!;
    const reason: ExcludedReason = SIG_DASHES.test(first.text) || DEVICE.test(first.text) || RULE_LINE.test(first.text) ? 'signature' : 'history';
    excluded.push({ start: first.start, end: text.length, reason });
  }

  for (let i = 0; i < cut; i++) {
    const line = lines[i]!;
    if (!TOP_HEADER.test(line.text)) break;
    excluded.push({ start: line.start, end: line.end, reason: 'header' });
  }

  for (let i = 0; i < cut; i++) {
    const line = lines[i]!;
    if (/^\s*[>＞]/.test(line.text)) excluded.push({ start: line.start, end: line.end, reason: 'quote' });
  }

  // Sign-off: the last closing formula followed by a short name/title/phone block.
  const body = lines.slice(0, cut).filter((line) => !/^\s*[>＞]/.test(line.text));
  for (let k = body.length - 1; k >= 1 && k >= body.length - 8; k--) {
    const line = body[k]!;
    if (!SIGN_OFF.test(line.text)) continue;
    const after = body.slice(k + 1).filter((l) => l.text.trim() !== '');
    const before = body.slice(0, k).some((l) => l.text.trim() !== '');
    if (!before || after.length === 0 || after.length > 6 || after.some((l) => l.text.trim().length > 60)) break;
    if (!SIGN_OFF_EXCLAIMS.test(line.text)) excluded.push({ start: line.start, end: line.end, reason: 'sign-off' });
    excluded.push({ start: after[0]!.start, end: after.at(-1)!.end, reason: 'signature' });
    break;
  }

  excluded.sort((a, b) => a.start - b.start);
  return { text: blank(text, excluded), excluded };
}

/** "Thanks for the update, wrote: …" in prose is rare, but a header is short and has a date, address or name. */
function looksLikeHeader(line: string): boolean {
  return /@|\d{1,2}[:：]\d{2}|\d{4}|年|月|日|<|\bon\b/i.test(line) || line.trim().length <= 80;
}

function isSignatureBlock(rest: Line[]): boolean {
  const nonEmpty = rest.filter((line) => line.text.trim() !== '');
  if (nonEmpty.length === 0) return true;
  if (nonEmpty.length > 12) return false;
  return nonEmpty.length <= 8 || nonEmpty.some((line) => CONTACT.test(line.text));
}

function blank(text: string, ranges: Excluded[]): string {
  if (ranges.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const { start, end } of ranges) {
    if (end <= pos) continue;
    const from = Math.max(start, pos);
    out += text.slice(pos, from) + text.slice(from, end).replace(/[^\n]/g, ' ');
    pos = end;
  }
  return out + text.slice(pos);
}
