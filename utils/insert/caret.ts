// Remembers where the agent left the caret in each editor, because by the time the side panel asks
// for an insertion, focus (and in the same document, the selection) has moved elsewhere.

import { editingHost, isEditable, isField } from './kind';

/** A caret in a rich editor: the DOM point, plus its text offset in case the editor re-rendered the node. */
export interface RichCaret {
  node: Node;
  offset: number;
  /** Characters of text before the caret inside the editor. */
  chars: number;
  /** The caret sat at the start of a text node, so the same `chars` belongs to the next node, not the previous. */
  leansForward: boolean;
}

export interface CaretKeeper {
  /** True while an IME composition is open in this document. */
  isComposing(): boolean;
  /** The editor the agent last had a caret in, if it is still on the page. */
  lastEditor(): HTMLElement | null;
  /** The remembered caret (end of the selection) in a textarea or input. */
  fieldCaret(field: HTMLElement): number | null;
  /** The remembered caret (end of the selection) in a rich editor. */
  richCaret(host: HTMLElement): RichCaret | null;
}

export function textOffset(root: Node, node: Node, offset: number): { chars: number; leansForward: boolean } {
  const doc = root.ownerDocument ?? (root as Document);
  const before = doc.createRange();
  before.setStart(root, 0);
  before.setEnd(node, offset);
  return {
    chars: before.toString().length,
    leansForward: node.nodeType === Node.TEXT_NODE ? offset === 0 : offset < node.childNodes.length,
  };
}

export function createCaretKeeper(doc: Document, signal: AbortSignal): CaretKeeper {
  const fields = new WeakMap<HTMLElement, number>();
  const carets = new WeakMap<HTMLElement, RichCaret>();
  let last: HTMLElement | null = null;
  let composing = false;

  const rememberField = (el: Element | null) => {
    if (!el || !isField(el) || el.selectionEnd == null) return;
    fields.set(el, el.selectionEnd);
    // Reply editors are textareas, never one-line inputs (a search box must not become "the editor").
    if (el.localName === 'textarea') last = el;
  };

  const rememberSelection = () => {
    const sel = doc.getSelection();
    if (!sel || sel.rangeCount === 0) return;
    const range = sel.getRangeAt(0);
    const end = range.endContainer;
    const el = end.nodeType === Node.ELEMENT_NODE ? (end as Element) : end.parentElement;
    // A selection outside any editor (the agent clicked a search box, a button) keeps the old caret.
    if (!el || !isEditable(el)) return;
    const host = editingHost(el as HTMLElement);
    carets.set(host, {
      node: range.endContainer,
      offset: range.endOffset,
      ...textOffset(host, range.endContainer, range.endOffset),
    });
    last = host;
  };

  const onActivity = (event: Event) => {
    // Inside a shadow root (Salesforce) the event reaches the document retargeted to the host element.
    const target = (event.composedPath()[0] ?? event.target) as Element | null;
    if (target && target.nodeType === Node.ELEMENT_NODE && isField(target)) rememberField(target);
    else rememberSelection();
  };

  const opts = { capture: true, signal };
  doc.addEventListener('selectionchange', () => {
    let active = doc.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (active && isField(active)) rememberField(active);
    else rememberSelection();
  }, { signal });
  for (const type of ['focusin', 'focusout', 'keyup', 'mouseup', 'select', 'input']) {
    doc.addEventListener(type, onActivity, opts);
  }
  doc.addEventListener('compositionstart', () => { composing = true; }, opts);
  doc.addEventListener('compositionend', () => { composing = false; }, opts);

  return {
    isComposing: () => composing,
    lastEditor: () => (last?.isConnected ? last : null),
    fieldCaret: (field) => fields.get(field) ?? null,
    richCaret: (host) => carets.get(host) ?? null,
  };
}
