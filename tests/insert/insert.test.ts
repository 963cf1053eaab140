// @vitest-environment jsdom
// The DOM bookkeeping of utils/insert in jsdom. jsdom has no execCommand and no ClipboardEvent, so the
// textarea insertions here take the setRangeText fallback; the real paths run in tests/insert/browser.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { createCaretKeeper, editorKind, insertText, resolveEditor } from '../../utils/insert/index';
import { framed, toHtml } from '../../utils/insert/insert';

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
  document.body.innerHTML = '';
});

function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body.firstElementChild as HTMLElement;
}

const keeper = () => createCaretKeeper(document, controller.signal);

describe('editorKind', () => {
  const cases: [string, string][] = [
    ['<textarea></textarea>', 'textarea'],
    ['<input type="text">', 'textarea'],
    ['<div contenteditable="true"></div>', 'contenteditable'],
    ['<div class="ProseMirror" contenteditable="true"></div>', 'prosemirror'],
    ['<div class="ck ck-content ck-editor__editable" contenteditable="true"></div>', 'ckeditor5'],
    ['<div class="ql-editor" contenteditable="true"></div>', 'quill'],
    ['<div class="note-editable" contenteditable="true"></div>', 'summernote'],
    ['<div role="textbox" g_editable="true" aria-label="Message Body" contenteditable="true"></div>', 'gmail'],
    ['<div role="textbox" aria-label="Message body, press Alt+F10 to exit" contenteditable="true"></div>', 'outlook'],
    ['<div id="editorParent_1"><div contenteditable="true"></div></div>', 'outlook'],
  ];
  for (const [markup, kind] of cases) {
    it(`${kind}: ${markup.slice(0, 60)}`, () => {
      const el = resolveEditor(html(markup))!;
      expect(editorKind(el)).toBe(kind);
    });
  }
});

describe('resolveEditor', () => {
  it('finds the editable inside a wrapper, and the outermost editing host from a node inside it', () => {
    const wrapper = html('<div id="w"><p>toolbar</p><div id="host" contenteditable="true"><p id="inner">x</p></div></div>');
    expect(resolveEditor(wrapper)?.id).toBe('host');
    expect(resolveEditor(document.getElementById('inner'))?.id).toBe('host');
  });

  it("finds Summernote's editable from the textarea it hides", () => {
    html('<div><textarea id="x"></textarea><div class="note-editor"><div class="note-editable" contenteditable="true"></div></div></div>');
    expect(resolveEditor(document.getElementById('x'))?.className).toBe('note-editable');
  });

  it('has no editor for null, detached, read-only or non-editable elements', () => {
    expect(resolveEditor(null)).toBeNull();
    expect(resolveEditor(document.createElement('textarea'))).toBeNull();
    expect(resolveEditor(html('<textarea readonly></textarea>'))).toBeNull();
    expect(resolveEditor(html('<div><p>just text</p></div>'))).toBeNull();
  });
});

describe('caret keeper', () => {
  it('remembers the textarea caret after focus moves away', () => {
    const k = keeper();
    const area = html('<textarea>Hi there. Refund sent.</textarea>') as HTMLTextAreaElement;
    area.focus();
    area.setSelectionRange(9, 9);
    area.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    area.setSelectionRange(3, 3); // moved without an event the keeper hears…
    area.blur(); // …but focusout records it
    expect(k.fieldCaret(area)).toBe(3);
    expect(k.lastEditor()).toBe(area);
  });

  it('does not take a one-line input (a search box) for the last editor', () => {
    const k = keeper();
    html('<div><textarea>Hi</textarea><input id="search"></div>');
    const area = document.querySelector('textarea')!;
    area.focus();
    const search = document.getElementById('search') as HTMLInputElement;
    search.focus();
    search.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    expect(k.lastEditor()).toBe(area);
    expect(k.fieldCaret(search)).toBe(0);
  });

  it('remembers a rich caret, ignores selections outside editors, forgets nothing on blur', () => {
    const k = keeper();
    html('<div><div id="ed" contenteditable="true"><p>Hi there.</p><p id="p2">Refund sent.</p></div><p id="out">panel</p></div>');
    const ed = document.getElementById('ed')!;
    const text = document.getElementById('p2')!.firstChild!;
    document.getSelection()!.collapse(text, 6);
    document.dispatchEvent(new Event('selectionchange'));
    document.getSelection()!.collapse(document.getElementById('out')!.firstChild!, 2);
    document.dispatchEvent(new Event('selectionchange'));
    const caret = k.richCaret(ed)!;
    expect(caret.node).toBe(text);
    expect(caret.offset).toBe(6);
    expect(caret.chars).toBe('Hi there.'.length + 6);
    expect(k.lastEditor()).toBe(ed);
  });

  it('tracks IME composition, and stops listening when the signal aborts', () => {
    const k = keeper();
    const area = html('<textarea></textarea>');
    area.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    expect(k.isComposing()).toBe(true);
    area.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    expect(k.isComposing()).toBe(false);
    controller.abort();
    area.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    expect(k.isComposing()).toBe(false);
  });
});

