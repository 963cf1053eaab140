// The bundled demo helpdesk (demo/) must read, through the real site adapters, to the conversations it was
// written to show: `npm run demo` is the first thing a new user sees, so a drifted page or adapter fails here first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findAdapter, safeRead } from '../../utils/adapters/registry';
import type { AuthorRole, Conversation } from '../../utils/conversation/model';
import { DEMO, DEMO_DIR, demoRoutes, type DemoPage } from '../../demo/site.mjs';

interface Expected {
  site: string;
  channel: 'chat' | 'email';
  ticketId: string;
  subject: string;
  customerName: string;
  orderIds: string[];
  /** Role, author, and either the exact text or phrases the text must contain. */
  messages: { role: AuthorRole; author?: string; text?: string; has?: string[] }[];
  /** Text that must not reach a message (system lines aside): quoted history, signatures, page chrome. */
  never: string[];
}

const EXPECTED: Record<string, Expected> = {
  'zendesk-en': {
    site: 'zendesk',
    channel: 'chat',
    ticketId: '101',
    subject: 'Lamp arrived four days late and cracked',
    customerName: 'Megan Castillo',
    orderIds: ['A-48213'],
    messages: [
      { role: 'system', text: 'Megan Castillo started a conversation from the web widget' },
      {
        role: 'customer',
        author: 'Megan Castillo',
        text: "Hi. I'm honestly really frustrated right now. My order #A-48213 finally showed up this morning, four days after the delivery date you gave me, and the ceramic lamp base is cracked straight through.",
      },
      {
        role: 'customer',
        author: 'Megan Castillo',
        text: 'It was a birthday present for my mom and her party was yesterday. I already wrote to you about the delay on Monday and nobody got back to me.',
      },
      { role: 'system', text: 'Conversation assigned to Sam Porter (Customer Care)' },
      { role: 'agent', author: 'Sam Porter', has: ["I'm pulling up order #A-48213 now."] },
      { role: 'customer', author: 'Megan Castillo', text: 'Here. The whole side is split.' },
      { role: 'note', author: 'Sam Porter', has: ['Reno hub', 'ticket #97'] },
      {
        role: 'customer',
        author: 'Megan Castillo',
        text: "I don't want another lamp that turns up in pieces. Can I just get my money back? I'm really disappointed, I've been ordering from you for years and this has never happened.",
      },
    ],
    never: ['Internal note', 'via messaging', 'lamp-base.jpg', 'Customer since', 'Macros'],
  },
  'zendesk-ja': {
    site: 'zendesk',
    channel: 'chat',
    ticketId: '102',
    subject: '注文と違う商品が届きました',
    customerName: '佐藤 美咲',
    orderIds: ['JP-20417'],
    messages: [
      { role: 'system', text: '佐藤 美咲 started a conversation via LINE' },
      {
        role: 'customer',
        author: '佐藤 美咲',
        text: 'すみません、昨日届いた荷物を開けたら、注文したものと違う商品が入っていました。注文番号はJP-20417です。',
      },
      {
        role: 'customer',
        author: '佐藤 美咲',
        text: 'ネイビーのMサイズを注文したのに、グレーのLサイズが届いています。週末の旅行で着るつもりだったので、正直とても困っています。',
      },
      { role: 'system', text: 'Conversation assigned to 山本 葵 (Customer Care)' },
      { role: 'agent', author: '山本 葵', has: ['担当の山本と申します。'] },
      { role: 'note', author: '山本 葵', has: ['ピッキングミス'] },
      {
        role: 'customer',
        author: '佐藤 美咲',
        text: '前にもサイズ違いが届いたことがあって、またかと思うとがっかりです。旅行は土曜日なのですが、間に合いますか？返品の送料もこちらで負担しないといけないのでしょうか。不安です。',
      },
    ],
    never: ['Internal note', 'via LINE', 'ウールカーディガン'],
  },
  'gmail-en': {
    site: 'gmail',
    channel: 'email',
    ticketId: 'FMfcgzQdemoEnLateDesk',
    subject: "Order #100482 still hasn't arrived",
    customerName: 'Marcus Bell',
    orderIds: ['100482'],
    messages: [
      // Collapsed in Gmail: only the snippet is on the page.
      { role: 'customer', author: 'Marcus Bell', has: ['I ordered the oak standing desk (order #100482)', 'paid $39 for express shipping'] },
      { role: 'agent', author: 'Jordan Lee', has: ['the carrier confirms it is on its way'] },
      {
        role: 'customer',
        author: 'Marcus Bell',
        has: [
          "It's Monday and still nothing. I paid for express shipping",
          "I'm really annoyed that nobody told me about the delay.",
          'I want to cancel the order and get a full refund, including the $39 shipping.',
        ],
      },
    ],
    // The expanded reply quotes Jordan's mail and ends with a signature; neither is Marcus speaking now.
    never: ['wrote:', 'Best regards', 'Bell & Hart Architects', '(555) 014-2290', 'Show trimmed content', 'Inbox'],
  },
  'gmail-ja': {
    site: 'gmail',
    channel: 'email',
    ticketId: 'FMfcgzQdemoJaBrokenMug',
    subject: '【再送】注文番号JP-31876 商品破損について',
    customerName: '高橋 健一',
    orderIds: ['JP-31876'],
    messages: [
      { role: 'customer', author: '高橋 健一', has: ['注文番号：JP-31876', '一つが割れていました'] },
      {
        role: 'customer',
        author: '高橋 健一',
        has: ['3日経ってもご返信がないため再送いたします。', '一つが割れていたことは非常に残念です。', '不信感を抱いております。', '代わりの品を届けていただくことは可能でしょうか。'],
      },
    ],
    // The follow-up quotes the first mail; its attribution line, quote and signature must not count twice.
    never: ['写真を添付いたします', 'k.takahashi@example.jp', '――', '受信トレイ'],
  },
};

