import { describe, expect, it } from 'vitest';
import type { WorkbookData } from '../../core/grid/sheet-data';
import type { OutValue } from '../../core/grid/output-sheet';
import { summariseBook } from '../../scripts/summary/summarise-book';
import type { SidebarResult } from '../../addon/sidebar-protocol';
import { serialOf } from '../../addon/adapter/cell-data';
import { smallCity } from '../fixtures/small-city';
import { preparedCommittee, schoolFills } from './city';
import { sheetNamed, valuesOf } from './fake/model';
import { committeeFake } from './harness';
import { rebuiltTabNames } from '../../core/grid/tab-names';

const rebuilt = rebuiltTabNames;

function stored(value: OutValue): string | number | boolean {
  if (value === null) return '';
  if (typeof value !== 'object') return value;
  if (value.kind === 'date') return serialOf(value.date);
  if (value.kind === 'datetime') {
    const [h, m] = value.time.split(':').map(Number);
    return serialOf(value.date) + ((h ?? 0) * 60 + (m ?? 0)) / 1440;
  }
  return value.text || value.url;
}

function trimmed(rows: readonly (readonly OutValue[])[]): (string | number | boolean)[][] {
  const out = rows.map((row) => {
    const cells = row.map(stored);
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

describe('«Собрать сводку» in Google Sheets and `profkarta summary`', () => {
  it('write the same output tabs for the same data', () => {
    const city = smallCity();
    const fake = committeeFake();
    preparedCommittee(fake, city.orgs);
    fake.run('createOrganisationTabs');
    const active = new Set(city.orgs.filter((o) => o.active).map((o) => o.code));
    for (const grid of city.workbook.reports.filter((s) => active.has(s.name))) schoolFills(fake.committee, grid);
    // What the command line would read from a copy of this spreadsheet: every tab, values as stored.
    const tabs = fake.committee.sheets.map((s) => ({ name: s.title, values: valuesOf(s) }));
    const book: WorkbookData = { committee: tabs, reports: tabs, timeZone: fake.committee.timeZone };

    const build = fake.run('buildSummary') as SidebarResult;
    expect(build.ok, build.message).toBe(true);
    const stamp = String(valuesOf(sheetNamed(fake.committee, 'Сводка')!)[0]?.[0]);
    const m = /^Сформировано (\d\d)\.(\d\d)\.(\d{4}) (\d\d:\d\d)/.exec(stamp);
    expect(m).not.toBeNull();
    const date = `${m![3]}-${m![2]}-${m![1]}`;
    const cli = summariseBook(book, { today: date, generatedAt: { date, time: m![4]! }, who: 'командная строка' });
    expect(cli.ok).toBe(true);
    if (!cli.ok) return;
    for (const name of rebuilt) {
      const expected = cli.sheets.find((s) => s.name === name);
      expect(expected, name).toBeDefined();
      const values = valuesOf(sheetNamed(fake.committee, name)!);
      const rows = trimmed(expected!.rows);
      if (name === 'Сводка') {
        // Sheets draws its charts over data rows under the tables; the .xlsx copy shows pictures instead.
        expect(values.slice(0, rows.length), name).toEqual(rows);
        expect(values[rows.length + 1]?.[0]).toBe('Данные диаграмм');
        expect(expected!.format.pictures).toHaveLength(3);
      } else {
        expect(values, name).toEqual(rows);
      }
    }
  });
});
