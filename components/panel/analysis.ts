import { panelEngine } from '../engine';
import { panelPacks } from './packs';
import type { PanelSnapshot } from '../useSnapshot';
import { analyzeConversation, type ConversationAnalysis } from '../../utils/analyze';
import type { Conversation } from '../../utils/conversation/model';
import type { Pack, Register } from '../../utils/pack/schema';
import { queryFromMessage } from '../../utils/search';
import { findOrderIds } from '../../utils/text/order-ids';

/** Text the agent selected on the page or pasted, analysed as one customer message. */
export interface PastedText {
  text: string;
  source: 'selection' | 'paste';
}

/** The conversation the panel works on: the page's, else the pasted text. */
export function conversationOf(snapshot: PanelSnapshot, pasted: PastedText | undefined): Conversation | undefined {
  if (snapshot.state === 'reading') return snapshot.conversation;
  if (!pasted?.text.trim()) return undefined;
  return { site: 'pasted', channel: 'chat', orderIds: findOrderIds(pasted.text), messages: [{ role: 'customer', text: pasted.text }] };
}

/** Identifies a thread, so an update of the same ticket keeps the agent's composed reply. */
export function threadKey(conversation: Conversation | undefined): string {
  return conversation ? `${conversation.site} ${conversation.ticketId ?? ''}` : '';
}

function sameMessages(a: Conversation | undefined, b: Conversation | undefined): boolean {
  if (!a || !b || a.messages.length !== b.messages.length) return false;
  if (a.customerName !== b.customerName || a.orderIds.join() !== b.orderIds.join()) return false;
  return a.messages.every((m, i) => m.role === b.messages[i]!.role && m.text === b.messages[i]!.text);
}

/** What an analysis was computed from. */
export interface AnalysedFrom {
  conversation?: Conversation;
  register: Register;
  analysis?: ConversationAnalysis;
  /** The layers it was analysed with: a newly activated pack re-analyses the same conversation. */
  packs?: readonly Pack[];
}

/**
 * The analysis of a conversation; the previous one is kept when nothing it depends on changed, so a
 * re-sent snapshot (a timestamp ticked) does not re-render the sections.
 */
export function analyse(conversation: Conversation | undefined, register: Register, previous?: AnalysedFrom): ConversationAnalysis | undefined {
  if (!conversation) return undefined;
  if (previous?.analysis && previous.register === register && previous.packs === panelPacks().packs && sameMessages(previous.conversation, conversation)) return previous.analysis;
  const context = {
    ...(conversation.customerName ? { customerName: conversation.customerName } : {}),
    ...(conversation.orderIds[0] ? { orderId: conversation.orderIds[0] } : {}),
  };
  return analyzeConversation(panelEngine(), conversation.messages, { register, context });
}

/** The FAQ query for the customer's latest message, in the conversation's language. */
export function faqPrefillFor(conversation: Conversation | undefined, analysis: ConversationAnalysis | undefined): string {
  const latest = analysis?.messages[0];
  const text = latest ? conversation?.messages[latest.index]?.text : undefined;
  return text ? queryFromMessage(text, analysis!.language) : '';
}
