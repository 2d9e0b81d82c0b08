import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without declarations
import { layerViolations } from './check-layers.mjs';

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
    expect(layerViolations(root)).toEqual(['core/a/x.ts: ../../addon/menu']);
  });
  it('finds Node modules and scripts/ in core/', () => {
    const root = tree({ 'core/y.ts': "import { readFileSync } from 'node:fs';\nexport * from '../scripts/z';\n" });
    expect(layerViolations(root)).toHaveLength(2);
  });
  it('accepts core importing core and packages', () => {
    const root = tree({ 'core/a.ts': "import { b } from './b';\nimport { z } from 'zod';\n", 'core/b.ts': '' });
    expect(layerViolations(root)).toEqual([]);
  });
  it('passes on the project itself', () => {
    expect(layerViolations(join(import.meta.dirname, '..'))).toEqual([]);
  });
});
