// Puts the agent's chosen text at the caret of the reply editor through the editor's own input path,
// so the app sees a normal edit: its model updates, undo works, the draft is saved, send enables.

import { type CaretKeeper } from './caret';
import { BELOW_DRAFT, type EditorKind, type Field, editorKind, isField, resolveEditor } from './kind';

export type InsertOutcome =
  | { ok: true; editorKind: EditorKind }
  | { ok: false; reason: 'no-editor' | 'composing' | 'rejected'; editorKind?: EditorKind };

interface Point {
  node: Node;
  offset: number;
}

// These take a synthetic paste synchronously through their own clipboard pipeline (model, undo, events).
// Others are left out on purpose: Summernote lets the browser do text pastes (a synthetic one inserts
// nothing), and Outlook's and Gmail's editors read the clipboard asynchronously, so a paste could land
// after the fallback and double the text.
const PASTE_KINDS = new Set<EditorKind>(['prosemirror', 'ckeditor5', 'quill']);
// Zero-width fillers that editors keep in the DOM (CKEditor's inline filler, BOMs).
const FILLER = /[\u200b\u2060\ufeff]/g;
const CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const OPENERS = /[([{“‘「『（]/;
const BLOCKS = 'p, div, li, h1, h2, h3, h4, h5, h6, blockquote, pre, td, th, dd, dt';

export function insertText(editor: HTMLElement | null | undefined, text: string, keeper: CaretKeeper): InsertOutcome {
  const target = resolveEditor(editor);
  if (!target) return { ok: false, reason: 'no-editor' };
  const kind = editorKind(target);
  // Inserting mid-composition would tear the IME's pending text apart.
  if (keeper.isComposing()) return { ok: false, reason: 'composing', editorKind: kind };
  const clean = text.replace(/\r\n?/g, '\n');
  let done = false;
  try {
    done = isField(target) ? intoField(target, clean, keeper) : intoRich(target, kind, clean, keeper);
  } catch {
    done = false;
  }
  return done ? { ok: true, editorKind: kind } : { ok: false, reason: 'rejected', editorKind: kind };
}

/** Adds a space (or a line break for multi-line text) where the text would otherwise run into the draft. */
export function framed(text: string, before?: string, after?: string): string {
  const multiLine = text.includes('\n');
  const gap = (outside: string | undefined, edge: string | undefined) => {
    if (!outside || !edge || /\s/.test(outside) || /\s/.test(edge)) return '';
    if (multiLine) return '\n';
    // Japanese and Chinese run sentences together without spaces.
    return CJK.test(outside) || CJK.test(edge) ? '' : ' ';
  };
  const pre = before && OPENERS.test(before) ? '' : gap(before, text[0]);
  // After the caret only words need a gap: "thanks|." must not become "thanks ."
  const post = after && /[\p{L}\p{N}]/u.test(after) ? gap(after, text[text.length - 1]) : '';
  return pre + text + post;
}

/**
 * Firefox's insertText turns "\n" into a raw newline (white-space: pre-wrap) or a <br>, which editors with
 * their own model drop or keep as a soft break: for those, type each line and break paragraphs as Enter
 * would. Elsewhere one insertText keeps the breaks in a single undo step.
 */
function execLines(host: HTMLElement, kind: EditorKind, text: string): void {
  const doc = host.ownerDocument;
  if (!PASTE_KINDS.has(kind) || !text.includes('\n')) {
    execInsert(doc, text);
    return;
  }
  text.split('\n').forEach((line, i) => {
    if (i > 0) exec(doc, 'insertParagraph');
    if (line) execInsert(doc, line);
  });
}

function exec(doc: Document, command: string, value?: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand(command, false, value);
  } catch {
    return false;
  }
}

const execInsert = (doc: Document, text: string) => exec(doc, 'insertText', text);

function intoField(field: Field, text: string, keeper: CaretKeeper): boolean {
  const doc = field.ownerDocument;
  const value = field.value;
  const oneLine = field.localName === 'input' ? text.replace(/\s*\n\s*/g, ' ') : text;
  const live = doc.activeElement === field ? field.selectionEnd : null;
  const pos = Math.min(live ?? keeper.fieldCaret(field) ?? value.length, value.length);
  const chunk = framed(oneLine, value[pos - 1], value[pos]);
  const expected = value.slice(0, pos) + chunk + value.slice(pos);
  field.focus({ preventScroll: true });
  field.setSelectionRange(pos, pos);
  // execCommand goes through the browser's editing stack: a trusted input event and native undo.
  execInsert(doc, chunk);
  if (field.value !== value) return field.value.includes(oneLine);
  field.setRangeText(chunk, pos, pos, 'end');
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: chunk }));
  return field.value === expected;
}

