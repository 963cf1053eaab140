// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetPanelStore, usePanelStore } from '../../components/panel/store';
import { usePreferences } from '../../components/panel/usePreferences';
import { ReturnOptions } from '../../components/returns/ReturnOptions';
import { setReturnsUiLanguage } from '../../components/returns/i18n';
import { resetDraftStore } from '../../components/returns/useFactsDraft';
import type { Conversation, ConversationMessage } from '../../utils/conversation/model';
import { BUNDLED_PACKS } from '../../utils/pack/bundled';
import { updatePreferences } from '../../utils/settings/preferences';

const NOW = new Date(2024, 10, 20, 12);

function conversation(messages: ConversationMessage[], ticketId = 't1'): Conversation {
  return { site: 'zendesk', channel: 'chat', ticketId, orderIds: [], messages };
}

const EN_CHAT = conversation([
  { role: 'customer', text: 'Hi, my mug arrived broken three weeks ago. I paid $24.99. I would like a refund.' },
  { role: 'agent', text: "I'm so sorry to hear that. Let me check." },
]);
const JA_CHAT = conversation(
  [{ role: 'customer', text: '3日前に届いたマグカップが割れていました。3,980円でした。交換をお願いします。' }],
  'ja-1',
);

function setup(props: Partial<Parameters<typeof ReturnOptions>[0]> = {}) {
  const onInsert = vi.fn();
  const onCopy = vi.fn();
  const user = userEvent.setup();
  const view = render(<ReturnOptions language="en" onInsert={onInsert} onCopy={onCopy} now={NOW} {...props} />);
  const rerender = (next: Partial<Parameters<typeof ReturnOptions>[0]>) =>
    view.rerender(<ReturnOptions language="en" onInsert={onInsert} onCopy={onCopy} now={NOW} {...props} {...next} />);
  return { ...view, rerender, onInsert, onCopy, user };
}

