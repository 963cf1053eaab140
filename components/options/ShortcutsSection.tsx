import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { useT } from '../../utils/i18n';
import { COMMAND_MESSAGES, manifestCommands } from '../../utils/commands';

interface Shortcut {
  name: string;
  shortcut: string;
}

const isMac = () => typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

/** Until the browser answers (or where it cannot), the shortcuts Attune suggests in its manifest. */
function suggested(): Shortcut[] {
  return Object.entries(manifestCommands(import.meta.env.BROWSER)).map(([name, command]) => ({
    name,
    shortcut: (isMac() ? command.suggested_key.mac.replace('MacCtrl', 'Ctrl') : command.suggested_key.default),
  }));
}

/** The commands as the agent has them now (they may have changed them in the browser). */
export function ShortcutsSection() {
  const t = useT();
  const id = useId();
  const [shortcuts, setShortcuts] = useState<Shortcut[]>(suggested);

  useEffect(() => {
    let live = true;
    Promise.resolve()
      .then(() => browser.commands.getAll())
      .then((commands) => {
        const known = commands.filter((command) => command.name && COMMAND_MESSAGES[command.name]);
        if (live && known.length > 0) setShortcuts(known.map((command) => ({ name: command.name!, shortcut: command.shortcut ?? '' })));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('options_shortcutsHeading')}</h2>
      <dl className="shortcuts">
        {shortcuts.map(({ name, shortcut }) => (
          <div key={name}>
            <dt>{t(COMMAND_MESSAGES[name] ?? name)}</dt>
            <dd>{shortcut ? <kbd>{shortcut}</kbd> : t('options_shortcutNone')}</dd>
          </div>
        ))}
      </dl>
      {import.meta.env.BROWSER === 'firefox' ? (
        <p>{t('options_shortcutsHowFirefox')}</p>
      ) : (
        <p>
          {t('options_shortcutsHowChrome')}{' '}
          {/* A page cannot link to chrome:// addresses; the extension may open them in a tab. */}
          <button type="button" onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' }).catch(() => undefined)}>
            {t('options_shortcutsOpen')}
          </button>
        </p>
      )}
    </section>
  );
}
