import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../utils/analyze';
import { fillPhrasing } from '../../utils/phrasing/fill';
import { engine } from './helpers';

const situations = (text: string) => analyzeMessage(engine, text).situations;

describe('situations', () => {
  it('are recognised from cue words and phrases', () => {
    expect(situations('The vase arrived broken')).toEqual(['damaged-item']);
    expect(situations('They sent the wrong size')).toEqual(['wrong-item']);
    expect(situations('All good, thanks')).toEqual([]);
  });

  it('respect negation: "not damaged, just the wrong size" is a wrong item', () => {
    expect(situations("it's not damaged, just the wrong size")).toEqual(['wrong-item']);
    expect(situations('壊れていません、サイズが違うだけです')).toEqual(['wrong-item']);
  });

  it('read Japanese まだ…ない as "not yet", not as a denial', () => {
    expect(situations('まだ届かないんですけど')).toEqual(['long-wait']);
  });

  it('rank by how many cues name them, and explain which words', () => {
    const analysis = analyzeMessage(engine, 'I want my money back. It is cracked, damaged and broken.');
    expect(analysis.situations).toEqual(['damaged-item', 'refund-request']);
    expect(analysis.situationHits.filter((h) => h.situation === 'damaged-item').map((h) => h.text)).toEqual(['cracked', 'damaged', 'broken']);
  });

  it('let repeat contact and long waits co-occur with the main situation', () => {
    expect(situations('This is the third time I write: still waiting for a refund')).toEqual(['refund-request', 'repeat-contact', 'long-wait']);
    const { phrasings } = analyzeMessage(engine, 'Third time now, the box arrived broken and I want a refund');
    expect([...new Set(phrasings.map((p) => p.situation))]).toEqual(['damaged-item', 'repeat-contact', 'refund-request']);
  });

  it('drop praise unless it outranks the problem', () => {
    expect(situations('Thank you so much, but the mug arrived broken')).toEqual(['damaged-item']);
    expect(situations('Great service, thank you so much! Only the box was a bit damaged')).toEqual(['praise', 'damaged-item']);
  });
});

describe('phrasings', () => {
  it('come in answer order: acknowledge → explain → resolve → next step', () => {
    const { phrasings } = analyzeMessage(engine, 'The vase arrived broken', { context: { customerName: 'Ann', orderId: 'A-1', agentName: 'Sam', item: 'vase' } });
    expect(phrasings.map((p) => p.step)).toEqual(['acknowledge', 'explain', 'resolve', 'next-step']);
    expect(phrasings.map((p) => p.text)).toEqual([
      "I'm so sorry order A-1 arrived damaged, Ann.",
      'It looks like A-1 was damaged in transit.',
      "I'll send a replacement vase right away.",
      "You'll get a tracking number from Sam today.",
    ]);
    expect(phrasings.every((p) => p.missing.length === 0)).toBe(true);
  });

  it('put the main situation first within a step and add co-occurring ones', () => {
    const { phrasings } = analyzeMessage(engine, 'Third time asking: the vase arrived broken');
    expect(phrasings.filter((p) => p.step === 'acknowledge').map((p) => p.situation)).toEqual(['damaged-item', 'repeat-contact']);
  });

  it('say which placeholders were unknown, and use fallbacks', () => {
    const [ack, explain] = analyzeMessage(engine, 'The vase arrived broken').phrasings;
    expect(ack!.text).toBe("I'm so sorry order your order arrived damaged, {customerName}.");
    expect(ack!.missing).toEqual(['customerName']);
    expect(ack!.segments).toEqual([
      { text: "I'm so sorry order " },
      { text: 'your order', placeholder: 'orderId', fallback: true },
      { text: ' arrived damaged, ' },
      { text: '{customerName}', placeholder: 'customerName', missing: true },
      { text: '.' },
    ]);
    expect(explain!.missing).toEqual(['orderId']);
  });

  it("fill {emotionWord} from the top flag's word", () => {
    const { phrasings } = analyzeMessage(engine, "I'm a bit worried but mostly FURIOUS: wrong item again");
    expect(phrasings.find((p) => p.id === 'wrong-ack')!.text).toBe("I'm sorry you received the wrong item, there — I understand feeling furious.");
  });

  it('respect the register, falling back to phrasings without one', () => {
    const polite = analyzeMessage(engine, '商品が破損していました', { context: { customerName: '田中' } }).phrasings.map((p) => p.id);
    const formal = analyzeMessage(engine, '商品が破損していました', { register: 'formal' }).phrasings.map((p) => p.id);
    expect(polite).toEqual(['dmg-ack-polite', 'dmg-resolve']);
    expect(formal).toEqual(['dmg-ack-formal', 'dmg-resolve']);
  });

  it('fill a phrasing directly', () => {
    const filled = fillPhrasing({ id: 'p', situation: 's', step: 'resolve', text: 'Hi {customerName|there}, {item} for {orderId}.' }, { item: 'the lamp' });
    expect(filled.text).toBe('Hi there, the lamp for {orderId}.');
    expect(filled.missing).toEqual(['orderId']);
  });
});
