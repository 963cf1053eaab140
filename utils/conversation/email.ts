import { cleanMessage } from '../text/clean';

/** An email body without quoted history, signature or sign-off block: only what the sender wrote now. */
export function emailBody(text: string): string {
  const { excluded } = cleanMessage(text);
  let out = '';
  let at = 0;
  for (const part of [...excluded].sort((a, b) => a.start - b.start)) {
    if (part.reason === 'sign-off') continue; // "Thanks, Dana" stays: it is part of what they wrote
    out += text.slice(at, part.start);
    at = Math.max(at, part.end);
  }
  out += text.slice(at);
  return out.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
