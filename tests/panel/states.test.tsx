// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readPageSelection } from '../../components/panel/selection';
import { CALM_EN, CANNOT_READ, MANY_FEELINGS_EN, NO_CONVERSATION, reading, UPSET_EN } from './fixtures';
import { expectNoAxeViolations, freshPanel, renderPanel } from './helpers';

vi.mock('../../components/useSnapshot', () => ({ useSnapshot: vi.fn() }));
vi.mock('../../components/insert', () => ({ insertIntoReply: vi.fn(async () => ({ kind: 'inserted', message: '' })) }));
vi.mock('../../components/panel/selection', () => ({ readPageSelection: vi.fn(async () => '') }));

beforeEach(async () => {
  fakeBrowser.reset();
  await freshPanel();
});
afterEach(cleanup);

const feelingsSection = () => screen.getByRole('region', { name: 'Feelings to mirror' });
const chips = () => [...feelingsSection().querySelectorAll('.chip')].map((chip) => chip.textContent);

describe('panel states', () => {
  it('loading: says so, reserves the sections, and is accessible', async () => {
    const { container } = await renderPanel({ state: 'loading' });
    expect(screen.getByTestId('status').textContent).toBe('Loading…');
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    expect(within(feelingsSection()).getByText('Loading…')).toBeTruthy();
    expect(screen.getByTestId('notice').textContent).toBe('');
    await expectNoAxeViolations(container);
  });

  it('reading: names the helpdesk, ticket, language and pack; lists the conversation with data-role hooks', async () => {
    const { container } = await renderPanel(reading(UPSET_EN));
    expect(screen.getByTestId('status').textContent).toBe('Zendesk · Lamp arrived late and cracked');
    expect(screen.getByTestId('language').textContent).toBe('English');
    expect(screen.getByTestId('pack').textContent).toBe('Attune defaults (English) 1.0.0');
    const items = [...container.querySelectorAll('[data-testid=messages] li')] as HTMLElement[];
    // The e2e harness reads each item as "<strong>role</strong> text".
    expect(items.map((li) => [li.dataset.role, li.textContent!.slice(li.querySelector('strong')!.textContent!.length + 1)])).toEqual(
      UPSET_EN.messages.map((m) => [m.role, m.text]),
    );
    expect(container.querySelector('details.conversation')!.hasAttribute('open')).toBe(false);
    await expectNoAxeViolations(container);
  });

  it("can't read: offers the selection and paste fallback, and analyses the selection as a customer message", async () => {
    const user = userEvent.setup();
    const { container } = await renderPanel(CANNOT_READ);
    expect(screen.getByTestId('status').textContent).toBe("Can't read this Zendesk page. Select the customer's text or paste it below.");
    await expectNoAxeViolations(container);

    vi.mocked(readPageSelection).mockResolvedValueOnce('');
    await user.click(screen.getByRole('button', { name: 'Use text selected on the page' }));
    expect(screen.getByTestId('notice').textContent).toMatch(/Nothing is selected/);

    vi.mocked(readPageSelection).mockResolvedValueOnce("I'm really upset, the vase arrived broken.");
    await user.click(screen.getByRole('button', { name: 'Use text selected on the page' }));
    expect(chips()).toEqual(['upset']);
    expect(screen.getByText('your selection on the page')).toBeTruthy();
    expect(screen.getAllByTestId('suggestion').length).toBeGreaterThan(0);
    await expectNoAxeViolations(container);
  });

  it("can't read: pasted text is analysed, and Clear goes back", async () => {
    const user = userEvent.setup();
    await renderPanel(CANNOT_READ);
    const analyse = screen.getByRole('button', { name: 'Analyse' });
    expect((analyse as HTMLButtonElement).disabled).toBe(true);
    await user.type(screen.getByLabelText("Customer's message"), "I'm so disappointed, my order never arrived.");
    await user.click(analyse);
    expect(chips()).toEqual(['disappointed']);
    expect(screen.getByText('pasted text')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear pasted text' }));
    expect(chips()).toEqual([]);
  });

  it('not a helpdesk: paste only (no content script to read a selection)', async () => {
    const { container } = await renderPanel({ state: 'not-helpdesk' });
    expect(screen.getByTestId('status').textContent).toMatch(/isn't reading this tab/);
    expect(screen.queryByRole('button', { name: 'Use text selected on the page' })).toBeNull();
    expect(screen.getByLabelText("Customer's message")).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('no conversation open: says so, FAQ still searchable', async () => {
    const { container } = await renderPanel(NO_CONVERSATION);
    expect(screen.getByTestId('status').textContent).toBe('Open a conversation to see suggestions.');
    expect(screen.getByRole('searchbox', { name: 'Search the FAQ' })).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('empty: a customer who names no feeling gets the empty state, suggestions still come', async () => {
    const { container } = await renderPanel(reading(CALM_EN));
    expect(within(feelingsSection()).getByText(/hasn't named a feeling/)).toBeTruthy();
    expect(within(feelingsSection()).queryAllByTestId('feeling')).toHaveLength(0);
    expect(screen.getAllByTestId('suggestion').length).toBeGreaterThan(0);
    await expectNoAxeViolations(container);
  });

  it('many emotions: newest message first, strongest first within it, older ones marked and faded', async () => {
    const { container } = await renderPanel(reading(MANY_FEELINGS_EN));
    const items = within(feelingsSection()).getAllByTestId('feeling');
    expect(items.map((li) => li.querySelector('.chip')!.textContent)).toEqual(['furious', 'stressed', 'ridiculous', 'disappointed', 'annoyed', 'confused', 'worried']);
    expect(items.map((li) => Number(li.dataset.age))).toEqual([0, 0, 0, 1, 1, 2, 3]);
    expect(items.map((li) => li.className.match(/age-\d/)![0])).toEqual(['age-0', 'age-0', 'age-0', 'age-1', 'age-1', 'age-2', 'age-2']);
    // Older words say so in words, not only by their faded look.
    expect(within(items[0]!).queryByText(/earlier message/)).toBeNull();
    expect(within(items[3]!).getByText(/earlier message/)).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('each chip shows category, intensity in words, the sentence with the word marked, and its mirror line', async () => {
    await renderPanel(reading(UPSET_EN));
    const [item] = within(feelingsSection()).getAllByTestId('feeling');
    expect(item!.querySelector('.chip-meta')!.textContent).toBe('Frustration · ●●● strong');
    const source = item!.querySelector('.source')!;
    expect(source.textContent).toBe("I'm honestly really frustrated!!");
    expect(source.querySelector('mark')!.textContent).toBe('frustrated');
    expect(within(item!).getByText(/It makes complete sense that you're frustrated/)).toBeTruthy();
    expect(within(item!).getByRole('button', { name: 'Insert' })).toBeTruthy();
    expect(within(item!).getByRole('button', { name: 'Copy' })).toBeTruthy();
  });

  it('customer words are text, never markup', async () => {
    const hostile = { ...CALM_EN, messages: [{ role: 'customer' as const, text: "I'm <b>furious</b> <img src=x onerror=alert(1)>" }] };
    const { container } = await renderPanel(reading(hostile));
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.source b')).toBeNull();
    expect(within(feelingsSection()).getByText(/<img src=x/)).toBeTruthy();
  });

  it('an update of the same ticket keeps the rows in place and the composed reply', async () => {
    const user = userEvent.setup();
    const panel = await renderPanel(reading(UPSET_EN));
    await user.click(screen.getAllByRole('checkbox', { name: 'Add to reply' })[0]!);
    const draft = (screen.getByLabelText('Text to insert') as HTMLTextAreaElement).value;
    const first = within(feelingsSection()).getAllByTestId('feeling')[0];
    const more = { ...UPSET_EN, messages: [...UPSET_EN.messages, { role: 'agent' as const, text: 'Checking now.' }] };
    await panel.show(reading(more));
    expect(within(feelingsSection()).getAllByTestId('feeling')[0]).toBe(first);
    expect((screen.getByLabelText('Text to insert') as HTMLTextAreaElement).value).toBe(draft);
    await panel.show(reading(CALM_EN));
    expect((screen.getByLabelText('Text to insert') as HTMLTextAreaElement).value).toBe('');
  });
});