function intoRich(host: HTMLElement, kind: EditorKind, text: string, keeper: CaretKeeper): boolean {
  const doc = host.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return false;
  const point = caretPoint(host, kind, keeper);
  const chunk = framed(text, charNear(host, point, true), charNear(host, point, false));
  const probe = probeOf(text);
  const before = occurrences(host, probe);

  host.focus({ preventScroll: true });
  // With the agent in the side panel the page has no focus, and Firefox holds the focus event back until it
  // does; editors that ignore selection changes while unfocused (CKEditor) would then insert at their stale
  // model selection, replacing a selected word. Tell them now.
  if (!doc.hasFocus()) host.dispatchEvent(new FocusEvent('focus'));
  selection.collapse(point.node, point.offset);
  // Editors sync their model selection on selectionchange, which the browser fires only later; fire it
  // now so a selected range in the model is collapsed too and never replaced by the paste.
  doc.dispatchEvent(new Event('selectionchange'));
  // Summernote keeps its own undo stack and snapshots on mouseup: take one so undo returns to the draft.
  if (kind === 'summernote') host.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));

  const at = selection.anchorNode ?? host;
  const target = (at.nodeType === Node.ELEMENT_NODE ? at : at.parentElement) as Element;
  if (PASTE_KINDS.has(kind) && !xrayWorld(doc) && paste(host.contains(target) ? target : host, chunk)) {
    if (occurrences(host, probe) > before) return true;
  }
  // Judge by the result, not execCommand's return value: editors that handle the beforeinput themselves
  // cancel it, and Firefox then reports false for an insertion that happened.
  execLines(host, kind, chunk);
  return occurrences(host, probe) > before;
}

/**
 * Firefox content scripts see the page through Xray wrappers, and clipboard data they set carries the
 * extension's principal, which the page may not read: the editor would get an empty paste (ProseMirror then
 * steals focus to catch a native paste that never comes). There the browser's own insertText path is used.
 */
function xrayWorld(doc: Document): boolean {
  return (doc.defaultView as (Window & { wrappedJSObject?: unknown }) | null)?.wrappedJSObject !== undefined;
}

function paste(target: Element, text: string): boolean {
  if (typeof ClipboardEvent !== 'function' || typeof DataTransfer !== 'function') return false;
  const event = new ClipboardEvent('paste', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true });
  // Firefox copies the constructor's DataTransfer into an empty one: fill the event's own.
  const data = event.clipboardData;
  if (!data) return false;
  data.setData('text/plain', text);
  if (text.includes('\n')) data.setData('text/html', toHtml(text));
  target.dispatchEvent(event);
  return true;
}

/** One paragraph per line, so rich editors keep every break (blank lines included). */
export function toHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text.split('\n').map((line) => (line ? `<p>${escape(line)}</p>` : '<p><br></p>')).join('');
}

// Editors may curl quotes or re-space what they receive: compare text loosely.
const normalize = (s: string) =>
  s.replace(FILLER, '').replace(/[‘’‚′]/g, "'").replace(/[“”„″]/g, '"').replace(/\s+/g, ' ').trim();

