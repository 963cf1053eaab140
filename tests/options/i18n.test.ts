// @vitest-environment jsdom
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { act, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import config from '../../wxt.config';
import { CATALOGS, formatMessage, resolveUiLanguage, setUiLanguage, t, translate, useT, type Catalog } from '../../utils/i18n';

const root = join(__dirname, '../..');
const locale = (lang: string): Catalog => JSON.parse(readFileSync(join(root, 'public/_locales', lang, 'messages.json'), 'utf8'));
/** Every catalogue the extension ships. */
const full = (lang: string): Catalog => locale(lang);

/** `$NAME$` references and `$1`-style substitutions, the parts a translation must keep. */
function placeholdersOf(entry: Catalog[string]): string[] {
  const named = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => `$${m[1]!.toLowerCase()}$→${entry.placeholders?.[m[1]!.toLowerCase()]?.content ?? '?'}`);
  const direct = [...entry.message.replace(/\$[A-Za-z0-9_@]+\$/g, '').matchAll(/\$([1-9])/g)].map((m) => `$${m[1]}`);
  return [...named, ...direct].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(tsx?|mts)$/.test(name) ? [path] : [];
  });
}

afterEach(() => act(() => setUiLanguage('en')));

describe('the locales', () => {
  const en = full('en');
  const ja = full('ja');

  it('have the same keys in English and Japanese', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(en).length).toBeGreaterThan(60);
  });

  it('keep the same $placeholders$ in both languages', () => {
    for (const key of Object.keys(en)) {
      expect(placeholdersOf(ja[key]!), key).toEqual(placeholdersOf(en[key]!));
    }
  });

  it('are valid for the browsers: key names, a message each, every $placeholder$ defined, a description', () => {
    for (const [lang, catalog] of Object.entries({ en, ja })) {
      for (const [key, entry] of Object.entries(catalog)) {
        expect(key, `${lang}:${key}`).toMatch(/^[A-Za-z0-9_]+$/);
        expect(key.startsWith('@@'), key).toBe(false);
        expect(typeof entry.message, `${lang}:${key}`).toBe('string');
        expect(entry.message.trim(), `${lang}:${key}`).not.toBe('');
        expect(entry.description, `${lang}:${key} needs a description for translators`).toBeTruthy();
        for (const name of entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
          expect(entry.placeholders?.[name[1]!.toLowerCase()], `${lang}:${key} ${name[0]}`).toBeDefined();
        }
      }
    }
  });

  it('use only the prefixes of their owners', () => {
    for (const key of Object.keys(locale('en'))) expect(key, key).toMatch(/^(options_|common_|command_|panel_|returns_|ext[A-Z])/);
  });

  it('are all loaded into the bundle', () => {
    expect(Object.keys(CATALOGS.en).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(CATALOGS.ja).sort()).toEqual(Object.keys(ja).sort());
  });

  it('cover every message key the components and pages name', () => {
    const files = [...sourceFiles(join(root, 'components')), ...sourceFiles(join(root, 'entrypoints')), join(root, 'utils/i18n.ts'), join(root, 'utils/commands.ts')];
    const missing: string[] = [];
    let named = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/['"`]((?:options|common|panel|returns|command)_[A-Za-z0-9_]+)['"`]/g)) {
        named++;
        if (!(match[1]! in en)) missing.push(`${relative(root, file)}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
    expect(named).toBeGreaterThan(80);
  });

  it('hold every __MSG_…__ the manifest uses, with a description Chrome accepts (≤ 132 characters)', async () => {
    for (const browser of ['chrome', 'firefox']) {
      const manifest = await (config.manifest as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => object)({ browser, manifestVersion: browser === 'firefox' ? 2 : 3, mode: 'production', command: 'build' });
      const used = [...JSON.stringify(manifest).matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]!);
      expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription', 'extActionTitle', 'command_focusFaq', 'command_insertTop']));
      for (const key of used) {
        expect(en[key], key).toBeDefined();
        expect(ja[key], key).toBeDefined();
      }
    }
    for (const catalog of [en, ja]) {
      expect(catalog.extDescription!.message.length).toBeLessThanOrEqual(132);
      expect(catalog.extName!.message.length).toBeLessThanOrEqual(45);
    }
  });
});

describe('formatMessage', () => {
  it('follows Chrome: named placeholders, $1 substitutions, $$ for a dollar sign', () => {
    const entry = { message: 'Refund $AMOUNT$ to $name$ ($$ only)', placeholders: { amount: { content: '$1' }, name: { content: '$2' } } };
    expect(formatMessage(entry, ['$12', 'Ana'])).toBe('Refund $12 to Ana ($ only)');
    expect(formatMessage({ message: 'Hi $1, $2' }, ['Ana'])).toBe('Hi Ana, ');
    expect(formatMessage({ message: 'Keep $UNKNOWN$' })).toBe('Keep $UNKNOWN$');
  });

  it('agrees with the messages Attune ships', () => {
    expect(translate('en', 'options_siteOff', ['Zendesk'])).toBe('Attune no longer reads Zendesk.');
    expect(translate('ja', 'options_siteOff', ['Zendesk'])).toBe('Zendesk は読み取らなくなりました。');
    expect(translate('en', 'options_packCounts', ['9', '57', '70'])).toBe('9 feelings, 57 suggested lines, 70 FAQ answers');
  });

  it('shows a missing key as itself, never a blank', () => {
    expect(translate('ja', 'options_noSuchKey')).toBe('options_noSuchKey');
  });
});

describe('the UI language', () => {
  it('follows the browser when the setting is auto, else the setting', () => {
    expect(resolveUiLanguage('auto', 'ja')).toBe('ja');
    expect(resolveUiLanguage('auto', 'ja-JP')).toBe('ja');
    expect(resolveUiLanguage('auto', 'en-GB')).toBe('en');
    expect(resolveUiLanguage('auto', 'fr')).toBe('en');
    expect(resolveUiLanguage('ja', 'en-US')).toBe('ja');
    expect(resolveUiLanguage('en', 'ja')).toBe('en');
  });

  it('changes nothing on import (a bundle that pulls it in must not touch a helpdesk page)', async () => {
    document.documentElement.lang = 'de';
    vi.resetModules();
    const fresh = await import('../../utils/i18n');
    expect(document.documentElement.lang).toBe('de');
    expect(fresh.t('common_cancel')).toBe('Cancel');
    expect(document.documentElement.lang).toBe('de');
  });

  it('switches t(), the document language and every component using useT', () => {
    const Title = () => createElement('h1', null, useT()('options_pageTitle'));
    render(createElement(Title));
    expect(screen.getByRole('heading').textContent).toBe('Attune settings');
    act(() => setUiLanguage('ja'));
    expect(screen.getByRole('heading').textContent).toBe('Attune の設定');
    expect(t('common_cancel')).toBe('キャンセル');
    expect(document.documentElement.lang).toBe('ja');
  });
});
