import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../utils/analyze';
import { cleanMessage } from '../../utils/text/clean';
import { engine, flagged } from './helpers';

const kept = (text: string) => cleanMessage(text).text.replace(/\s+/g, ' ').trim();

describe('quoted history', () => {
  it('drops everything from an "On … wrote:" header, even wrapped', () => {
    const text = 'Still nothing, I am worried.\n\nOn Tue, Mar 3, 2026 at 10:02 AM Support <help@shop.example>\nwrote:\n> We are sorry for the frustration.\n> Furious customers get refunds.';
    expect(kept(text)).toBe('Still nothing, I am worried.');
    expect(flagged(text)).toEqual(['worried:anxiety']);
    expect(cleanMessage(text).excluded[0]?.reason).toBe('history');
  });

  it('drops > lines in the middle', () => {
    const text = '> you said it would be frustrating\nI am confused now';
    expect(flagged(text)).toEqual(['confused:confusion']);
  });

  it('drops Outlook history and "-----Original Message-----"', () => {
    expect(kept('ok thanks\n-----Original Message-----\nFrom: x\nI am furious')).toBe('ok thanks');
    expect(kept('ok thanks\n________________________________\nFrom: Support <a@b.c>\nSent: Monday\nangry')).toBe('ok thanks');
    expect(kept('ok\nFrom: Support <a@b.c>\nSent: Monday, March 2\nTo: me\nSubject: Re: angry')).toBe('ok');
  });

  it('drops Japanese headers 「… wrote:」「…が書きました:」 and Gmail date lines', () => {
    expect(kept('まだ届きません。\n\n2026年3月3日(火) 10:02 サポート <help@shop.example>:\n> ご不安をおかけしております')).toBe('まだ届きません。');
    expect(kept('承知しました。\n山田様が書きました:\n> 不安です')).toBe('承知しました。');
    expect(kept('承知しました。\nサポート wrote:\n> 不安です')).toBe('承知しました。');
    expect(flagged('承知しました。\nサポート wrote:\n> とても不安です')).toEqual([]);
  });
});

describe('signatures', () => {
  it('drops "-- " blocks and device footers', () => {
    expect(kept('I am worried\n-- \nJoy Happy\nHappy Paws Inc.')).toBe('I am worried');
    expect(kept('I am worried\n\nSent from my iPhone')).toBe('I am worried');
    expect(kept('不安です\n\niPhoneから送信')).toBe('不安です');
  });

  it('drops the name/phone block after a sign-off, and a bare sign-off formula', () => {
    const text = 'The box arrived crushed and I am angry.\n\nThanks,\nJoy Hartley\nHappy Paws Ltd\n+1 555 123 4567';
    expect(kept(text)).toBe('The box arrived crushed and I am angry.');
    expect(flagged(text)).toEqual(['angry:anger']);
  });

  it('keeps a heartfelt closing that is more than a formula', () => {
    expect(kept('It arrived!\nThank you so much!\nAnn')).toBe('It arrived! Thank you so much!');
  });

  it('drops a Japanese 署名 block framed by ruled lines', () => {
    const text = '商品が届かず不安です。\n\n――――――――――\n株式会社サンプル\n山田 愛\nTEL 03-1234-5678\n――――――――――';
    expect(kept(text)).toBe('商品が届かず不安です。');
  });

  it('keeps a ruled line in the middle of a long body', () => {
    const body = Array.from({ length: 14 }, (_, i) => `line ${i}`).join('\n');
    expect(kept(`intro\n-----\n${body}`)).toContain('line 13');
  });

  it('never moves offsets: flags point into the message as given', () => {
    const text = '> angry quote\nI am furious\n-- \nsig';
    const [flag] = analyzeMessage(engine, text).emotions;
    expect(text.slice(flag!.start, flag!.end)).toBe('furious');
    expect(cleanMessage(text).text.length).toBe(text.length);
  });
});
