import { useEffect } from 'react';
import { focusFaqSearch, insertText } from './actions';
import { suggestionLines } from './reply';
import { usePanelStore } from './store';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
}

/**
 * Shortcuts inside the panel: "/" focuses FAQ search, "?" toggles the help, Esc closes it, Alt+1…9 inserts
 * the n-th suggested line. Alt+digit is read from `code`, so it works on layouts where Option+1 types "¡";
 * nothing fires during an IME composition.
 */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.isComposing || event.defaultPrevented) return;
      const state = usePanelStore.getState();
      const digit = /^Digit([1-9])$/.exec(event.code);
      if (digit && event.altKey && !event.ctrlKey && !event.metaKey) {
        const line = suggestionLines(state.analysis, state.blanks)[Number(digit[1]) - 1];
        if (line) {
          event.preventDefault();
          void insertText(line.text);
        }
        return;
      }
      if (event.key === 'Escape' && state.helpOpen) {
        event.preventDefault();
        state.setHelpOpen(false);
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === '/') {
        event.preventDefault();
        focusFaqSearch();
      } else if (event.key === '?') {
        event.preventDefault();
        state.setHelpOpen(!state.helpOpen);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
