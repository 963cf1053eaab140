import { describe, expect, it, vi } from 'vitest';
import { COMMAND_MESSAGES, SHORTCUTS, forwardToPanel, manifestCommands, panelMessageFor } from '../../utils/commands';

// Alt+Shift letters Chromium 156 would not give an extension (measured: it leaves such a command without
// a shortcut), plus I, Google Chrome's feedback form (chrome/browser/ui/views/accelerator_table.cc).
const CHROME_ALT_SHIFT = ['A', 'B', 'C', 'I', 'N', 'P', 'R', 'T', 'W', 'X', 'Z'];

describe('the manifest commands', () => {
  it('open the panel with the action in Chrome and the sidebar command in Firefox', () => {
    expect(Object.keys(manifestCommands('chrome'))).toEqual(['_execute_action', 'focus-faq', 'insert-top-suggestion']);
    expect(Object.keys(manifestCommands('firefox'))).toEqual(['_execute_sidebar_action', 'focus-faq', 'insert-top-suggestion']);
  });

  it('suggest at most four keys, valid for both browsers, clear of Chrome’s own and of Ctrl+Alt (AltGr)', () => {
    const keys = Object.values(SHORTCUTS);
    expect(keys.length).toBeLessThanOrEqual(4);
    const used = new Set<string>();
    for (const { default: key, mac } of keys) {
      expect(key).toMatch(/^Alt\+Shift\+[A-Z]$/);
      expect(mac).toMatch(/^MacCtrl\+Shift\+[A-Z]$/);
      expect(key).not.toMatch(/Ctrl\+Alt|Alt\+Ctrl/);
      const letter = key.slice(-1);
      expect(CHROME_ALT_SHIFT, key).not.toContain(letter);
      expect(used.has(letter), key).toBe(false);
      used.add(letter);
    }
  });

  it('describe every command through _locales', () => {
    for (const browser of ['chrome', 'firefox']) {
      for (const [name, command] of Object.entries(manifestCommands(browser))) {
        expect(command.description).toBe(`__MSG_${COMMAND_MESSAGES[name]}__`);
      }
    }
  });
});

describe('forwarding a command to the panel', () => {
  it('maps commands to panel messages and ignores others', () => {
    expect(panelMessageFor('focus-faq')).toBe('panel:focus-faq');
    expect(panelMessageFor('insert-top-suggestion')).toBe('panel:insert-top');
    expect(panelMessageFor('_execute_action')).toBeUndefined();
  });

  it('delivers once when the panel is listening', async () => {
    const send = vi.fn(async () => undefined);
    expect(await forwardToPanel(send, 'panel:focus-faq', 5, 1)).toBe(true);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('retries while a just-opened panel loads, then gives up quietly', async () => {
    let calls = 0;
    const loading = vi.fn(async () => {
      if (++calls < 3) throw new Error('Receiving end does not exist.');
    });
    expect(await forwardToPanel(loading, 'panel:insert-top', 5, 1)).toBe(true);
    expect(loading).toHaveBeenCalledTimes(3);

    const closed = vi.fn(() => Promise.reject(new Error('Receiving end does not exist.')));
    expect(await forwardToPanel(closed, 'panel:insert-top', 4, 1)).toBe(false);
    expect(closed).toHaveBeenCalledTimes(4);
  });
});
