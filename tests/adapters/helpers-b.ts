// Test helpers for the Front, Gorgias, Gmail and Outlook adapter tests (group B).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ReadResult } from '../../utils/adapters/types';

// jsdom ships no type declarations here: load it untyped, typed by hand for what the tests use.
interface JsdomInstance {
  window: { document: Document };
}
const require = createRequire(import.meta.url);
const { JSDOM } = require('jsdom') as { JSDOM: new (html: string, options: { url: string }) => JsdomInstance };

const FIXTURES = fileURLToPath(new URL('../fixtures/sites/', import.meta.url));

export function fixture(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8');
}

/** A document for `html` as if loaded from `url`, plus the URL object adapters take. */
export function load(html: string, url: string): { doc: Document; url: URL } {
  return { doc: new JSDOM(html, { url }).window.document, url: new URL(url) };
}

/** The same page with every element matching `selector` removed (a helpdesk that changed its markup). */
export function stripped(html: string, selector: string, url: string): { doc: Document; url: URL } {
  const built = load(html, url);
  for (const element of built.doc.querySelectorAll(selector)) element.remove();
  return built;
}

export const BLANK = '<!DOCTYPE html><html><head><title></title></head><body></body></html>';

/** The conversation of an ok result; fails the test with the reason otherwise. */
export function conversationOf(result: ReadResult) {
  if (!result.ok) throw new Error(`read failed: ${result.reason} ${result.missing ?? ''}`);
  return result.conversation;
}
