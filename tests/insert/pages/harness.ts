// Shared by every test page: the hooks the browser test reads (change count, model text, input paths) and a
// bridge to the content script, which runs utils/insert in its own world and answers by postMessage.
import type { InsertOutcome } from '../../../utils/insert/index';

declare global {
  interface Window {
    t: PageHooks;
  }
}

export interface PageHooks {
  ready: boolean;
  /** Times the app's own change signal fired (input event, transaction, change:data, text-change, onChange). */
  changes: number;
  /** The editor's model as plain text, one line per paragraph. */
  model(): string;
  /** Selector of the element the content script hands to insertText (null: none). */
  editor: string | null;
  /** Where the test clicks to start typing. */
  clickTarget: string;
  /** Asks the content script to insert; resolves with its outcome. */
  insert(text: string, editor?: string | null): Promise<InsertOutcome>;
  /** Paste and input events since the last call: which path carried an insertion. */
  takeLog(): string;
}

/** The draft the page starts with when the URL says ?draft=... (used for the never-focused case). */
export function initialDraft(): string {
  return new URLSearchParams(location.search).get('draft') ?? '';
}

export function htmlToText(html: string): string {
  const box = document.createElement('div');
  box.innerHTML = html.replace(/<br\s*\/?>/g, '\n').replace(/<\/(p|div|li|h\d)>/g, '\n');
  return (box.textContent ?? '').replace(/\u00a0/g, ' ').replace(/\n+$/, '');
}

let asked = 0;
function insert(text: string, editor: string | null): Promise<InsertOutcome> {
  const id = ++asked;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no answer from the content script')), 5_000);
    window.addEventListener('message', function answer(e: MessageEvent) {
      if (e.source !== window || e.data?.type !== 'attune-test-outcome' || e.data.id !== id) return;
      window.removeEventListener('message', answer);
      clearTimeout(timer);
      resolve(e.data.outcome);
    });
    window.postMessage({ type: 'attune-test-insert', id, text, editor }, '*');
  });
}

export function setup(
  hooks: Pick<PageHooks, 'model' | 'editor' | 'clickTarget'>,
  countInputEvents = false,
): PageHooks {
  const events: Event[] = [];
  const t: PageHooks = {
    ...hooks,
    ready: false,
    changes: 0,
    insert: (text, editor = hooks.editor) => insert(text, editor),
    // Read after the fact, so defaultPrevented tells whether the editor handled the paste.
    takeLog: () =>
      events.splice(0).map((e) =>
        e.type === 'paste' ? `paste ${e.defaultPrevented ? 'handled' : 'ignored'}` : `input(${(e as InputEvent).inputType})`,
      ).join(' '),
  };
  window.t = t;
  // Capture on window: CKEditor stops the paste from bubbling.
  for (const type of ['paste', 'input']) {
    window.addEventListener(type, (e) => { if ((e.target as Element).id !== 'elsewhere') events.push(e); }, true);
  }
  if (countInputEvents) {
    document.addEventListener('input', (e) => { if ((e.target as Element).id !== 'elsewhere') t.changes++; });
  }
  return t;
}
