import { REPLY_STEPS, type Phrasing, type Register, type ReplyStep } from '../pack/schema';
import { CO_OCCURRING_SITUATIONS } from '../situation/detect';

export interface PhrasingContext {
  customerName?: string;
  orderId?: string;
  agentName?: string;
  item?: string;
  emotionWord?: string;
}

export interface PhrasingSegment {
  text: string;
  /** Set when this segment came from a placeholder. */
  placeholder?: string;
  /** The value was unknown and the placeholder had no fallback: the UI should mark a blank to fill. */
  missing?: true;
  /** The value was unknown and the `{name|fallback}` words were used. */
  fallback?: true;
}

export interface FilledPhrasing {
  id: string;
  situation: string;
  step: ReplyStep;
  register?: Register;
  /** Filled text; an unknown placeholder without fallback stays as "{name}". */
  text: string;
  segments: PhrasingSegment[];
  /** Placeholders that had no value and no fallback. */
  missing: string[];
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)(?:\|([^{}]*))?\}/g;

function literal(segments: PhrasingSegment[], text: string): void {
  if (!text) return;
  const last = segments.at(-1);
  if (last && last.placeholder === undefined) last.text += text;
  else segments.push({ text });
}

export function fillPhrasing(phrasing: Phrasing, context: PhrasingContext): FilledPhrasing {
  const segments: PhrasingSegment[] = [];
  const missing: string[] = [];
  let pos = 0;
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(phrasing.text); m; m = PLACEHOLDER.exec(phrasing.text)) {
    literal(segments, phrasing.text.slice(pos, m.index));
    pos = m.index + m[0].length;
    const name = m[1]!;
    const raw = (context as Record<string, string | undefined>)[name];
    const value = typeof raw === 'string' ? raw.trim() : '';
    if (value) segments.push({ text: value, placeholder: name });
    else if (m[2] !== undefined) segments.push({ text: m[2], placeholder: name, fallback: true });
    else {
      segments.push({ text: `{${name}}`, placeholder: name, missing: true });
      if (!missing.includes(name)) missing.push(name);
    }
  }
  literal(segments, phrasing.text.slice(pos));
  return {
    id: phrasing.id,
    situation: phrasing.situation,
    step: phrasing.step,
    ...(phrasing.register ? { register: phrasing.register } : {}),
    text: segments.map((s) => s.text).join(''),
    segments,
    missing,
  };
}

/** The phrasings of one situation and step in the wanted register (else unmarked, else polite, else any). */
function inRegister(candidates: Phrasing[], register: Register): Phrasing[] {
  if (candidates.length === 0) return candidates;
  for (const pick of [register, undefined, 'polite'] as const) {
    const found = candidates.filter((p) => p.register === pick);
    if (found.length > 0) return found;
  }
  return candidates;
}

/** At most this many competing situations get phrasings, plus the co-occurring ones (repeat contact, long wait). */
const MAX_MAIN_SITUATIONS = 2;

/**
 * Phrasings for the recognised situations, ordered the way good answers go: acknowledge → explain →
 * resolve → next step; within a step the main situation first.
 */
export function selectPhrasings(index: PhrasingIndex, situations: readonly string[], register: Register, context: PhrasingContext): FilledPhrasing[] {
  if (situations.length === 0) return [];
  const main = situations.filter((s) => !CO_OCCURRING_SITUATIONS.includes(s)).slice(0, MAX_MAIN_SITUATIONS);
  const chosen = [...main, ...situations.filter((s) => CO_OCCURRING_SITUATIONS.includes(s))];
  const out: FilledPhrasing[] = [];
  for (const step of REPLY_STEPS) {
    for (const situation of chosen) {
      const candidates = index.get(`${situation} ${step}`);
      if (candidates) for (const phrasing of inRegister(candidates, register)) out.push(fillPhrasing(phrasing, context));
    }
  }
  return out;
}

/** Phrasings by "situation step", in pack order. */
export type PhrasingIndex = Map<string, Phrasing[]>;

export function indexPhrasings(all: readonly Phrasing[]): PhrasingIndex {
  const index: PhrasingIndex = new Map();
  for (const phrasing of all) {
    const key = `${phrasing.situation} ${phrasing.step}`;
    index.set(key, [...(index.get(key) ?? []), phrasing]);
  }
  return index;
}
