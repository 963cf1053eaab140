import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyse } from '../../components/panel/analysis';
import { feelingsFrom, sentenceAround } from '../../components/panel/feelings';
import allEn from '../../public/_locales/en/messages.json';
import allJa from '../../public/_locales/ja/messages.json';
import { applyBlanks, blankNames, composeReply, hasBlank, topSuggestion } from '../../components/panel/reply';
import { resetPanelStore, usePanelStore } from '../../components/panel/store';
import { CORE_EMOTIONS, CORE_SITUATIONS, REPLY_STEPS } from '../../utils/pack/schema';
import { CALM_EN, MANY_FEELINGS_EN, reading, UPSET_EN } from './fixtures';

// This part's strings: the panel_ keys of the extension's _locales catalogues.
const own = (catalog: Record<string, unknown>) => Object.fromEntries(Object.entries(catalog).filter(([key]) => key.startsWith('panel_')));
const en = own(allEn);
const ja = own(allJa);

describe('sentenceAround', () => {
  it('cuts at sentence ends, keeps "e.g." and decimals inside, and splits around the word', () => {
    const text = 'Hello there. I paid 3.5 times more, e.g. for express, and I am FURIOUS!! Fix it.';
    const start = text.indexOf('FURIOUS');
    expect(sentenceAround(text, start, start + 7)).toEqual({ before: 'I paid 3.5 times more, e.g. for express, and I am ', word: 'FURIOUS', after: '!!' });
  });

  it('works on Japanese punctuation and clips very long sentences around the word', () => {
    const text = 'ご連絡ありがとうございます。届いた商品が壊れていて本当に困っています。至急対応してください。';
    const start = text.indexOf('困っ');
    expect(sentenceAround(text, start, start + 2)).toEqual({ before: '届いた商品が壊れていて本当に', word: '困っ', after: 'ています。' });
    const long = `${'word '.repeat(60)}upset ${'more '.repeat(60)}`;
    const at = long.indexOf('upset');
    const parts = sentenceAround(long, at, at + 5);
    expect(parts.word).toBe('upset');
    expect(parts.before.startsWith('…')).toBe(true);
    expect(parts.after.endsWith('…')).toBe(true);
    expect(parts.before.length + parts.after.length).toBeLessThan(200);
  });
});

describe('feelingsFrom', () => {
  it('takes each word once (its newest use), newest message first, at most the limit', () => {
    const conversation = {
      ...CALM_EN,
      messages: [
        { role: 'customer' as const, text: "I'm worried about the delay." },
        { role: 'customer' as const, text: "Still worried, and now I'm annoyed." },
      ],
    };
    const feelings = feelingsFrom(analyse(conversation, 'polite'), conversation.messages);
    expect(feelings.map((f) => [f.flag.text, f.age])).toEqual([
      ['worried', 0],
      ['annoyed', 0],
    ]);
    expect(feelingsFrom(analyse(MANY_FEELINGS_EN, 'polite'), MANY_FEELINGS_EN.messages, { limit: 2 })).toHaveLength(2);
  });

  it('leaves negated words out', () => {
    const conversation = { ...CALM_EN, messages: [{ role: 'customer' as const, text: "I'm not angry, just confused." }] };
    expect(feelingsFrom(analyse(conversation, 'polite'), conversation.messages).map((f) => f.flag.text)).toEqual(['confused']);
  });
});

