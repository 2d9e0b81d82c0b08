import { formatRuDate } from '../../core/dates/format-ru-date';
import { directorySheet } from '../../core/directory/directory-sheet';
import type { Organisation } from '../../core/directory/organisation';
import type { SheetData } from '../../core/grid/sheet-data';
import type { OutValue } from '../../core/grid/output-sheet';
import { cellAt, type FakeSpreadsheet, sheetNamed } from './fake/model';
import { typeIntoCell } from './fake/type-into-cell';
import type { CommitteeFake } from './harness';

function plain(value: unknown): unknown {
  if (value && typeof value === 'object' && 'kind' in value) {
    const v = value as Exclude<OutValue, string | number | boolean | null>;
    if (v.kind === 'link') return v.text;
    if (v.kind === 'date') return formatRuDate(v.date);
  }
  return value;
}

/** Types values into a tab as a user would (Russian locale, TEXT cells stay text), from a row on. */
function typeRows(book: FakeSpreadsheet, title: string, rows: readonly (readonly unknown[])[], from = 0): void {
  const sheet = sheetNamed(book, title);
  if (!sheet) throw new Error(`no tab ${title}`);
  rows.forEach((row, i) => {
    sheet.rowCount = Math.max(sheet.rowCount, from + i + 1);
    row.forEach((value, c) => {
      const v = plain(value);
      if (v !== null && v !== undefined && v !== '') typeIntoCell(book, sheet, from + i, c, v);
    });
  });
}

/** Types a value into column B of a `Настройки` row found by its label. */
export function setSetting(book: FakeSpreadsheet, label: string, value: unknown): void {
  const sheet = sheetNamed(book, 'Настройки')!;
  const row = sheet.cells.findIndex((r) => r?.[0]?.value === label);
  if (row < 0) throw new Error(`no setting ${label}`);
  typeIntoCell(book, sheet, row, 1, value);
}

/** Fills `Организации` with the organisations (as typed by the committee). */
export function fillDirectory(book: FakeSpreadsheet, orgs: readonly Organisation[]): void {
  typeRows(book, 'Организации', directorySheet(orgs).rows.slice(1), 1);
}

/**
 * A school fills its tab: every cell where the fixture's grid differs from what the tab shows is
 * typed in (so the Russian-locale rules of the fake apply, as for a real user); `as` the school,
 * each cell is typed only if its protections let the school edit it (else Sheets' refusal throws).
 */
export function schoolFills(book: FakeSpreadsheet, grid: SheetData, tab = grid.name, as?: string): void {
  const sheet = sheetNamed(book, tab);
  if (!sheet) throw new Error(`no tab ${tab}`);
  grid.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const now = cellAt(sheet, r, c)?.value ?? null;
      const want = value === '' ? null : value;
      if (want === null || String(now) === String(want)) return;
      sheet.rowCount = Math.max(sheet.rowCount, r + 1);
      typeIntoCell(book, sheet, r, c, want, as === undefined ? {} : { as });
    });
  });
}

/**
 * Set-up, the directory and the report date, as the committee does before creating tabs. The forms
 * are tabs of the committee's spreadsheet (`в этой таблице`) unless `mode` says otherwise: set-up's
 * default, one file per organisation, has its own tests (files.test.ts).
 */
export function preparedCommittee(
  fake: CommitteeFake,
  orgs: readonly Organisation[],
  reportDate = '01.02.2024',
  mode = 'в этой таблице',
): void {
  const setUp = fake.run('setUpSpreadsheet') as { ok: boolean; message: string };
  if (!setUp.ok) throw new Error(setUp.message);
  setSetting(fake.committee, 'Отчёты организаций', mode);
  fillDirectory(fake.committee, orgs);
  setSetting(fake.committee, 'Дата отчёта', reportDate);
  setSetting(fake.committee, 'Срок сдачи', '20.01.2024');
}
