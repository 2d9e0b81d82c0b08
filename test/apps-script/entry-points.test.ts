import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRows } from '../../core/roadmap/builtin-roadmap-data';
import { actionGlobals, actions, menuItems } from '../../addon/actions';
import { entryPoints } from '../../addon/entry-points';
import * as main from '../../addon/main';
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
      calls.push(`separator before ${items.length}`);
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
  it('declares exactly one top-level function per entry point: the registry globals and the hooks', () => {
    const code = readFileSync(bundlePath, 'utf8');
    const declared = [...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);
    expect(declared).toEqual([...entryPoints]);
    expect(declared).toEqual(['onOpen', 'onInstall', ...actionGlobals, 'sidebarCall']);
    for (const spec of Object.values(actions)) if ('global' in spec) expect(declared).toContain(spec.global);
  });

  it('exports from addon/main exactly the entry points', () => {
    expect(Object.keys(main)).toEqual(['App']);
    expect(Object.keys(main.App).sort()).toEqual([...entryPoints].sort());
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
    expect(items).toEqual(menuItems.map(({ label, fn }) => ({ label, fn })));
    expect(items.map((i) => i.label)).toContain('Собрать сводку');
    expect(items.every((i) => entryPoints.includes(i.fn as never))).toBe(true);
    expect(calls).toEqual([`separator before ${items.findIndex((i) => i.label === 'Настроить таблицу')}`, 'addToUi']);
  });

  it('stays within the 300 KB bundle budget (design §9)', () => {
    expect(readFileSync(bundlePath).byteLength).toBeLessThanOrEqual(300 * 1024);
  });

  it('ships the built-in roadmap compressed, not as text, and decodes it with Utilities on first use', () => {
    const code = readFileSync(bundlePath, 'utf8');
    const firstTitle = builtinRows[0]?.title ?? '';
    expect(firstTitle.length).toBeGreaterThan(40);
    expect(code).not.toContain(firstTitle.slice(0, 40));
    expect(code).toContain('Utilities.ungzip(');
  });
});
