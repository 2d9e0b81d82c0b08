import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without declarations
import { coreLayers, layerPicture, layerViolations } from './check-layers.mjs';
import { readFileSync } from 'node:fs';

const made: string[] = [];
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'layers-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
afterEach(() => {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('layerViolations', () => {
  it('finds an import of addon/ inside core/', () => {
    const root = tree({ 'core/a/x.ts': "import { onOpen } from '../../addon/menu';\n", 'addon/menu.ts': '' });
    expect(layerViolations(root, [['a']])).toEqual(['core/a/x.ts: ../../addon/menu']);
  });
  it('finds Node modules and scripts/ in core/', () => {
    const root = tree({ 'core/y.ts': "import { readFileSync } from 'node:fs';\nexport * from '../scripts/z';\n" });
    expect(layerViolations(root)).toHaveLength(2);
  });
  it('accepts core importing core and packages', () => {
    const root = tree({ 'core/a.ts': "import { b } from './b';\nimport { z } from 'zod';\n", 'core/b.ts': '' });
    expect(layerViolations(root)).toEqual([]);
  });
  it('refuses an import from a lower folder to a higher one', () => {
    const root = tree({
      'core/grid/sheet.ts': "import type { Issue } from '../issues/issue';\n",
      'core/issues/issue.ts': '',
    });
    expect(layerViolations(root, [['grid'], ['issues']])).toEqual([
      'core/grid/sheet.ts: ../issues/issue (импорт вверх: grid → issues)',
    ]);
  });
  it('refuses imports between two folders of one layer and names the cycle they make', () => {
    const root = tree({
      'core/indicators/a.ts': "import { h } from '../history/h';\n",
      'core/history/h.ts': "import { a } from '../indicators/a';\n",
    });
    const found = layerViolations(root, [['indicators', 'history']]);
    expect(found).toContain('core/indicators/a.ts: ../history/h (папка того же слоя: indicators → history)');
    expect(found).toContain('цикл между папками: history → indicators → history');
  });
  it('names a folder cycle beside the upward import that closes it', () => {
    const root = tree({
      'core/a/x.ts': "import { y } from '../b/y';\n",
      'core/b/y.ts': "import { x } from '../a/x';\n",
    });
    expect(layerViolations(root, [['a'], ['b']])).toEqual([
      'core/a/x.ts: ../b/y (импорт вверх: a → b)',
      'цикл между папками: a → b → a',
    ]);
  });
  it('refuses a folder that is not placed in the order', () => {
    const root = tree({ 'core/newthing/n.ts': '' });
    expect(layerViolations(root, [['grid']])).toEqual([
      'core/newthing/: папки нет в порядке слоёв (scripts/check-layers.mjs, coreLayers)',
    ]);
  });
  it('is drawn in the README as it is enforced', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    expect(readme).toContain(layerPicture(coreLayers));
  });
  it('passes on the project itself', () => {
    expect(layerViolations(join(import.meta.dirname, '..'))).toEqual([]);
  });
});
