import type { ConversationAnalysis, FilledPhrasing, PhrasingSegment } from '../../utils/analyze';
import type { Channel } from '../../utils/conversation/model';

export interface SuggestionLine {
  id: string;
  step: FilledPhrasing['step'];
  situation: string;
  text: string;
  segments: (PhrasingSegment & { filled?: true })[];
  /** Placeholders still blank after the agent's own values. */
  missing: string[];
}

export type Blanks = Readonly<Record<string, string>>;

/** A phrasing with the blanks the agent typed into the panel filled in; the rest stay marked. */
export function applyBlanks(phrasing: FilledPhrasing, blanks: Blanks): SuggestionLine {
  const segments = phrasing.segments.map((segment) => {
    const value = segment.missing && segment.placeholder ? blanks[segment.placeholder]?.trim() : undefined;
    return value ? { text: value, placeholder: segment.placeholder, filled: true as const } : segment;
  });
  const missing = phrasing.missing.filter((name) => !blanks[name]?.trim());
  return { id: phrasing.id, step: phrasing.step, situation: phrasing.situation, text: segments.map((s) => s.text).join(''), segments, missing };
}

/** The suggested reply lines in engine order: acknowledge → explain → resolve → next step. */
export function suggestionLines(analysis: ConversationAnalysis | undefined, blanks: Blanks): SuggestionLine[] {
  return analysis?.phrasings.map((phrasing) => applyBlanks(phrasing, blanks)) ?? [];
}

/** Placeholders any suggestion leaves blank, in first-seen order: the fields the panel asks the agent for. */
export function blankNames(analysis: ConversationAnalysis | undefined): string[] {
  return [...new Set(analysis?.phrasings.flatMap((phrasing) => phrasing.missing) ?? [])];
}

/**
 * Joins chosen lines into one reply. Japanese sentences carry their own 。, English ones need a space; an
 * email reads better with each step as its own paragraph.
 */
export function composeReply(lines: readonly string[], language: string, channel: Channel = 'chat'): string {
  if (channel === 'email') return lines.join('\n\n');
  return lines.join(language === 'ja' ? '' : ' ');
}

/** What one keystroke inserts: the first suggested line, else the strongest mirror line. */
export function topSuggestion(analysis: ConversationAnalysis | undefined, blanks: Blanks): string | undefined {
  const [first] = suggestionLines(analysis, blanks);
  if (first) return first.text;
  return analysis?.messages.flatMap((message) => message.analysis.mirrorLines)[0];
}

const BLANK = /\{[A-Za-z][A-Za-z0-9]*\}/;

/** True when the text still holds a placeholder the agent has to fill before sending. */
export function hasBlank(text: string): boolean {
  return BLANK.test(text);
}
