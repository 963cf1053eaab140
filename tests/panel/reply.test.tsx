// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { insertIntoReply } from '../../components/insert';
import { reading, UPSET_EN, UPSET_JA } from './fixtures';
import { expectNoAxeViolations, freshPanel, renderPanel, setupPanelTests } from './helpers';

vi.mock('../../components/useSnapshot', () => ({ useSnapshot: vi.fn() }));
vi.mock('../../components/insert', () => ({ insertIntoReply: vi.fn() }));
vi.mock('../../components/panel/selection', () => ({ readPageSelection: vi.fn(async () => '') }));

setupPanelTests();

const lines = () => screen.getAllByTestId('suggestion');
const lineText = (li: HTMLElement) => li.querySelector('.line-text')!.textContent;
const draft = () => screen.getByLabelText('Text to insert') as HTMLTextAreaElement;
const notice = () => screen.getByTestId('notice').textContent;

describe('suggested reply', () => {
  it('orders lines acknowledge → explain → resolve → next step under step headings, with the situations named', async () => {
    await renderPanel(reading(UPSET_EN));
    const section = screen.getByRole('region', { name: 'Suggested reply' });
    expect(within(section).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Acknowledge', 'Explain', 'Resolve', 'Next step']);
    const steps = lines().map((li) => li.dataset.step);
    expect(steps).toEqual([...steps].sort((a, b) => ['acknowledge', 'explain', 'resolve', 'next-step'].indexOf(a!) - ['acknowledge', 'explain', 'resolve', 'next-step'].indexOf(b!)));
    expect(within(section).getByText('For: Damaged item, Refund request, Late delivery')).toBeTruthy();
  });

  it("fills placeholders from the conversation: the customer's name and their own emotion word", async () => {
    await renderPanel(reading(UPSET_EN));
    expect(lineText(lines()[0]!)).toMatch(/^Hi Maria, .*you're frustrated/);
  });

  it('marks unknown placeholders as blanks in words and shape, and fills them from the agent', async () => {
    const user = userEvent.setup();
    const { container } = await renderPanel(reading(UPSET_EN));
    const withBlank = lines().find((li) => li.querySelector('mark.blank'))!;
    const mark = withBlank.querySelector('mark.blank')!;
    expect(mark.getAttribute('data-placeholder')).toBe('orderId');
    expect(mark.textContent).toBe('Blank to fill: Order number');
    await expectNoAxeViolations(container);

    const field = within(screen.getByRole('group', { name: 'Fill in before sending' })).getByLabelText('Order number');
    await user.type(field, 'A-77120');
    expect(withBlank.querySelector('mark.blank')).toBeNull();
    expect(lineText(withBlank)).toContain('A-77120');
    expect(withBlank.querySelector('.filled')!.textContent).toBe('A-77120');
  });

  it('inserting a line that still has a blank inserts it as written and warns to fill it', async () => {
    const user = userEvent.setup();
    await renderPanel(reading(UPSET_EN));
    const withBlank = lines().find((li) => li.querySelector('mark.blank'))!;
    await user.click(within(withBlank).getByRole('button', { name: 'Insert' }));
    expect(vi.mocked(insertIntoReply).mock.calls[0]![1]).toMatch(/\{orderId\}/);
    expect(notice()).toBe('Inserted at the caret in the reply box. Fill in the blanks like {orderId} before sending.');
  });

  it('composes two ticked lines into one reply in suggestion order, then inserts the composed text', async () => {
    const user = userEvent.setup();
    await renderPanel(reading(UPSET_EN));
    const [first, , , , fifth] = lines();
    // Ticked out of order: the reply still leads with the acknowledgement.
    await user.click(within(fifth!).getByRole('checkbox', { name: 'Add to reply' }));
    await user.click(within(first!).getByRole('checkbox', { name: 'Add to reply' }));
    expect(draft().value).toBe(`${lineText(first!)} ${lineText(fifth!)}`);
    await user.click(screen.getByRole('button', { name: 'Insert into reply' }));
    expect(insertIntoReply).toHaveBeenCalledWith(undefined, `${lineText(first!)} ${lineText(fifth!)}`);
    expect(notice()).toBe('Inserted at the caret in the reply box.');

    await user.click(within(fifth!).getByRole('checkbox', { name: 'Add to reply' }));
    expect(draft().value).toBe(lineText(first!));
  });

  it('once the agent edits the draft, ticking appends instead of overwriting their words', async () => {
    const user = userEvent.setup();
    await renderPanel(reading(UPSET_EN));
    await user.type(draft(), 'Thanks for your patience.');
    await user.click(within(lines()[1]!).getByRole('checkbox', { name: 'Add to reply' }));
    expect(draft().value).toBe(`Thanks for your patience. ${lineText(lines()[1]!)}`);
  });

  it('an email joins the composed lines as paragraphs', async () => {
    const user = userEvent.setup();
    await renderPanel(reading({ ...UPSET_EN, channel: 'email' }));
    await user.click(within(lines()[0]!).getByRole('checkbox', { name: 'Add to reply' }));
    await user.click(within(lines()[4]!).getByRole('checkbox', { name: 'Add to reply' }));
    expect(draft().value).toBe(`${lineText(lines()[0]!)}\n\n${lineText(lines()[4]!)}`);
  });

  it('falls back to the clipboard notice when the page has no reply box', async () => {
    const user = userEvent.setup();
    vi.mocked(insertIntoReply).mockResolvedValueOnce({ kind: 'copied', message: '' });
    await renderPanel(reading(UPSET_EN));
    await user.click(within(lines()[0]!).getByRole('button', { name: 'Insert' }));
    expect(notice()).toBe('No reply box found — copied to the clipboard instead. Paste it with Ctrl+V.');
  });

  it('says when an IME composition blocks the insertion', async () => {
    const user = userEvent.setup();
    vi.mocked(insertIntoReply).mockResolvedValueOnce({ kind: 'composing', message: '' });
    await renderPanel(reading(UPSET_EN));
    await user.click(within(lines()[0]!).getByRole('button', { name: 'Insert' }));
    expect(notice()).toMatch(/^Finish the text you are composing/);
  });
});

describe('copy', () => {
  it('copies a mirror line, a suggestion and the composed reply to the clipboard, with a notice', async () => {
    const user = userEvent.setup();
    await renderPanel(reading(UPSET_EN));
    const feeling = screen.getAllByTestId('feeling')[0]!;
    await user.click(within(feeling).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(feeling.querySelector('.line-text')!.textContent);
    expect(notice()).toBe('Copied to the clipboard.');

    await user.click(within(lines()[0]!).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(lineText(lines()[0]!));

    await user.click(within(lines()[0]!).getByRole('checkbox', { name: 'Add to reply' }));
    await user.click(screen.getByRole('button', { name: 'Copy reply' }));
    expect(await navigator.clipboard.readText()).toBe(draft().value);
    expect(insertIntoReply).not.toHaveBeenCalled();
  });

  it('says so when the clipboard refuses', async () => {
    const user = userEvent.setup();
    await renderPanel(reading(UPSET_EN));
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('denied'));
    await user.click(within(lines()[0]!).getByRole('button', { name: 'Copy' }));
    expect(notice()).toBe('Could not copy. Select the text and copy it by hand.');
  });
});

describe('languages: suggestions follow the conversation, the UI follows the agent', () => {
  it('Japanese conversation with an English UI: Japanese lines and chips, English labels', async () => {
    const { container } = await renderPanel(reading(UPSET_JA));
    expect(screen.getByTestId('language').textContent).toBe('Japanese');
    expect(screen.getByTestId('pack').textContent).toBe('Attune 標準パック（日本語） 1.0.0');
    expect(screen.getByRole('heading', { name: 'Feelings to mirror' })).toBeTruthy();
    const chips = [...container.querySelectorAll('.chip')].map((c) => c.textContent);
    expect(chips).toContain('不安');
    expect(screen.getAllByTestId('feeling')[0]!.querySelector('.chip-meta')!.textContent).toMatch(/^Frustration · ●●● strong/);
    expect(lineText(lines()[0]!)).toMatch(/^山田様、/);
    expect(lines()[0]!.querySelector('.line-text')!.getAttribute('lang')).toBe('ja');
    expect(screen.getByRole('button', { name: 'Insert into reply' })).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('English conversation with a Japanese UI: English lines, Japanese labels', async () => {
    await freshPanel('ja');
    const { container } = await renderPanel(reading(UPSET_EN));
    expect(document.documentElement.lang).toBe('ja');
    expect(screen.getByRole('heading', { name: '受け止めたい気持ち' })).toBeTruthy();
    expect(screen.getByTestId('language').textContent).toBe('英語');
    expect(lineText(lines()[0]!)).toMatch(/^Hi Maria, /);
    expect(screen.getAllByRole('checkbox', { name: '返信に追加' }).length).toBe(lines().length);
    expect(screen.getByLabelText('挿入するテキスト')).toBeTruthy();
    expect(screen.getAllByTestId('feeling')[0]!.querySelector('.chip-meta')!.textContent).toBe('困り・苛立ち · ●●● 強');
    await expectNoAxeViolations(container);
  });

  it('the Japanese register setting switches the Japanese lines to formal', async () => {
    await renderPanel(reading(UPSET_JA));
    const polite = lines().map(lineText);
    cleanup();
    await freshPanel('en', 'formal');
    await renderPanel(reading(UPSET_JA));
    expect(lines().map(lineText)).not.toEqual(polite);
  });
});
