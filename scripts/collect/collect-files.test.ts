import { describe, expect, it } from 'vitest';
import { markerSheet } from '../../core/form/marker-sheet';
import { markerOf } from '../../core/form/read-marker';
import { orgTemplate } from '../../core/form/render-org-tab';
import type { SheetData, WorkbookData } from '../../core/grid/sheet-data';
import { committeeSheets } from '../../core/outputs/committee-tabs';
import { filledOrgSheet } from '../../test/fixtures/filled-org-sheet';
import { roundContext, roundOrgs } from '../../test/fixtures/round-book';
import { sheetDataOf } from '../demo/sheet-data-of';
import { collectFiles, type FileOutcome } from './collect-files';

const orgs = roundOrgs(3);
const { settings, roadmap } = roundContext();
const options = {
  today: '2024-02-05',
  asOf: '2024-02-01',
  generatedAt: { date: '2024-02-05', time: '10:00' },
  newBookId: 'new-id',
  out: 'книга-2.xlsx',
} as const;

function bookOf(marker: Parameters<typeof markerSheet>[0] | null, tabs: SheetData[] = []): WorkbookData {
  const sheets = [
    ...committeeSheets({ settings, orgs, roadmap, states: [] }).map(sheetDataOf),
    ...(marker ? [sheetDataOf(markerSheet(marker))] : []),
    ...orgs.map((o) => tabs.find((t) => t.name === o.code) ?? sheetDataOf(orgTemplate(o, roadmap, settings))),
  ];
  return { committee: sheets, reports: sheets, timeZone: 'UTC' };
}

function returned(name: string, form: SheetData, saved: string, code = form.name, book = 'b'): FileOutcome {
  const tabs = [form, sheetDataOf(markerSheet({ book, code, formVersion: 1, sentValues: 'x' }))];
  return {
    found: { path: `/in/${name}`, shownAs: name },
    read: {
      ok: true,
      file: {
        found: { path: `/in/${name}`, shownAs: name },
        tabs,
        marker: markerOf(tabs),
        saved,
        savedFrom: 'content',
      },
    },
  };
}

const filled = (i: number, fields: Record<string, unknown> = {}) =>
  filledOrgSheet(orgs[i]!, roadmap, { settings, fields });

describe('collectFiles', () => {
  it('takes each file into its organisation\u2019s tab, records it in the book\u2019s marker, and lists who sent nothing', () => {
    const result = collectFiles(
      bookOf({ book: 'b', collected: [] }),
      [returned('a.xlsx', filled(0), '2024-02-03T08:00:00Z')],
      options,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.receipt.files).toMatchObject([{ file: 'a.xlsx', org: 'SCH001', status: 'accepted', errors: 0 }]);
    expect(result.receipt.missing.map((m) => m.code)).toEqual(['SCH002', 'SCH003']);
    const [tab, marker] = result.sheets;
    expect(tab?.name).toBe('SCH001');
    expect(tab?.rows[1]?.[0]).toBe('Проверено 05.02.2024 10:00 на дату отчёта 01.02.2024: 0 ошибок, 0 предупреждений');
    expect(markerOf([sheetDataOf(marker!)])?.collected).toMatchObject([
      { code: 'SCH001', file: 'a.xlsx', saved: '2024-02-03T08:00:00Z', collected: '2024-02-05 10:00' },
    ]);
  });

  it('of two files saved at the same moment takes the first by name, and says so', () => {
    const files = [
      returned('b.xlsx', filled(0), '2024-02-03T08:00:00Z'),
      returned('a.xlsx', filled(0), '2024-02-03T08:00:00Z'),
    ];
    const result = collectFiles(bookOf({ book: 'b', collected: [] }), files, options);
    if (!result.ok) throw new Error(result.message);
    expect(result.receipt.files).toMatchObject([
      { file: 'b.xlsx', status: 'rejected', reason: { code: 'older_duplicate' } },
      { file: 'a.xlsx', status: 'accepted', notes: [{ code: 'newest_taken' }] },
    ]);
  });

  it('refuses a form with more values off their places than a tab can keep', () => {
    const form = filled(1);
    for (let r = 0; r < 250; r++)
      form.values.push([null, null, null, null, null, null, null, null, null, `заметка ${r}`]);
    const result = collectFiles(
      bookOf({ book: 'b', collected: [] }),
      [returned('c.xlsx', form, '2024-02-03T08:00:00Z')],
      options,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.receipt.files).toMatchObject([
      { org: 'SCH002', status: 'rejected', reason: { code: 'form_unreadable' } },
    ]);
    expect(result.sheets.map((s) => s.name)).toEqual(['Профкарта']);
  });

  it('refuses to lose more values the committee typed into the book than a tab can keep', () => {
    const edited = { ...filled(2), values: [...filled(2).values] };
    for (let r = 0; r < 250; r++)
      edited.values.push([null, null, null, null, null, null, null, null, null, `запись ${r}`]);
    const result = collectFiles(
      bookOf({ book: 'b', collected: [] }, [edited]),
      [returned('d.xlsx', filled(2), '2024-02-03T08:00:00Z')],
      options,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.receipt.files).toMatchObject([{ status: 'rejected', reason: { code: 'book_values_too_many' } }]);
  });

  it('gives a book without an identity a new one, and refuses the files of any book', () => {
    const result = collectFiles(bookOf(null), [returned('e.xlsx', filled(0), '2024-02-03T08:00:00Z')], options);
    if (!result.ok) throw new Error(result.message);
    expect(result.receipt.bookId).toBe('new-id');
    expect(result.receipt.files).toMatchObject([{ status: 'rejected', reason: { code: 'other_book' } }]);
  });

  it('refuses a file in place of the book', () => {
    const file = returned('f.xlsx', filled(0), '2024-02-03T08:00:00Z');
    const tabs = file.read.ok ? file.read.file.tabs : [];
    const result = collectFiles({ committee: tabs, reports: tabs, timeZone: 'UTC' }, [], options);
    expect(result).toMatchObject({ ok: false });
  });
});
