import { describe, expect, it } from 'vitest';
import { attune } from './run';

/** `attune returns` prints the customer-facing line of each option, in the politeness asked for. */
describe('attune returns: the line to send', () => {
  const damaged = { daysSinceDelivery: 3, condition: 'damaged', category: 'home', price: 3980 };
  const lineOf = (options: { id: string; line: string }[], id: string) => options.find((option) => option.id === id)!.line;

  it('gives every option its English line, the same with --register formal', () => {
    const facts = JSON.stringify({ daysSinceDelivery: 3, condition: 'damaged', category: 'home', price: 24.99 });
    const polite = attune(['returns'], facts);
    expect(polite.status).toBe(0);
    const { options } = polite.json();
    expect(options).toHaveLength(6);
    for (const option of options) expect(option.line).toMatch(/^I'm so sorry your order arrived damaged\./);
    expect(lineOf(options, 'refund')).toContain('I can refund you to your original payment method.');
    expect(attune(['returns', '--register', 'formal'], facts).json().options).toEqual(options);
  });

  it('writes Japanese lines in 丁寧語 by default and in 尊敬語・謙譲語 with --register formal', () => {
    const polite = attune(['returns', '--locale', 'ja'], JSON.stringify(damaged)).json().options;
    const formal = attune(['returns', '--locale', 'ja', '--register', 'formal'], JSON.stringify(damaged)).json().options;
    expect(lineOf(polite, 'exchange')).toBe(
      'お待ちいただいていた商品が破損した状態で届いてしまい、本当に申し訳ありません。さぞがっかりされたことと思います。' +
        '新しい商品とお取り替えします。ご希望のサイズや色、または別の商品をお知らせください。' +
        '返送料は当店で負担します。',
    );
    expect(lineOf(formal, 'exchange')).toContain('新しい商品との交換を承ります。');
    expect(lineOf(formal, 'refund')).toContain('返金させていただきます。');
    for (const option of polite) expect(option.line).not.toMatch(/させていただ|いたします|存じ/);
    // Only the line changes with the register: status, reasons and fees stay the policy's.
    expect(formal.map(({ line: _line, ...rest }: { line: string }) => rest)).toEqual(polite.map(({ line: _line, ...rest }: { line: string }) => rest));
  });

  it('rejects an unknown register with exit code 2', () => {
    const run = attune(['returns', '--register', 'casual'], JSON.stringify(damaged));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--register must be one of polite, formal/);
  });
});
