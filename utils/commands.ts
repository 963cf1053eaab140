/**
 * Keyboard commands (the browser's `commands` API), shared by the manifest (wxt.config.ts), the
 * background that forwards them to the panel, and the options page that lists them.
 *
 * Alt+Shift+letter on Windows, Linux and ChromeOS; Ctrl+Shift (MacCtrl) on macOS, where Option+Shift
 * types characters (Å, Ï …) an agent may need in a reply. Chromium 156 refuses to give extensions
 * Alt+Shift+A B C N P R T W X Z (its own shortcuts: inactive popup, bookmarks bar, toolbar …) and Google
 * Chrome uses Alt+Shift+I for its feedback form, so: S (side panel), F (FAQ), V (like paste). The
 * helpdesks use Ctrl+Alt (Zendesk), single keys (Gmail, Front, Help Scout, Freshdesk) or Ctrl/Cmd combos.
 */
export const COMMAND_FOCUS_FAQ = 'focus-faq';
export const COMMAND_INSERT_TOP = 'insert-top-suggestion';

interface SuggestedKey {
  default: string;
  mac: string;
}

export const SHORTCUTS = {
  open: { default: 'Alt+Shift+S', mac: 'MacCtrl+Shift+S' },
  focusFaq: { default: 'Alt+Shift+F', mac: 'MacCtrl+Shift+F' },
  insertTop: { default: 'Alt+Shift+V', mac: 'MacCtrl+Shift+V' },
} satisfies Record<string, SuggestedKey>;

/** Message keys (_locales) of each command's description, by command name in either browser. */
export const COMMAND_MESSAGES: Record<string, string> = {
  _execute_action: 'command_openPanel',
  _execute_sidebar_action: 'command_openPanel',
  _execute_browser_action: 'command_openPanel',
  [COMMAND_FOCUS_FAQ]: 'command_focusFaq',
  [COMMAND_INSERT_TOP]: 'command_insertTop',
};

/**
 * The manifest's `commands`. Chrome opens its side panel from the action (setPanelBehavior in the
 * background), so `_execute_action` opens it; Firefox has a command that toggles the sidebar itself.
 */
export function manifestCommands(browser: string) {
  const open = browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action';
  return {
    [open]: { suggested_key: SHORTCUTS.open, description: '__MSG_command_openPanel__' },
    [COMMAND_FOCUS_FAQ]: { suggested_key: SHORTCUTS.focusFaq, description: '__MSG_command_focusFaq__' },
    [COMMAND_INSERT_TOP]: { suggested_key: SHORTCUTS.insertTop, description: '__MSG_command_insertTop__' },
  };
}

export type PanelCommandMessage = 'panel:focus-faq' | 'panel:insert-top';

export function panelMessageFor(command: string): PanelCommandMessage | undefined {
  if (command === COMMAND_FOCUS_FAQ) return 'panel:focus-faq';
  if (command === COMMAND_INSERT_TOP) return 'panel:insert-top';
  return undefined;
}

/**
 * Delivers a command to the panel once. A rejected send means nobody is listening yet: the panel was
 * just opened by the same keystroke and is still loading, so try again for a few seconds, then give up.
 */
export async function forwardToPanel(send: (message: PanelCommandMessage) => Promise<unknown>, message: PanelCommandMessage, attempts = 12, delayMs = 250): Promise<boolean> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      await send(message);
      return true;
    } catch {
      if (attempt < attempts - 1) await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
  return false;
}
