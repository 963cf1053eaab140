// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { insertIntoReply } from '../../components/insert';
import { CANNOT_READ, reading, UPSET_EN } from './fixtures';
import { expectNoAxeViolations, renderPanel, setupPanelTests } from './helpers';

vi.mock('../../components/useSnapshot', () => ({ useSnapshot: vi.fn() }));
vi.mock('../../components/insert', () => ({ insertIntoReply: vi.fn() }));
vi.mock('../../components/panel/selection', () => ({ readPageSelection: vi.fn(async () => '') }));

setupPanelTests();

const search = () => screen.getByRole('searchbox', { name: 'Search the FAQ' });
const lineTexts = () => screen.getAllByTestId('suggestion').map((li) => li.querySelector('.line-text')!.textContent);

const describe_ = (el: Element) => `${el.tagName.toLowerCase()}#${el.id} ${el.textContent?.slice(0, 20) ?? ''}`;

/** What the background's command forwarding sends (@webext-core/messaging's wire format). */
async function command(type: 'panel:focus-faq' | 'panel:insert-top') {
  await act(async () => {
    await fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data: undefined, timestamp: Date.now() }, {});
  });
}

describe('keyboard', () => {
  it('"/" focuses FAQ search from anywhere but a text field', async () => {
    const user = userEvent.setup();
    await renderPanel(reading(UPSET_EN));
    await user.keyboard('/');
    expect(document.activeElement).toBe(search());
    // Typed into a field, "/" is just a character.
    await user.click(screen.getByLabelText('Text to insert'));
    await user.keyboard('a/b');
    expect((screen.getByLabelText('Text to insert') as HTMLTextAreaElement).value).toBe('a/b');
  });

  it('Alt+1…9 inserts the n-th suggested line; a number past the list does nothing', async () => {
    const user = userEvent.setup();
    await renderPanel(reading(UPSET_EN));
    const texts = lineTexts();
    await user.keyboard('{Alt>}1{/Alt}');
    await user.keyboard('{Alt>}3{/Alt}');
    expect(vi.mocked(insertIntoReply).mock.calls.map((call) => call[1])).toEqual([texts[0], texts[2]]);
    expect(screen.getAllByRole('button', { name: 'Insert' }).some((b) => b.getAttribute('aria-keyshortcuts') === 'Alt+1')).toBe(true);
    // Works from inside a text field too (Alt+digit types nothing there).
    await user.click(search());
    await user.keyboard('{Alt>}2{/Alt}');
    expect(vi.mocked(insertIntoReply).mock.calls.at(-1)![1]).toBe(texts[1]);
    vi.mocked(insertIntoReply).mockClear();
    const many = screen.getAllByTestId('suggestion').length;
    if (many < 9) {
      await user.keyboard('{Alt>}9{/Alt}');
      expect(insertIntoReply).not.toHaveBeenCalled();
    }
  });

  it('"?" opens the shortcut help, Esc closes it; the help is accessible', async () => {
    const user = userEvent.setup();
    const { container } = await renderPanel(reading(UPSET_EN));
    const toggle = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('?');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const help = screen.getByRole('group', { name: 'Keyboard shortcuts' });
    expect(within(help).getByText('Search the FAQ')).toBeTruthy();
    expect(within(help).getByText('Alt+1 … Alt+9')).toBeTruthy();
    await expectNoAxeViolations(container);
    await user.keyboard('{Escape}');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('every control is reachable with Tab, in order, and usable with the keyboard alone', async () => {
    const user = userEvent.setup();
    const { container } = await renderPanel(reading(UPSET_EN));
    // <summary> is focusable and toggles with Enter/Space in browsers; jsdom implements neither, so it is left out here.
    const controls = [...container.querySelectorAll<HTMLElement>('button, input, textarea, a[href], select')].filter(
      (el) => !(el as HTMLButtonElement).disabled && !el.closest('[hidden]'),
    );
    const reached: Element[] = [];
    for (let i = 0; i < controls.length; i++) {
      await user.tab();
      reached.push(document.activeElement!);
    }
    expect(reached.map(describe_)).toEqual(controls.map(describe_));

    // Keyboard only: tick a line with Space, then insert the composed reply with Enter.
    screen.getAllByRole('checkbox', { name: 'Add to reply' })[0]!.focus();
    await user.keyboard(' ');
    screen.getByRole('button', { name: 'Insert into reply' }).focus();
    await user.keyboard('{Enter}');
    expect(vi.mocked(insertIntoReply).mock.calls[0]![1]).toBe(lineTexts()[0]);
  });

});

describe('browser commands forwarded by the background', () => {
  it('panel:focus-faq focuses and selects the FAQ search box', async () => {
    await renderPanel(reading(UPSET_EN));
    await command('panel:focus-faq');
    expect(document.activeElement).toBe(search());
  });

  it('panel:insert-top inserts the top suggestion', async () => {
    await renderPanel(reading(UPSET_EN));
    await command('panel:insert-top');
    expect(vi.mocked(insertIntoReply).mock.calls[0]![1]).toBe(lineTexts()[0]);
    expect(screen.getByTestId('notice').textContent).toBe('Inserted at the caret in the reply box.');
  });

  it('panel:insert-top with nothing to insert says so', async () => {
    await renderPanel(CANNOT_READ);
    await command('panel:insert-top');
    expect(insertIntoReply).not.toHaveBeenCalled();
    expect(screen.getByTestId('notice').textContent).toBe('No suggestion to insert yet.');
  });
});
