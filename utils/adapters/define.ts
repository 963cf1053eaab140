import { findOrderIds } from '../text/order-ids';
import type { Conversation } from '../conversation/model';
import type { ReadResult, SiteAdapter } from './types';

/** Fills what every adapter would otherwise compute alike: order ids from the subject and customer words. */
export function conversation(parts: Omit<Conversation, 'orderIds'>): ReadResult {
  const sources = [parts.subject ?? '', ...parts.messages.filter((message) => message.role === 'customer').map((message) => message.text)];
  const orderIds = [...new Set(sources.flatMap((text) => findOrderIds(text)))];
  return { ok: true, conversation: { ...parts, orderIds } };
}

export function defineAdapter(adapter: SiteAdapter): SiteAdapter {
  return adapter;
}