/** The text of the element(s) a control's aria-describedby points at. */
function description(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

/** A form control by its accessible name (the quote mark on prefilled labels is aria-hidden). */
function field(name: string): HTMLInputElement | HTMLSelectElement {
  for (const role of ['spinbutton', 'combobox', 'checkbox'] as const) {
    const found = screen.queryByRole(role, { name });
    if (found) return found as HTMLInputElement | HTMLSelectElement;
  }
  throw new Error(`no control named ${name}`);
}

function cardTitles(): string[] {
  const list = screen.getByRole('list', { name: /return options/i });
  return within(list).getAllByRole('heading', { level: 3 }).map((h) => h.textContent ?? '');
}

function card(title: string): HTMLElement {
  return screen.getByRole('article', { name: title });
}

async function expectNoAxeViolations(container: HTMLElement) {
  // jsdom has no layout or computed colours: contrast is checked in the real-browser screenshots instead.
  // axe probes a canvas for icon fonts, which jsdom lacks; answer "no canvas" quietly.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  const { violations } = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

beforeEach(() => {
  resetDraftStore();
  resetPanelStore();
  setReturnsUiLanguage('en');
});
afterEach(cleanup);

describe('ReturnOptions, English conversation', () => {
  it('prefills the facts the customer stated and marks them as from the conversation', () => {
    setup({ conversation: EN_CHAT });
    expect(field('Days since delivery').value).toBe('21');
    expect(field('Condition').value).toBe('damaged');
    expect(field('Category').value).toBe('home');
    expect(field('Price (USD)').value).toBe('24.99');
    expect(field('Customer asks for').value).toBe('refund');
    expect((field('Gift') as HTMLInputElement).checked).toBe(false);
    // The customer's words are the control's description, shown on hover or focus.
    expect(description(field('Condition'))).toContain('From the conversation:');
    expect(description(field('Condition'))).toContain('arrived broken');
    expect(description(field('Days since delivery'))).toContain('arrived broken three weeks ago');
    expect(field('Condition').closest('.returns-field')!.className).toContain('is-prefilled');
    expect(field('Condition').closest('.returns-field')!.querySelector('label .returns-mark')).not.toBeNull();
    expect(screen.getByText(/^from the conversation: hover over or focus a field/)).toBeTruthy();
    // Not stated: not marked.
    expect(field('Goodwill (USD)').getAttribute('aria-describedby')).toBeNull();
    expect(field('Gift').closest('.returns-field')!.className).not.toContain('is-prefilled');
    expect(screen.getByText('Policy: Standard US retail (lenient)')).toBeTruthy();
  });

  it('sorts the cards allowed → needs approval → not allowed, the request first in its group', () => {
    setup({ conversation: EN_CHAT });
    expect(cardTitles()).toEqual(['Refund', 'Exchange', 'Store credit', 'Replacement', 'Goodwill credit', 'Refund, keep the item']);
    const refund = card('Refund');
    expect(refund.textContent).toContain("Customer's request");
    expect(within(refund).getByText('Allowed')).toBeTruthy();
    expect(refund.textContent).toContain('§4 Seller fault');
    expect(refund.textContent).toContain('No fees');
    expect(refund.textContent).toContain('Prepaid return label');
    const keep = card('Refund, keep the item');
    expect(within(keep).getByText('Not allowed')).toBeTruthy();
    expect(keep.textContent).toContain('§4.1');
    // Status is a word and an icon, not colour alone.
    expect(within(refund).getByText('✓', { exact: false })).toBeTruthy();
  });

  it('shows the approver, and "you can approve this" for a lead', async () => {
    const late = conversation([{ role: 'customer', text: 'The lamp arrived 45 days ago, unopened. It was $40.' }], 'late');
    const { user } = setup({ conversation: late });
    expect(cardTitles().slice(0, 3)).toEqual(['Exchange', 'Store credit', 'Goodwill credit']);
    const refund = card('Refund');
    expect(within(refund).getByText('Needs approval')).toBeTruthy();
    expect(refund.textContent).toContain('Approver: Lead');
    expect(refund.textContent).toContain('Return shipping: $6.95');
    await user.selectOptions(field('You are'), 'lead');
    expect(card('Refund').textContent).toContain('You can approve this');
    expect(card('Refund').textContent).toContain('I can refund you to your original payment method.');
  });

  it('inserts and copies the empathetic line for the customer', async () => {
    const { user, onInsert, onCopy } = setup({ conversation: EN_CHAT });
    const refund = card('Refund');
    const text = refund.querySelector('.returns-line')!.textContent!;
    expect(text.startsWith("I'm so sorry your order arrived damaged.")).toBe(true);
    await user.click(within(refund).getByRole('button', { name: 'Insert the Refund line into the reply' }));
    expect(onInsert).toHaveBeenCalledWith(text);
    await user.click(within(refund).getByRole('button', { name: 'Copy the Refund line' }));
    expect(onCopy).toHaveBeenCalledWith(text);
  });

  it('fills goodwill credit from the amount entered', async () => {
    const { user } = setup({ conversation: EN_CHAT });
    await user.type(field('Goodwill (USD)'), '40');
    const goodwill = card('Goodwill credit');
    expect(within(goodwill).getByText('Needs approval')).toBeTruthy();
    expect(goodwill.textContent).toContain("I'd like to add a $40.00 credit to your account.");
  });
});

describe('the agent’s edits and new messages', () => {
  it('never overwrites what the agent set; only empty fields fill as messages arrive', async () => {
    const first = conversation([{ role: 'customer', text: 'The lamp arrived broken.' }]);
    const { user, rerender } = setup({ conversation: first });
    expect(field('Condition').value).toBe('damaged');
    await user.selectOptions(field('Condition'), 'defective');
    await user.type(field('Days since delivery'), '5');
    expect(field('Condition').closest('.returns-field')!.className).not.toContain('is-prefilled');

    const second = conversation([
      ...first.messages,
      { role: 'agent', text: 'When did it arrive?' },
      { role: 'customer', text: 'It arrived three weeks ago and the shirt was a gift. It is smashed. I paid $30.' },
    ]);
    rerender({ conversation: second });
    expect(field('Condition').value).toBe('defective'); // the agent's choice
    expect(field('Days since delivery').value).toBe('5'); // the agent's number, not 21
    expect(field('Category').value).toBe('home'); // prefilled earlier: stays (only empty fields update)
    expect(field('Price (USD)').value).toBe('30'); // was empty: filled now
    expect((field('Gift') as HTMLInputElement).checked).toBe(true);
    expect(description(field('Gift'))).toContain('was a gift');
  });

  it('keeps each ticket’s form when the agent switches between chats', async () => {
    const { user, rerender } = setup({ conversation: EN_CHAT });
    await user.clear(field('Price (USD)'));
    await user.type(field('Price (USD)'), '19');
    rerender({ conversation: conversation([{ role: 'customer', text: 'My shoes are the wrong size.' }], 't2') });
    expect(field('Price (USD)').value).toBe('');
    expect(field('Condition').value).toBe('wrong-item');
    rerender({ conversation: EN_CHAT });
    expect(field('Price (USD)').value).toBe('19');
  });

  it('asks for the required facts before showing options', () => {
    const { container } = setup();
    expect(container.querySelector('.returns-legend')!.textContent).toBe(''); // reserved, empty: nothing prefilled
    expect(screen.getByText(/Fill in days since delivery, condition, category and price/)).toBeTruthy();
    expect(screen.queryByRole('list', { name: /return options/i })).toBeNull();
  });

  it('says so when the active packs carry no policy for the language', () => {
    const packs = BUNDLED_PACKS.map(({ returnPolicy: _policy, ...pack }) => pack);
    setup({ conversation: EN_CHAT, packs });
    expect(screen.getByText(/no return policy/)).toBeTruthy();
  });
});

describe('ReturnOptions, Japanese conversation', () => {
  it('uses the Japanese policy and Japanese lines for a Japanese customer, whatever the UI language', () => {
    setup({ conversation: JA_CHAT, language: 'en' });
    expect(screen.getByText('Policy: 国内通販 標準返品ポリシー')).toBeTruthy();
    expect(field('Days since delivery').value).toBe('3');
    expect(field('Condition').value).toBe('damaged');
    expect(field('Category').value).toBe('home');
    expect(field('Price (JPY)').value).toBe('3980');
    expect(field('Customer asks for').value).toBe('exchange');
    expect(description(field('Price (JPY)'))).toContain('3,980円');
    expect(cardTitles()).toEqual(['Exchange', 'Refund', 'Replacement', 'Goodwill credit', 'Store credit', 'Refund, keep the item']);
    const line = card('Exchange').querySelector('.returns-line')!;
    expect(line.getAttribute('lang')).toBe('ja');
    expect(line.textContent!.startsWith('お待ちいただいていた商品が破損した状態で届いてしまい')).toBe(true);
    expect(card('Exchange').textContent).toContain('第4条');
  });

  const exchangeLine = () => card('Exchange').querySelector('.returns-line')!.textContent!;

  it('writes the line in the panel’s Japanese register, and rewrites it when the register changes', async () => {
    const { user, onInsert } = setup({ conversation: JA_CHAT });
    expect(usePanelStore.getState().register).toBe('polite');
    expect(exchangeLine()).toContain('本当に申し訳ありません。');
    expect(exchangeLine()).toContain('新しい商品とお取り替えします。ご希望のサイズや色、または別の商品をお知らせください。');
    expect(exchangeLine()).not.toMatch(/させていただ|存じ|承ります/);

    act(() => usePanelStore.getState().setRegister('formal'));
    expect(exchangeLine()).toContain('さぞご落胆されたことと存じます。誠に申し訳ございません。');
    expect(exchangeLine()).toContain('新しい商品との交換を承ります。');
    expect(exchangeLine()).toContain('返送料は当店にて負担いたします。');
    // What is inserted is what is shown: the formal line.
    await user.click(within(card('Exchange')).getByRole('button', { name: /^Insert/ }));
    expect(onInsert).toHaveBeenLastCalledWith(exchangeLine());
    expect(onInsert.mock.lastCall![0]).toContain('承ります');

    act(() => usePanelStore.getState().setRegister('polite'));
    expect(exchangeLine()).toContain('新しい商品とお取り替えします。');
  });

  it('leaves English lines alone when the register changes', () => {
    setup({ conversation: EN_CHAT });
    const before = card('Refund').querySelector('.returns-line')!.textContent;
    act(() => usePanelStore.getState().setRegister('formal'));
    expect(card('Refund').querySelector('.returns-line')!.textContent).toBe(before);
  });

  it('follows a change made on the options page while the panel is open', async () => {
    fakeBrowser.reset();
    // The panel's own wiring: stored preferences → panel store (usePreferences) → the cards.
    function OpenPanel() {
      usePreferences();
      return <ReturnOptions conversation={JA_CHAT} language="ja" onInsert={vi.fn()} onCopy={vi.fn()} now={NOW} />;
    }
    render(<OpenPanel />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0))); // the stored settings arrive
    expect(exchangeLine()).toContain('新しい商品とお取り替えします。');
    await act(() => updatePreferences({ japaneseRegister: 'formal' }));
    await waitFor(() => expect(exchangeLine()).toContain('新しい商品との交換を承ります。'));
    await act(() => updatePreferences({ japaneseRegister: 'polite' }));
    await waitFor(() => expect(exchangeLine()).toContain('新しい商品とお取り替えします。'));
  });

  it('shows the UI in Japanese when the UI language is Japanese', () => {
    setReturnsUiLanguage('ja');
    setup({ conversation: JA_CHAT, language: 'ja' });
    expect(field('到着後の日数').value).toBe('3');
    expect(screen.getByRole('heading', { level: 2, name: '返品・返金の選択肢' })).toBeTruthy();
    expect(within(card('交換')).getByText('対応可')).toBeTruthy();
    expect(within(card('交換')).getByRole('button', { name: '「交換」の文を返信に挿入' })).toBeTruthy();
    expect(field('カテゴリー').closest('.returns-field')!.className).toContain('is-prefilled');
    expect(screen.getByText(/^会話から入力した項目です/)).toBeTruthy();
    expect(description(field('カテゴリー'))).toContain('会話より： 3日前に届いたマグカップ');
  });
});