describe('insertText into a textarea (fallback path)', () => {
  function draft(value: string) {
    const k = keeper();
    const area = html(`<div><textarea></textarea><input id="elsewhere"></div>`).querySelector('textarea')!;
    area.value = value;
    const inputs: InputEvent[] = [];
    area.addEventListener('input', (e) => inputs.push(e as InputEvent));
    return { k, area, inputs };
  }

  function leaveAt(area: HTMLTextAreaElement, start: number, end = start) {
    area.focus();
    area.setSelectionRange(start, end);
    area.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    (document.getElementById('elsewhere') as HTMLInputElement).focus();
  }

  it('puts the text at the remembered caret, keeps the draft, fires input', () => {
    const { k, area, inputs } = draft('Hi there. Refund sent.');
    leaveAt(area, 9);
    expect(insertText(area, "I'm sorry for the wait.", k)).toEqual({ ok: true, editorKind: 'textarea' });
    expect(area.value).toBe("Hi there. I'm sorry for the wait. Refund sent.");
    expect(inputs).toHaveLength(1);
    expect(inputs[0]!.inputType).toBe('insertText');
    expect(document.activeElement).toBe(area);
    expect(area.selectionStart).toBe("Hi there. I'm sorry for the wait.".length);
  });

  it('collapses a selection to its end instead of replacing it', () => {
    const { k, area } = draft('Hi there. Refund sent.');
    leaveAt(area, 17, 22); // "sent."
    insertText(area, 'Thanks.', k);
    expect(area.value).toBe('Hi there. Refund sent. Thanks.');
  });

  it('goes to the end of the draft when no caret was ever left there', () => {
    const { k, area } = draft('Thanks for writing in.');
    expect(insertText(area, "I'm sorry for the wait.", k).ok).toBe(true);
    expect(area.value).toBe("Thanks for writing in. I'm sorry for the wait.");
  });

  it('keeps line breaks and starts multi-line text on its own line', () => {
    const { k, area } = draft('Hi there.');
    insertText(area, 'Sorry for the wait.\r\nThanks for your patience.', k);
    expect(area.value).toBe('Hi there.\nSorry for the wait.\nThanks for your patience.');
  });

  it('flattens line breaks for a one-line input', () => {
    const k = keeper();
    const input = html('<input type="text" value="Re:">') as HTMLInputElement;
    insertText(input, 'your order\nlate', k);
    expect(input.value).toBe('Re: your order late');
  });

  it('refuses while an IME composition is open and changes nothing', () => {
    const { k, area, inputs } = draft('お問い合わせ');
    area.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    expect(insertText(area, 'ありがとうございます。', k)).toEqual({ ok: false, reason: 'composing', editorKind: 'textarea' });
    expect(area.value).toBe('お問い合わせ');
    expect(inputs).toHaveLength(0);
  });

  it('reports no-editor without an editor', () => {
    expect(insertText(null, 'x', keeper())).toEqual({ ok: false, reason: 'no-editor' });
    expect(insertText(html('<div>nothing editable</div>'), 'x', keeper())).toEqual({ ok: false, reason: 'no-editor' });
  });

  it('does not force text into a rich editor when the editing commands are missing', () => {
    const ed = html('<div contenteditable="true"><p>Hi</p></div>');
    expect(insertText(ed, 'there', keeper())).toEqual({ ok: false, reason: 'rejected', editorKind: 'contenteditable' });
    expect(ed.textContent).toBe('Hi');
  });
});

describe('framed', () => {
  it('adds a space after a word, none after a space or before punctuation', () => {
    expect(framed("I'm sorry.", 'e', ' ')).toBe(" I'm sorry.");
    expect(framed("I'm sorry.", ' ', 'Y')).toBe("I'm sorry. ");
    expect(framed('thanks', 'e', '.')).toBe(' thanks');
    expect(framed('thanks', '(', undefined)).toBe('thanks');
    expect(framed('thanks', undefined, undefined)).toBe('thanks');
  });

  it('adds no space around Japanese', () => {
    expect(framed('ご不便をおかけしております。', '。', 'ま')).toBe('ご不便をおかけしております。');
    expect(framed('Thanks.', 'す', undefined)).toBe('Thanks.');
  });

  it('puts multi-line text on its own lines', () => {
    expect(framed('a\nb', '.', 'N')).toBe('\na\nb\n');
  });
});

it('toHtml makes one escaped paragraph per line', () => {
  expect(toHtml('a < b\n\nc')).toBe('<p>a &lt; b</p><p><br></p><p>c</p>');
});
