import { describe, expect, it } from 'vitest';
import { queryFromMessage } from '../../utils/search';

describe('queryFromMessage (English)', () => {
  it('drops greeting, order number, sign-off and signature, keeps the problem and the question', () => {
    const message = 'Hi there,\nI ordered a lamp (order NS-4482913) and it arrived broken. Can I get a replacement?\nThanks,\nDana\n--\nDana Smith | 555-0133';
    expect(queryFromMessage(message)).toBe('I ordered a lamp ( ) and it arrived broken. Can I get a replacement?'.replace('( ) ', '( ) '));
  });

  it('cuts quoted email history', () => {
    const message = 'Where is my refund?\n\nOn Mon, 3 Mar 2025, Northstar Support wrote:\n> Your return has been processed.\n> Kind regards';
    expect(queryFromMessage(message)).toBe('Where is my refund?');
  });

  it('drops pleasantries and venting', () => {
    const message = "Hope you're well. This is ridiculous! How do I change my delivery address? Thanks in advance.";
    expect(queryFromMessage(message)).toBe('How do I change my delivery address?');
  });

  it('keeps statements when nothing is asked', () => {
    expect(queryFromMessage('Hello, my parcel never arrived. Order #55421.')).toBe('my parcel never arrived.');
  });

  it('leaves a plain query alone and is deterministic', () => {
    expect(queryFromMessage('refund time')).toBe('refund time');
    const text = 'Hi, can I return a gift?';
    expect(queryFromMessage(text)).toBe(queryFromMessage(text));
  });
});

describe('queryFromMessage (Japanese)', () => {
  it('drops 挨拶, 注文番号 and 結び, keeps the question', () => {
    const message = 'お世話になっております。本日注文したのですが、キャンセルをお願いできますでしょうか。注文番号はNS-4412093です。よろしくお願いいたします。\n山田';
    expect(queryFromMessage('Where is my parcel?\nMaria Lopez')).toBe('Where is my parcel?');
    expect(queryFromMessage(message)).toBe('本日注文したのですが、キャンセルをお願いできますでしょうか。');
  });

  it('drops short venting but keeps the problem statement', () => {
    const message = '届いたお皿が割れていました。ショックです。交換できますか？';
    expect(queryFromMessage(message)).toBe('届いたお皿が割れていました。交換できますか？');
  });

  it('accepts an explicit language', () => {
    expect(queryFromMessage('返品の方法を教えてください', 'ja')).toBe('返品の方法を教えてください');
  });
});
