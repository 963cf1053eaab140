import { describe, expect, it } from 'vitest';
import { analyzeConversation, type ConversationMessage } from '../../utils/analyze';
import { engine } from './helpers';

const chat: ConversationMessage[] = [
  { role: 'customer', text: 'Hi, my vase arrived broken. I am really upset... well, annoyed.' },
  { role: 'agent', text: "I'm so sorry you're frustrated and angry! We hate that this happened." },
  { role: 'note', text: 'Customer is furious, escalate' },
  { role: 'system', text: 'Ticket reassigned. Customer satisfaction: angry' },
  { role: 'customer', text: "Third time asking. I'm worried it won't be replaced in time" },
];

describe('analyzeConversation', () => {
  it("reads only the customer's messages, newest first", () => {
    const result = analyzeConversation(engine, chat);
    expect(result.messages.map((m) => m.index)).toEqual([4, 0]);
    const words = result.messages.flatMap((m) => m.analysis.emotions.map((f) => f.text));
    expect(words).not.toContain('frustrated');
    expect(words).not.toContain('furious');
    expect(result.messages[0]!.analysis.emotions.map((f) => f.text)).toEqual(['worried']);
  });

  it('orders by time when every message has one', () => {
    const timed: ConversationMessage[] = [
      { role: 'customer', text: 'later message, confused', time: '2026-03-03T10:00:00Z' },
      { role: 'customer', text: 'earlier message, worried', time: '2026-03-02T10:00:00Z' },
    ];
    expect(analyzeConversation(engine, timed).messages.map((m) => m.index)).toEqual([0, 1]);
  });

  it("gives the conversation's situations and phrasings, with the newest message's top feeling", () => {
    const result = analyzeConversation(engine, chat, { context: { customerName: 'Ann' } });
    expect(result.situations).toEqual(['repeat-contact', 'damaged-item']); // a tie: the newer message's first
    expect(result.topFlag?.text).toBe('worried');
    expect(result.phrasings[0]!.text).toBe("I'm so sorry order your order arrived damaged, Ann.");
  });

  it('takes the language of the conversation for short messages', () => {
    const ja: ConversationMessage[] = [
      { role: 'customer', text: '商品がまだ届かず、とても不安です。' },
      { role: 'customer', text: 'OK' },
    ];
    const result = analyzeConversation(engine, ja);
    expect(result.language).toBe('ja');
    expect(result.messages.map((m) => m.analysis.language)).toEqual(['ja', 'ja']);
  });

  it('copes with no customer messages', () => {
    const result = analyzeConversation(engine, [{ role: 'agent', text: 'Hello' }]);
    expect(result).toMatchObject({ messages: [], situations: [], phrasings: [] });
    expect(result.topFlag).toBeUndefined();
  });
});
