// Test helpers for the Zendesk, Freshdesk, Intercom and Help Scout adapter tests (group A).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ReadResult } from '../../utils/adapters/types';

// jsdom ships no type declarations and @types/jsdom is not installed: load it untyped, typed here by hand.
interface JsdomInstance {
  window: { document: Document };
}
const require = createRequire(import.meta.url);
const { JSDOM } = require('jsdom') as { JSDOM: new (html: string, options: { url: string }) => JsdomInstance };

export const FIXTURES = fileURLToPath(new URL('../fixtures/sites/', import.meta.url));

export function fixture(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8');
}

/** A document for `html` as if loaded from `url`, plus the URL object adapters take. */
export function page(html: string, url: string): { doc: Document; url: URL } {
  return { doc: new JSDOM(html, { url }).window.document, url: new URL(url) };
}

/** The same fixture with every element matching `selector` removed, to test selector-missing results. */
export function without(html: string, selector: string, url: string): { doc: Document; url: URL } {
  const built = page(html, url);
  for (const element of built.doc.querySelectorAll(selector)) element.remove();
  return built;
}

/** The conversation of an ok result; fails the test with the result's reason otherwise. */
export function ok(result: ReadResult) {
  if (!result.ok) throw new Error(`read failed: ${result.reason} ${result.missing ?? ''}`);
  return result.conversation;
}
