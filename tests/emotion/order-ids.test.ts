import { describe, expect, it } from 'vitest';
import { findOrderIds } from '../../utils/text/order-ids';
import { analyzeConversation, analyzeMessage, compileEngine } from '../../utils/analyze';
import { BUNDLED_PACKS } from '../../utils/pack/bundled';

describe('findOrderIds', () => {
  it.each([
    ['My order #A-10234 arrived broken', ['A-10234']],
    ['order number 55123 and order no. 55124', ['55123', '55124']],
    ['Order ID: ZX9981 — and #88231 too', ['ZX9981', '88231']],
    ['注文番号：１２３４５６ の件です', ['123456']],
    ['ご注文番号はAB-2231です。', ['AB-2231']],
    ['This is my #1 priority, in the order of 3 days', []],
    ['Please call me at order time', []],
    ['#88231 and again #88231', ['88231']],
  ])('%j → %j', (text, ids) => {
    expect(findOrderIds(text)).toEqual(ids);
  });
});

describe('order ids fill the {orderId} placeholder', () => {
  const engine = compileEngine([...BUNDLED_PACKS]);

  it('from the message when the caller gives none', () => {
    const analysis = analyzeMessage(engine, 'Order #A-10234 arrived smashed, the lid is cracked.');
    const withOrder = analysis.phrasings.filter((phrasing) => phrasing.segments.some((segment) => segment.placeholder === 'orderId'));
    expect(withOrder.length).toBeGreaterThan(0);
    for (const phrasing of withOrder) expect(phrasing.text).toContain('A-10234');
  });

  it('leaves a marked blank when no order number is known', () => {
    const analysis = analyzeMessage(engine, 'The mug arrived smashed, the lid is cracked.');
    const blank = analysis.phrasings.find((phrasing) => phrasing.missing.includes('orderId'));
    expect(blank?.segments.find((segment) => segment.placeholder === 'orderId')).toMatchObject({ missing: true });
  });

  it('from the newest customer message that mentions one in a conversation', () => {
    const analysis = analyzeConversation(engine, [
      { role: 'customer', text: 'Hi, my order 55123 never came.' },
      { role: 'agent', text: 'Sorry! Could you confirm order 99999?' },
      { role: 'customer', text: 'It is still not here and I am really frustrated.' },
    ]);
    const next = analysis.phrasings.find((phrasing) => phrasing.segments.some((segment) => segment.placeholder === 'orderId'));
    expect(next?.text).toContain('55123');
  });
});
