// Shared helpers of the adapter tests: fixtures loaded into jsdom as if served from the helpdesk's URL.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReadResult } from '../../utils/adapters/types';

import { JSDOM } from 'jsdom';

export const FIXTURES = fileURLToPath(new URL('../fixtures/sites/', import.meta.url));

export const BLANK = '<!DOCTYPE html><html><head><title></title></head><body></body></html>';

export function fixture(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8');
}

/**
 * jsdom (29) parses <template shadowrootmode="open"> as a plain template and attaches no shadow root, unlike
 * browsers. This does what the browser's parser would: each such template becomes its parent's open shadow
 * root, innermost templates included (they only become reachable once their outer root exists).
 */
export function attachDeclarativeShadowRoots(root: ParentNode): number {
  let attached = 0;
  for (const template of [...root.querySelectorAll('template[shadowrootmode]')] as HTMLTemplateElement[]) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open' });
    shadow.append(template.content.cloneNode(true));
    template.remove();
    attached += 1 + attachDeclarativeShadowRoots(shadow);
  }
  return attached;
}

/** A document for `html` as if loaded from `url` (declarative shadow roots attached), plus the URL object adapters take. */
export function load(html: string, url: string): { doc: Document; url: URL } {
  const doc = new JSDOM(html, { url }).window.document as unknown as Document;
  attachDeclarativeShadowRoots(doc);
  return { doc, url: new URL(url) };
}

/** The same page with every element matching `selector` removed, in the light DOM and in open shadow roots. */
export function stripped(html: string, selector: string, url: string): { doc: Document; url: URL } {
  const built = load(html, url);
  const visit = (root: ParentNode) => {
    for (const element of [...root.querySelectorAll(selector)]) element.remove();
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
  };
  visit(built.doc);
  return built;
}

/** The conversation of an ok result; fails the test with the reason otherwise. */
export function conversationOf(result: ReadResult) {
  if (!result.ok) throw new Error(`read failed: ${result.reason} ${result.missing ?? ''}`);
  return result.conversation;
}