describe('reply helpers', () => {
  const analysis = analyse(UPSET_EN, 'polite')!;

  it('fills blanks from the agent and reports what is still missing', () => {
    const phrasing = analysis.phrasings.find((p) => p.missing.includes('orderId'))!;
    expect(hasBlank(phrasing.text)).toBe(true);
    const filled = applyBlanks(phrasing, { orderId: ' A-1 ' });
    expect(filled.text).toContain('A-1');
    expect(filled.missing).toEqual([]);
    expect(hasBlank(filled.text)).toBe(false);
    expect(applyBlanks(phrasing, { orderId: '  ' }).missing).toEqual(['orderId']);
    expect(blankNames(analysis)).toEqual(['orderId']);
  });

  it('joins English with spaces, Japanese without, email as paragraphs', () => {
    expect(composeReply(['One.', 'Two.'], 'en')).toBe('One. Two.');
    expect(composeReply(['一。', '二。'], 'ja')).toBe('一。二。');
    expect(composeReply(['One.', 'Two.'], 'en', 'email')).toBe('One.\n\nTwo.');
  });

  it('the top suggestion is the first line, else the strongest mirror line', () => {
    expect(topSuggestion(analysis, {})).toBe(analysis.phrasings[0]!.text);
    const feelingsOnly = { ...CALM_EN, messages: [{ role: 'customer' as const, text: "I'm so frustrated." }] };
    const only = analyse(feelingsOnly, 'polite')!;
    expect(only.phrasings).toEqual([]);
    expect(topSuggestion(only, {})).toBe(only.messages[0]!.analysis.mirrorLines[0]);
    expect(topSuggestion(undefined, {})).toBeUndefined();
  });
});

describe('panel store', () => {
  beforeEach(resetPanelStore);

  it('derives the conversation and analysis from the snapshot, and keeps the analysis when nothing changed', () => {
    usePanelStore.getState().setSnapshot(reading(UPSET_EN));
    const first = usePanelStore.getState().analysis;
    expect(first?.language).toBe('en');
    usePanelStore.getState().setSnapshot({ ...reading(UPSET_EN), at: 2 });
    expect(usePanelStore.getState().analysis).toBe(first);
    usePanelStore.getState().setRegister('formal');
    expect(usePanelStore.getState().analysis).not.toBe(first);
  });

  it('ticking composes in suggestion order; blanks typed later flow into the draft', () => {
    const store = usePanelStore.getState();
    store.setSnapshot(reading(UPSET_EN));
    const { analysis } = usePanelStore.getState();
    const withBlank = analysis!.phrasings.find((p) => p.missing.length > 0)!;
    store.toggleLine(withBlank.id);
    store.toggleLine(analysis!.phrasings[0]!.id);
    expect(usePanelStore.getState().draft).toBe(`${analysis!.phrasings[0]!.text} ${withBlank.text}`);
    store.setBlank('orderId', 'A-9');
    expect(usePanelStore.getState().draft).toContain('A-9');
  });

  it('reset gives a fresh panel', () => {
    usePanelStore.getState().setSnapshot(reading(UPSET_EN));
    usePanelStore.getState().setFaqQuery('x');
    resetPanelStore();
    const state = usePanelStore.getState();
    expect([state.snapshot.state, state.analysis, state.faqQuery, state.draft]).toEqual(['loading', undefined, '', '']);
  });
});

describe('panel strings', () => {
  const dir = join(import.meta.dirname, '../../components/panel');
  const used = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => /\.tsx?$/.test(f))) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/'(panel_[A-Za-z0-9_]+)'/g)) used.add(m[1]!);
  }
  const families = [
    ...CORE_EMOTIONS.map((id) => `panel_category_${id}`),
    ...CORE_SITUATIONS.map((id) => `panel_situation_${id.replace(/-/g, '_')}`),
    ...REPLY_STEPS.map((id) => `panel_step_${id.replace(/-/g, '_')}`),
    ...['customerName', 'orderId', 'emotionWord', 'agentName', 'item'].map((id) => `panel_placeholder_${id}`),
    ...['customer', 'agent', 'note', 'system'].map((id) => `panel_role_${id}`),
    ...['en', 'ja'].map((id) => `panel_language_${id}`),
    ...[1, 2, 3].map((n) => `panel_intensity_${n}`),
  ];

  it('every key the panel uses exists in English and Japanese', () => {
    for (const key of [...used, ...families]) {
      expect(en, key).toHaveProperty([key]);
      expect(ja, key).toHaveProperty([key]);
    }
  });

  it('both languages have the same keys and placeholders, with descriptions', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en) as [string, { description?: string; placeholders?: object }][]) {
      expect(key).toMatch(/^panel_[A-Za-z0-9_]+$/);
      expect(entry.description, key).toBeTruthy();
      expect(Object.keys((ja as Record<string, { placeholders?: object }>)[key]!.placeholders ?? {}), key).toEqual(Object.keys(entry.placeholders ?? {}));
    }
  });
});