function load(page: DemoPage) {
  const html = readFileSync(join(DEMO_DIR, page.file), 'utf8');
  const dom = new JSDOM(html, { url: page.url });
  return { doc: dom.window.document, url: new URL(page.url) };
}

function read(page: DemoPage): Conversation {
  const { doc, url } = load(page);
  const adapter = findAdapter(doc, url);
  expect(adapter?.id, `${page.id}: adapter`).toBe(page.site);
  const result = safeRead(adapter!, doc, url);
  if (!result.ok) throw new Error(`${page.id}: ${result.reason} ${result.missing ?? ''}`);
  return result.conversation;
}

describe('demo pages', () => {
  it('cover a chat and an email thread in English and in Japanese', () => {
    const kinds = DEMO.pages.map((page) => `${page.channel}/${page.lang}`).sort();
    expect(kinds).toEqual(['chat/en', 'chat/ja', 'email/en', 'email/ja']);
    expect(Object.keys(EXPECTED).sort()).toEqual(DEMO.pages.map((page) => page.id).sort());
  });

  for (const page of DEMO.pages) {
    describe(page.id, () => {
      const expected = EXPECTED[page.id]!;

      it('reads to the expected messages and roles', () => {
        const conversation = read(page);
        expect(conversation).toMatchObject({
          site: expected.site,
          channel: expected.channel,
          ticketId: expected.ticketId,
          subject: expected.subject,
          customerName: expected.customerName,
          orderIds: expected.orderIds,
        });
        expect(conversation.messages.map((message) => message.role)).toEqual(expected.messages.map((message) => message.role));
        conversation.messages.forEach((message, index) => {
          const want = expected.messages[index]!;
          if (want.author) expect(message.author).toBe(want.author);
          if (want.text) expect(message.text).toBe(want.text);
          for (const phrase of want.has ?? []) expect(message.text).toContain(phrase);
          if (message.role !== 'system') for (const phrase of expected.never) expect(message.text).not.toContain(phrase);
        });
      });

      it('shows the customer phrases demo.mjs --check looks for in the panel', () => {
        const customerText = read(page)
          .messages.filter((message) => message.role === 'customer')
          .map((message) => message.text)
          .join('\n');
        for (const phrase of page.customer) expect(customerText).toContain(phrase);
      });

      it('has an empty reply editor and a thread root for the content script', () => {
        const { doc, url } = load(page);
        const adapter = findAdapter(doc, url)!;
        const editor = adapter.findEditor(doc);
        expect(editor?.getAttribute('contenteditable')).toBe('true');
        expect(editor?.textContent).toBe('');
        expect(adapter.threadRoot(doc)).not.toBeNull();
        expect(adapter.ticketId(doc, url)).toBe(expected.ticketId);
      });
    });
  }

  it('serves every page, the index and the stylesheet from the demo routes', async () => {
    const routes = demoRoutes();
    const get = async (address: string) => {
      const url = new URL(address);
      return routes[url.hostname]?.(url.pathname, {} as never);
    };
    for (const page of DEMO.pages) {
      const response = await get(page.url);
      expect(response?.status, page.url).toBe(200);
      expect(String(response?.body)).toBe(readFileSync(join(DEMO_DIR, page.file), 'utf8'));
    }
    expect((await get(DEMO.index))?.type).toMatch(/^text\/html/);
    expect((await get('https://mail.google.com/_demo/demo.css'))?.type).toMatch(/^text\/css/);
    expect((await get('https://attune-demo.zendesk.com/_demo/demo.js'))?.type).toMatch(/^text\/javascript/);
    expect(await get('https://attune-demo.zendesk.com/agent/tickets/999')).toBeUndefined();
    expect(await get('https://attune-demo.zendesk.com/_demo/../pages.json')).toBeUndefined();
  });

  it('links the index to every demo page', () => {
    const index = readFileSync(join(DEMO_DIR, 'index.html'), 'utf8');
    for (const page of DEMO.pages) expect(index).toContain(`href="${page.url}"`);
  });
});
