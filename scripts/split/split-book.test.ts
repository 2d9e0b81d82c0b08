import { describe, expect, it } from 'vitest';
import { markerOf } from '../../core/form/read-marker';
import { orgTemplate } from '../../core/form/render-org-tab';
import type { SheetData, WorkbookData } from '../../core/grid/sheet-data';
import { committeeSheets } from '../../core/outputs/committee-tabs';
import { filledOrgSheet } from '../../test/fixtures/filled-org-sheet';
import { roundContext, roundOrgs } from '../../test/fixtures/round-book';
import { sheetDataOf } from '../demo/sheet-data-of';
import { splitBook } from './split-book';

const orgs = roundOrgs(4);
const { settings, roadmap } = roundContext();
const options = { today: '2024-02-01', generatedAt: { date: '2024-02-01', time: '09:00' } } as const;

function book(tabs: (SheetData | null)[]): WorkbookData {
  const sheets = [
    ...committeeSheets({ settings, orgs, roadmap, states: [] }).map(sheetDataOf),
    ...tabs.filter((t): t is SheetData => t !== null),
  ];
  return { committee: sheets, reports: sheets, timeZone: 'UTC' };
}

const filled = (i: number) => filledOrgSheet(orgs[i]!, roadmap, { settings });

describe('splitBook', () => {
  it('makes one file per active organisation: Инструкция, its form with its values, its marker', () => {
    const result = splitBook(
      book([filled(0), filled(1), null, sheetDataOf(orgTemplate(orgs[3]!, roadmap, settings))]),
      'b1',
      options,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.files.map((f) => f.fileName)).toEqual(orgs.map((o) => `${o.code} — ${o.name}.xlsx`));
    const [first] = result.files;
    expect(first?.sheets.map((s) => s.name)).toEqual(['Инструкция', 'SCH001', 'Профкарта']);
    expect(first?.sheets[1]?.rows.flat()).toContain('Иванова Анна Петровна');
    expect(markerOf((first?.sheets ?? []).map(sheetDataOf))).toMatchObject({
      book: 'b1',
      code: 'SCH001',
      formVersion: 1,
      sentOn: '2024-02-01',
    });
    // SCH003 has no tab in the book: it gets a blank form.
    expect(result.files[2]?.sheets[1]?.rows[1]?.[0]).toBe('Лист ещё не проверялся.');
  });

  it('leaves out an organisation whose tab cannot be written without losing a value, saying which', () => {
    const broken = { name: 'SCH002', values: [['просто текст, а не форма']] };
    const result = splitBook(book([filled(0), broken]), 'b1', options);
    if (!result.ok) throw new Error(result.message);
    expect(result.files.map((f) => f.org.code)).toEqual(['SCH001', 'SCH003', 'SCH004']);
    expect(result.refused).toMatchObject([{ code: 'form_write_refused_unrecognised', org: 'SCH002' }]);
  });

  it('writes only the organisations asked for, whatever the case, and refuses a code it does not know', () => {
    const only = splitBook(book([]), 'b1', { ...options, only: ['sch002'] });
    expect(only.ok && only.files.map((f) => f.org.code)).toEqual(['SCH002']);
    const unknown = splitBook(book([]), 'b1', { ...options, only: ['SCH404'] });
    expect(unknown).toMatchObject({ ok: false, message: expect.stringContaining('«SCH404»') });
  });
});
