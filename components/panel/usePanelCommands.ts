import { useEffect } from 'react';
import { onMessage } from '../../utils/messaging';
import { focusFaqSearch, insertTopSuggestion } from './actions';

/** The browser commands the background forwards to the panel: focus FAQ search, insert the top suggestion. */
export function usePanelCommands(): void {
  useEffect(() => {
    // One listener per message type per page (@webext-core/messaging): registered here only.
    const removeFocus = onMessage('panel:focus-faq', () => focusFaqSearch());
    const removeInsert = onMessage('panel:insert-top', () => void insertTopSuggestion());
    return () => {
      removeFocus();
      removeInsert();
    };
  }, []);
}
