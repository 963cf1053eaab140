import type { SelectorSpec } from './types';

/** First element matching any selector of the spec, in the spec's order; searches open shadow roots too when `deep`. */
export function first(root: ParentNode, spec: SelectorSpec, deep = false): Element | null {
  for (const selector of spec.selectors) {
    const found = deep ? deepQueryAll(root, selector)[0] : root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** All elements matching the first selector of the spec that matches anything. */
export function all(root: ParentNode, spec: SelectorSpec, deep = false): Element[] {
  for (const selector of spec.selectors) {
    const found = deep ? deepQueryAll(root, selector) : [...root.querySelectorAll(selector)];
    if (found.length > 0) return found;
  }
  return [];
}

/** querySelectorAll that also looks inside open shadow roots (Salesforce Lightning renders there). */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const out: Element[] = [...root.querySelectorAll(selector)];
  const walk = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      const shadow = (element as Element & { shadowRoot: ShadowRoot | null }).shadowRoot;
      if (shadow) {
        out.push(...shadow.querySelectorAll(selector));
        walk(shadow);
      }
    }
  };
  walk(root);
  return out;
}

const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'TR', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'IMG']);

/**
 * Visible text of an element with line breaks where the page shows them (<br>, blocks), like innerText
 * but the same in jsdom and browsers and without forcing layout. Hidden elements ([hidden],
 * aria-hidden) are skipped.
 */
export function textOf(element: Element | null | undefined): string {
  if (!element) return '';
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return;
    if (el.tagName === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCK.has(el.tagName.toUpperCase());
    if (block) parts.push('\n');
    for (const child of el.childNodes) visit(child);
    if (block) parts.push('\n');
  };
  visit(element);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The structure of an element with all text removed: tag names and a few safe attributes. What we may log
 * or show when a page cannot be read, so a bug report never carries customer words.
 */
export function censoredTree(element: Element, depth = 4): string {
  const attributes = ['id', 'class', 'role', 'data-test-id', 'data-testid', 'data-qa'];
  const describe = (el: Element) =>
    `<${el.tagName.toLowerCase()}${attributes.map((name) => (el.hasAttribute(name) ? ` ${name}="${el.getAttribute(name)!.slice(0, 60)}"` : '')).join('')}>`;
  const lines: string[] = [];
  const visit = (el: Element, level: number) => {
    lines.push(`${'  '.repeat(level)}${describe(el)}`);
    if (level < depth) for (const child of el.children) visit(child, level + 1);
  };
  visit(element, 0);
  return lines.join('\n');
}

/**
 * The panel needs the recent conversation, not a ticket's whole history: reading (and sending) only the
 * newest elements keeps a 1,000-message thread from stalling the helpdesk on every new message.
 */
export const MAX_THREAD_ITEMS = 200;

/** The newest `MAX_THREAD_ITEMS` of elements in page order (oldest first). */
export function recent<T>(items: readonly T[]): T[] {
  return items.length > MAX_THREAD_ITEMS ? items.slice(-MAX_THREAD_ITEMS) : [...items];
}