/** The longest line of the text: what must show up in the editor for the insertion to count. */
function probeOf(text: string): string {
  return text.split('\n').map(normalize).reduce((a, b) => (b.length > a.length ? b : a), '');
}

function occurrences(host: HTMLElement, probe: string): number {
  if (!probe) return 0;
  return normalize(host.textContent ?? '').split(probe).length - 1;
}

/** Where the text goes: the live selection if it is in the editor, else the remembered caret, else the draft's end. */
function caretPoint(host: HTMLElement, kind: EditorKind, keeper: CaretKeeper): Point {
  const selection = host.ownerDocument.getSelection();
  if (selection && selection.rangeCount > 0) {
    const range = selection.getRangeAt(0);
    if (host.contains(range.endContainer)) return { node: range.endContainer, offset: range.endOffset };
  }
  const caret = keeper.richCaret(host);
  if (caret) {
    if (caret.node.isConnected && host.contains(caret.node) && caret.offset <= lengthOf(caret.node)) return caret;
    // The editor re-rendered the node: find the same spot by counting characters.
    const found = pointAt(host, caret.chars, caret.leansForward);
    if (found) return found;
  }
  return endOfDraft(host, kind);
}

function lengthOf(node: Node): number {
  return node.nodeType === Node.TEXT_NODE ? (node as Text).length : node.childNodes.length;
}

function textNodes(root: Node): Text[] {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  while (walker.nextNode()) out.push(walker.currentNode as Text);
  return out;
}

function pointAt(host: HTMLElement, chars: number, leansForward: boolean): Point | null {
  let seen = 0;
  const nodes = textNodes(host);
  for (const node of nodes) {
    const end = seen + node.length;
    if (leansForward ? chars < end : chars <= end) return { node, offset: chars - seen };
    seen = end;
  }
  const last = nodes[nodes.length - 1];
  return last && chars >= seen ? { node: last, offset: last.length } : null;
}

/** After the last text of the draft, above any quoted history or signature in the compose body. */
function endOfDraft(host: HTMLElement, kind: EditorKind): Point {
  const selector = BELOW_DRAFT[kind];
  const stop = selector ? host.querySelector(selector) : null;
  const inDraft = (node: Node) =>
    !stop || (!stop.contains(node) && !!(stop.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING));
  const texts = textNodes(host).filter((t) => normalize(t.data) && inDraft(t));
  const last = texts[texts.length - 1];
  if (last) return { node: last, offset: last.length };
  // An empty draft: the first block (Gmail's and ProseMirror's empty editors hold one).
  let node: Element = host;
  while (node.firstElementChild && node.firstElementChild !== stop && node.firstElementChild.localName !== 'br') {
    node = node.firstElementChild;
  }
  return { node, offset: 0 };
}

/** The visible character just before (or after) the caret; a line or block boundary reads as '\n'. */
function charNear(host: HTMLElement, point: Point, backward: boolean): string | undefined {
  const doc = host.ownerDocument;
  const at = point.node.nodeType === Node.ELEMENT_NODE ? (point.node as Element) : point.node.parentElement;
  const block = at?.closest(BLOCKS);
  // Look no further than the caret's own paragraph: its edges are line breaks already.
  const scope = block && host.contains(block) ? block : host;
  const range = doc.createRange();
  if (backward) {
    range.setStart(scope, 0);
    range.setEnd(point.node, point.offset);
  } else {
    range.setStart(point.node, point.offset);
    range.setEnd(scope, scope.childNodes.length);
  }
  const walker = doc.createTreeWalker(range.cloneContents(), NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const leaves: Node[] = [];
  while (walker.nextNode()) if (!walker.currentNode.firstChild) leaves.push(walker.currentNode);
  if (backward) leaves.reverse();
  for (const leaf of leaves) {
    if (leaf.nodeType !== Node.TEXT_NODE) return '\n';
    const data = (leaf as Text).data.replace(FILLER, '');
    if (data) return backward ? data[data.length - 1] : data[0];
  }
  return undefined;
}
