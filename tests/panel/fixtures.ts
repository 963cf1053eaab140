import type { Conversation } from '../../utils/conversation/model';
import type { Snapshot } from '../../utils/messaging';

const at = 1_700_000_000_000;

/** An upset English chat: late and damaged, a refund asked for, no order number given. */
export const UPSET_EN: Conversation = {
  site: 'zendesk',
  channel: 'chat',
  ticketId: '101',
  subject: 'Lamp arrived late and cracked',
  customerName: 'Maria',
  orderIds: [],
  messages: [
    { role: 'customer', text: 'Hi, the desk lamp I bought for my mum finally came, two weeks late.' },
    { role: 'agent', text: 'Hello Maria, thanks for reaching out. Let me look into this for you.' },
    { role: 'note', text: 'Checked the courier scan: delayed at the depot.' },
    { role: 'customer', text: "When I opened the box the base was cracked. I'm honestly really frustrated!! Can I just get my money back?" },
  ],
};

/** Four customer messages with several feelings each: newest first, older ones fade. */
export const MANY_FEELINGS_EN: Conversation = {
  site: 'zendesk',
  channel: 'chat',
  ticketId: '103',
  orderIds: ['A-20931'],
  messages: [
    { role: 'customer', text: "I'm a bit worried my parcel is lost. Order #A-20931 hasn't moved in days." },
    { role: 'agent', text: 'Let me check with the courier.' },
    { role: 'customer', text: "I'm confused, the tracking page says delivered but nothing came." },
    { role: 'customer', text: 'Now I am annoyed. I have been waiting on hold for an hour and I am disappointed with the service.' },
    { role: 'agent', text: 'I am sorry about the wait.' },
    { role: 'customer', text: "This is ridiculous, I'm furious and honestly so stressed because it is a gift for tomorrow." },
  ],
};

/** A customer who names no feeling: the empty state. */
export const CALM_EN: Conversation = {
  site: 'zendesk',
  channel: 'chat',
  ticketId: '104',
  orderIds: [],
  messages: [{ role: 'customer', text: 'Hello, could you tell me how long refunds take to reach my card?' }],
};

/** A Japanese chat: wrong item delivered, the customer is at a loss and worried. */
export const UPSET_JA: Conversation = {
  site: 'zendesk',
  channel: 'chat',
  ticketId: '102',
  subject: '注文と違う商品が届いた',
  customerName: '山田',
  orderIds: [],
  messages: [
    { role: 'customer', text: '先日注文したシャツですが、届いた箱に違う商品が入っていました。' },
    { role: 'agent', text: 'お問い合わせありがとうございます。確認いたします。' },
    { role: 'customer', text: '来週使う予定なので、正直とても困っています。返品はできますか？間に合うか不安です。' },
  ],
};

export function reading(conversation: Conversation, siteName = 'Zendesk'): Snapshot {
  return { state: 'reading', site: { id: conversation.site, name: siteName }, conversation, url: `https://demo.zendesk.com/agent/tickets/${conversation.ticketId}`, at };
}

export const CANNOT_READ: Snapshot = { state: 'cannot-read', site: { id: 'zendesk', name: 'Zendesk' }, url: 'https://demo.zendesk.com/agent/tickets/9', at };
export const NO_CONVERSATION: Snapshot = { state: 'no-conversation', url: 'https://demo.zendesk.com/agent/dashboard', at };
