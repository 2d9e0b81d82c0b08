import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryPoints } from '../../addon/entry-points';
import * as main from '../../addon/main';
import { menuItems } from '../../addon/menu';
import { bundlePath, loadBundle } from './load-bundle';

function menuRecorder() {
  const items: { label: string; fn: string }[] = [];
  const calls: string[] = [];
  const menu = {
    addItem(label: string, fn: string) {
      items.push({ label, fn });
      return menu;
    },
    addSeparator() {
      return menu;
    },
    addToUi() {
      calls.push('addToUi');
    },
  };
  const forbidden = new Proxy(
    {},
    {
      get(_t, key) {
        throw new Error(`PropertiesService.${String(key)} touched in AuthMode.NONE`);
      },
    },
  );
  const globals = {
    SpreadsheetApp: { getUi: () => ({ createAddonMenu: () => menu, createMenu: () => menu }) },
    PropertiesService: forbidden,
    ScriptApp: { AuthMode: { NONE: 'NONE', FULL: 'FULL', LIMITED: 'LIMITED' } },
  };
  return { items, calls, globals };
}

describe('dist/Code.js', () => {
  it('declares a top-level function for every entry point', () => {
    const code = readFileSync(bundlePath, 'utf8');
    for (const name of entryPoints) expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  });

  it('exports from addon/main exactly the entry points', () => {
    expect(Object.keys(main).sort()).toEqual([...entryPoints].sort());
  });

  it('reaches the code from every top-level function', () => {
    const { globals } = menuRecorder();
    const context = loadBundle(globals);
    for (const name of entryPoints) {
      expect(typeof context[name], name).toBe('function');
      expect(typeof context.App[name], `App.${name}`).toBe('function');
    }
  });

  it('builds the Russian menu with AuthMode NONE without touching PropertiesService', () => {
    const { items, calls, globals } = menuRecorder();
    const context = loadBundle(globals);
    context.onOpen({ authMode: 'NONE' });
    expect(items).toEqual(menuItems);
    expect(items.map((i) => i.label)).toContain('Собрать сводку');
    expect(items.every((i) => entryPoints.includes(i.fn as never))).toBe(true);
    expect(calls).toEqual(['addToUi']);
  });

  it('stays within the 300 KB bundle budget', () => {
    expect(readFileSync(bundlePath).byteLength).toBeLessThan(300 * 1024);
  });
});
