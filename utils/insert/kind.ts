// Which reply editor an element is, and which element actually takes the text.
// Pure DOM, no dependencies: this runs in the content script.

export type EditorKind =
  | 'textarea'
  | 'contenteditable'
  | 'prosemirror'
  | 'ckeditor5'
  | 'quill'
  | 'summernote'
  | 'gmail'
  | 'outlook';

export type Field = HTMLTextAreaElement | HTMLInputElement;

export function isField(el: Element): el is Field {
  return el.localName === 'textarea' || el.localName === 'input';
}

// jsdom has no isContentEditable: fall back to the attribute.
export function isEditable(el: Element): boolean {
  const native = (el as HTMLElement).isContentEditable;
  if (typeof native === 'boolean') return native;
  return !!el.closest('[contenteditable]:not([contenteditable="false"])');
}

/** The outermost editable ancestor: the element the editor library owns. */
export function editingHost(el: HTMLElement): HTMLElement {
  let host = el;
  while (host.parentElement && isEditable(host.parentElement)) host = host.parentElement;
  return host;
}

/** The element that takes the text: the field or editing host itself, or the one a wrapper holds. */
export function resolveEditor(el: HTMLElement | null | undefined): HTMLElement | null {
  if (!el || !el.isConnected) return null;
  if (isField(el)) {
    // Summernote hides the original textarea and edits a div right after it.
    const note = el.nextElementSibling?.querySelector<HTMLElement>('.note-editable');
    return note ?? (el.disabled || el.readOnly ? null : el);
  }
  if (isEditable(el)) return editingHost(el);
  const inner = el.querySelector<HTMLElement>(
    '[contenteditable]:not([contenteditable="false"]), textarea:not([readonly]):not([disabled])',
  );
  return inner ? resolveEditor(inner) : null;
}

export function editorKind(editor: HTMLElement): EditorKind {
  if (isField(editor)) return 'textarea';
  const is = (selector: string) => !!editor.closest(selector);
  if (is('.ProseMirror')) return 'prosemirror';
  if (is('.ck-editor__editable, .ck-content')) return 'ckeditor5';
  if (is('.ql-editor')) return 'quill';
  if (is('.note-editable')) return 'summernote';
  // Gmail first: its body is labelled "Message Body", which the Outlook check would also match.
  if (is('[g_editable]')) return 'gmail';
  if (is('[aria-label^="Message body" i], [id^="editorParent"]')) return 'outlook';
  return 'contenteditable';
}

/** Quoted history and signatures that sit inside the compose body, below the agent's draft. */
export const BELOW_DRAFT: Partial<Record<EditorKind, string>> = {
  gmail: '.gmail_quote, .gmail_signature, .gmail_signature_prefix, [data-smartmail="gmail_signature"]',
  outlook: '#appendonsend, #divRplyFwdMsg, #Signature, [id^="Signature"], #mail-editor-reference-message-container',
};
