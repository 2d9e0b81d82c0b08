import { describe, expect, it } from 'vitest';
import { stagingPrefix } from '../../addon/adapter/stage-tab';
import { maxBatchBytes } from '../../addon/adapter/write-batches';
import { outputTabNames, tabNames } from '../../core/grid/tab-names';
import type { SidebarResult } from '../../addon/sidebar-protocol';
import { preparedCommittee, schoolFills } from './city';
import { type FakeSheet, sheetNamed, valuesOf } from './fake/model';
import { typeIntoCell } from './fake/spreadsheet-app';
import { committeeFake } from './harness';
import { manyOrgs } from './many-orgs';

/** A tab's cells and notes, the clock in stamps masked (two runs may fall in different minutes). */
function content(sheet: FakeSheet): unknown {
  const mask = (v: unknown) => (typeof v === 'string' ? v.replace(/\d\d:\d\d/g, 'ЧЧ:ММ') : v);
  const notes = sheet.cells.flatMap((row, r) =>
    (row ?? []).flatMap((c, col) => (c?.note ? [[r, col, mask(c.note)]] : [])),
  );
  return { values: valuesOf(sheet).map((row) => row.map(mask)), notes, rows: sheet.rowCount };
}

/** Every school changes the number of its appointment order: every organisation tab and most outputs change. */
function newOrderNumbers(fake: ReturnType<typeof committeeFake>, codes: readonly string[], suffix: string): void {
  for (const code of codes) {
    const sheet = sheetNamed(fake.committee, code)!;
    const row = sheet.cells.findIndex((r) => r?.[0]?.value === 'Номер приказа о назначении');
    typeIntoCell(fake.committee, sheet, row, 1, `${row}-${suffix}`);
  }
}

describe('«Собрать сводку» over 500 organisations', () => {
  it('writes in batches of at most 2 MB, and a failing later batch leaves every tab old or new, never cleared', () => {
    const { orgs, grids } = manyOrgs(500);
    const fake = committeeFake();
    preparedCommittee(fake, orgs);
    expect((fake.run('createOrganisationTabs') as SidebarResult).ok).toBe(true);
    for (const grid of grids) schoolFills(fake.committee, grid);
    const kinds: string[][] = [];
    fake.world.onBatchUpdate = (_id, requests) => {
      kinds.push((requests as Record<string, unknown>[]).map((r) => Object.keys(r)[0]!));
    };
    const from = fake.world.batchLog.length;
    expect((fake.run('buildSummary') as SidebarResult).ok).toBe(true);
    fake.world.onBatchUpdate = null;
    const sizes = fake.world.batchLog.slice(from).map((b) => b.bytes);
    expect(sizes.length).toBeGreaterThan(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(maxBatchBytes);
    // `Реестр приказов` alone is over 2 MB here: it went through a staging tab, finished by a copy.
    const finishing = kinds.findIndex((k) => k.includes('copyPaste'));
    expect(finishing).toBeGreaterThan(0);
    expect(kinds.slice(0, finishing).some((k) => k.includes('addSheet'))).toBe(true);

    const codes = orgs.map((o) => o.code);
    const tabs = [...outputTabNames.filter((n) => n !== tabNames.journal), ...codes];
    const before = new Map(tabs.map((t) => [t, content(sheetNamed(fake.committee, t)!)]));
    newOrderNumbers(fake, codes, 'н');
    fake.world.failBatch = { okBefore: finishing, message: 'Internal error encountered.' };
    const failed = fake.run('buildSummary') as SidebarResult;
    expect(failed.ok).toBe(false);
    expect(failed.message).toMatch(/^Запись прервалась: .*Internal error encountered\./);
    expect(failed.message).toContain('Остальные листы не тронуты; повторите действие.');
    const during = new Map(tabs.map((t) => [t, content(sheetNamed(fake.committee, t)!)]));
    expect(sheetNamed(fake.committee, `${stagingPrefix}«${tabNames.orders}»`)?.hidden).toBe(true);

    const retried = fake.run('buildSummary') as SidebarResult;
    expect(retried.ok, retried.message).toBe(true);
    expect(fake.committee.sheets.filter((s) => s.title.startsWith(stagingPrefix))).toEqual([]);
    // The leftover was the add-on's own: never read as a school's tab.
    const check = valuesOf(sheetNamed(fake.committee, tabNames.check)!).flat().map(String);
    expect(check.filter((text) => text.includes(stagingPrefix))).toEqual([]);
    let old = 0;
    let renewed = 0;
    for (const t of tabs) {
      const now = during.get(t);
      const after = content(sheetNamed(fake.committee, t)!);
      if (JSON.stringify(now) === JSON.stringify(before.get(t))) old++;
      else {
        expect(now, `${t} is neither as it was nor as rebuilt`).toEqual(after);
        renewed++;
      }
    }
    expect(old).toBeGreaterThan(0);
    expect(renewed).toBeGreaterThan(0);
    // The staged tab was left exactly as it was.
    expect(during.get(tabNames.orders)).toEqual(before.get(tabNames.orders));
  }, 120_000);
});