describe('keyboard and accessibility', () => {
  it('can be used with the keyboard alone: fill the facts, then insert a line', async () => {
    const chat = conversation([{ role: 'customer', text: 'My headphones stopped working.' }], 'kb');
    const { user, onInsert } = setup({ conversation: chat });
    await user.tab();
    expect(document.activeElement).toBe(field('Days since delivery'));
    await user.keyboard('12');
    await user.tab(); // condition (prefilled)
    await user.tab(); // category (prefilled)
    await user.tab();
    expect(document.activeElement).toBe(field('Price (USD)'));
    await user.keyboard('15');
    await user.tab(); // request
    await user.tab();
    expect(document.activeElement).toBe(field('Gift'));
    await user.keyboard(' ');
    expect((field('Gift') as HTMLInputElement).checked).toBe(true);
    expect(cardTitles()[0]).toBe('Exchange'); // a gift: no refund, so exchange leads
    const insert = within(card('Exchange')).getByRole('button', { name: /^Insert/ });
    for (let i = 0; i < 20 && document.activeElement !== insert; i++) await user.tab();
    expect(document.activeElement).toBe(insert);
    await user.keyboard('{Enter}');
    expect(onInsert).toHaveBeenCalledTimes(1);
    expect(onInsert.mock.calls[0]![0]).toMatch(/^I'm sorry it isn't working the way it should\./);
  });

  it('hides the customer’s words with Escape without moving focus', async () => {
    const { user } = setup({ conversation: EN_CHAT });
    field('Condition').focus();
    const wrapper = field('Condition').closest('.returns-field')!;
    await user.keyboard('{Escape}');
    expect(wrapper.className).toContain('is-dismissed');
    expect(document.activeElement).toBe(field('Condition'));
  });

  it.each([
    ['empty', undefined],
    ['English with cards', EN_CHAT],
    ['Japanese with cards', JA_CHAT],
  ])('has no axe violations: %s', async (_name, chat) => {
    const { container } = setup({ conversation: chat });
    await expectNoAxeViolations(container);
  });

  it('has no axe violations with a Japanese UI', async () => {
    setReturnsUiLanguage('ja');
    const { container } = setup({ conversation: JA_CHAT, language: 'ja' });
    await expectNoAxeViolations(container);
  });
});
