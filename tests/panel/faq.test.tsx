// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { insertIntoReply } from '../../components/insert';
import { CALM_EN, NO_CONVERSATION, reading, UPSET_EN, UPSET_JA } from './fixtures';
import { expectNoAxeViolations, renderPanel, setupPanelTests } from './helpers';

vi.mock('../../components/useSnapshot', () => ({ useSnapshot: vi.fn() }));
vi.mock('../../components/insert', () => ({ insertIntoReply: vi.fn() }));
vi.mock('../../components/panel/selection', () => ({ readPageSelection: vi.fn(async () => '') }));

setupPanelTests();

const search = () => screen.getByRole('searchbox', { name: 'Search the FAQ' }) as HTMLInputElement;
const results = () => screen.queryAllByTestId('faq-result');
const questions = () => results().map((r) => r.querySelector('h3')!.textContent);

describe('FAQ', () => {
  it("is prefilled from the customer's latest question, with results", async () => {
    const { container } = await renderPanel(reading(CALM_EN));
    expect(search().value).toBe('could you tell me how long refunds take to reach my card?');
    expect(questions()[0]).toBe('How long does a refund take?');
    expect(screen.getByText(/^\d results$/)).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('shows results as the agent types, typos included, with the matched words marked', async () => {
    const user = userEvent.setup();
    await renderPanel(NO_CONVERSATION);
    expect(search().value).toBe('');
    expect(screen.getByText('Type a question to search the FAQ.')).toBeTruthy();
    await user.type(search(), 'gift card');
    expect(questions()[0]).toMatch(/gift card/i);
    expect(results()[0]!.querySelector('h3 mark')).not.toBeNull();
    await user.clear(search());
    await user.type(search(), 'refnd');
    expect(questions().some((q) => /refund/i.test(q!))).toBe(true);
    await user.clear(search());
    await user.type(search(), 'xqzvw');
    expect(results()).toHaveLength(0);
    expect(screen.getByText('No FAQ entry matches.')).toBeTruthy();
  });

  it("keeps the agent's own query while the ticket updates; another ticket brings its own", async () => {
    const user = userEvent.setup();
    const panel = await renderPanel(reading(UPSET_EN));
    await user.clear(search());
    await user.type(search(), 'gift card');
    const more = { ...UPSET_EN, messages: [...UPSET_EN.messages, { role: 'customer' as const, text: 'Also, how do I start a return?' }] };
    await panel.show(reading(more));
    expect(search().value).toBe('gift card');
    await panel.show(reading(CALM_EN));
    expect(search().value).toBe('could you tell me how long refunds take to reach my card?');
  });

  it('a new customer question replaces the prefill when the agent has not typed', async () => {
    const panel = await renderPanel(reading(UPSET_EN));
    const more = { ...UPSET_EN, messages: [...UPSET_EN.messages, { role: 'customer' as const, text: 'How do I start a return?' }] };
    await panel.show(reading(more));
    expect(search().value).toBe('How do I start a return?');
  });

  it('clamps long answers behind "Show more", which expands and collapses them', async () => {
    const user = userEvent.setup();
    const { container } = await renderPanel(NO_CONVERSATION);
    await user.type(search(), "tracking hasn't updated in days");
    const long = results().find((r) => r.querySelector('h3')!.textContent!.startsWith("My tracking hasn't updated"))!;
    const answer = long.querySelector('.answer')!;
    expect(answer.classList.contains('clamped')).toBe(true);
    const more = within(long).getByRole('button', { name: 'Show more' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(more.getAttribute('aria-controls')).toBe(answer.id);
    await user.click(more);
    expect(answer.classList.contains('clamped')).toBe(false);
    expect(within(long).getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe('true');
    // The whole answer is in the DOM either way: clamping is visual only.
    expect(answer.textContent!.length).toBeGreaterThan(280);
    await expectNoAxeViolations(container);
  });

  it('inserts the answer or its link, and copies either', async () => {
    const user = userEvent.setup();
    await renderPanel(reading(CALM_EN));
    const first = results()[0]!;
    await user.click(within(first).getByRole('button', { name: 'Insert answer' }));
    expect(vi.mocked(insertIntoReply).mock.calls[0]![1]).toBe(first.querySelector('.answer')!.textContent);
    await user.click(within(first).getByRole('button', { name: 'Insert link' }));
    expect(vi.mocked(insertIntoReply).mock.calls[1]![1]).toBe('https://help.example.com/refunds/timing');
    await user.click(within(first).getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe('https://help.example.com/refunds/timing');
    await user.click(within(first).getByRole('button', { name: 'Copy answer' }));
    expect(await navigator.clipboard.readText()).toBe(first.querySelector('.answer')!.textContent);
  });

  it("searches the conversation's language: a Japanese customer gets the Japanese FAQ in an English UI", async () => {
    const { container } = await renderPanel(reading(UPSET_JA));
    expect(search().value).toBe('来週使う予定なので、正直とても困っています。返品はできますか？');
    expect(questions().length).toBeGreaterThan(0);
    expect(questions().every((q) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(q!))).toBe(true);
    expect(results()[0]!.querySelector('h3')!.getAttribute('lang')).toBe('ja');
    expect(screen.getByRole('heading', { name: 'FAQ' })).toBeTruthy();
    await expectNoAxeViolations(container);
  });
});
