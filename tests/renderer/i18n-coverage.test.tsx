/// <reference types="node" />
/**
 * Every window string goes through translate(): these tests fail when a key
 * is missing or empty in one language, or when a .tsx file under
 * src/renderer carries a hard-coded user-visible string.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
// The parser vite itself uses (oxc, through rolldown): the TypeScript 7
// package has no JavaScript API to parse TSX with.
import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../src/shared/i18n/index.ts';
import { uiEn } from '../../src/shared/i18n/ui.en.ts';
import { uiNl } from '../../src/shared/i18n/ui.nl.ts';

const rendererDir = resolve(import.meta.dirname, '../../src/renderer');

/** Attributes whose value a user sees or hears. */
const SPOKEN_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

const hasWords = (text: string) => /\p{L}/u.test(text);

interface Node {
  type: string;
  start: number;
  [key: string]: unknown;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

function walk(
  node: unknown,
  visit: (node: Node, parent: Node | null) => void,
  parent: Node | null = null,
) {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit, parent);
    return;
  }
  if (!isNode(node)) return;
  visit(node, parent);
  for (const [key, value] of Object.entries(node))
    if (key !== 'type' && typeof value === 'object') walk(value, visit, node);
}

/** Hard-coded strings in one TSX source: JSX text, string children, spoken attributes. */
function hardCodedStrings(source: string): string[] {
  const found: string[] = [];
  const literalText = (node: unknown): string | null => {
    if (!isNode(node)) return null;
    if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
    if (node.type === 'TemplateLiteral')
      return (node.quasis as { value: { cooked: string } }[]).map((q) => q.value.cooked).join('');
    if (node.type === 'JSXExpressionContainer') return literalText(node.expression);
    return null;
  };
  walk(parseAst(source, { lang: 'tsx' }), (node, parent) => {
    if (node.type === 'JSXText' && hasWords(String(node.value)))
      found.push(String(node.value).trim());
    if (
      node.type === 'JSXExpressionContainer' &&
      (parent?.type === 'JSXElement' || parent?.type === 'JSXFragment')
    ) {
      const text = literalText(node.expression);
      if (text && hasWords(text)) found.push(text);
    }
    if (node.type === 'JSXAttribute') {
      const name = (node.name as { name?: string }).name ?? '';
      const text = literalText(node.value);
      if (SPOKEN_ATTRIBUTES.has(name) && text && hasWords(text)) found.push(`${name}="${text}"`);
    }
  });
  return found;
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

describe('window strings', () => {
  it('has every key, non-empty, in English and Dutch', () => {
    expect(Object.keys(uiNl).sort()).toEqual(Object.keys(uiEn).sort());
    for (const [key, text] of Object.entries(uiEn)) {
      expect(text.trim(), `en ${key}`).not.toBe('');
      expect(uiNl[key as keyof typeof uiEn]?.trim(), `nl ${key}`).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(uiEn))
      expect(placeholdersOf(uiNl[key as keyof typeof uiEn]), key).toEqual(placeholdersOf(text));
  });

  it('the scanner catches hard-coded text, string children and spoken attributes', () => {
    const sample = `
      export const A = () => (
        <div aria-label="Close" title={'Tip'} data-x="fine">
          Hello there
          {'Literal child'}
          {t('ok.key')} · — ▸ {count}
          <img alt={\`Photo\`} />
        </div>
      );`;
    expect(hardCodedStrings(sample)).toEqual([
      'aria-label="Close"',
      'title="Tip"',
      'Hello there',
      'Literal child',
      'alt="Photo"',
    ]);
  });

  it('no .tsx file under src/renderer hard-codes a user-visible string', () => {
    const files = tsxFiles(rendererDir);
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.flatMap((file) =>
      hardCodedStrings(readFileSync(file, 'utf8')).map(
        (text) => `${relative(rendererDir, file)}: ${text}`,
      ),
    );
    expect(offenders).toEqual([]);
  });
});
