import { describe, expect, it } from 'vitest';
import { editableCells, noAccessMessage, protectedCellMessage } from './access';
import type { Json } from './cell-apply';
import { cellAt, sheetNamed } from './model';
import { owner, scene } from './scene';
import { typeIntoCell, userTypes } from './type-into-cell';

const schoolA = 'school1@example.ru';
const schoolB = 'school2@example.ru';

/**
 * A reports spreadsheet shared with two schools, whose tab SCH001 (sheetId 0) is protected for
 * the committee (`tabEditors`) except B3:D5, the school's input cells.
 */
function reports(tabEditors: string[] = [owner], extra: Json[] = []) {
  const s = scene();
  s.book.editors.push(schoolA, schoolB);
  s.book.sheets[0]!.title = 'SCH001';
  s.Sheets.Spreadsheets!.batchUpdate(
    {
      requests: [
        {
          addProtectedRange: {
            protectedRange: {
              range: { sheetId: 0 },
              editors: { users: tabEditors },
              unprotectedRanges: [
                { sheetId: 0, startRowIndex: 2, endRowIndex: 5, startColumnIndex: 1, endColumnIndex: 4 },
              ],
            },
          },
        },
        ...extra,
      ],
    },
    s.book.id,
  );
  const sheet = sheetNamed(s.book, 'SCH001')!;
  const batchAs = (user: string, requests: Json[]) =>
    s.world.asUser(user, () => s.Sheets.Spreadsheets!.batchUpdate({ requests }, s.book.id));
  const text = (r: number, c: number, value: string): Json => ({
    updateCells: {
      start: { sheetId: 0, rowIndex: r, columnIndex: c },
      rows: [{ values: [{ userEnteredValue: { stringValue: value } }] }],
      fields: 'userEnteredValue',
    },
  });
  return { ...s, sheet, batchAs, text };
}

/** A range protection of B3:D5 (inside the unprotected range) for school A only. */
const schoolAOnly: Json = {
  addProtectedRange: {
    protectedRange: {
      range: { sheetId: 0, startRowIndex: 2, endRowIndex: 5, startColumnIndex: 1, endColumnIndex: 4 },
      editors: { users: [schoolA, owner] },
    },
  },
};

// Protection semantics: https://support.google.com/docs/answer/1218656 and
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#protectedrange
describe('who may write a cell', () => {
  it('refuses a user who is not an editor of the file, anywhere', () => {
    const r = reports();
    expect(userTypes('stranger@example.org', r.book, 'SCH001', 'B3', 'x')).toEqual({
      ok: false,
      message: noAccessMessage,
    });
  });

  it('lets an editor of the file write a cell of an unprotected tab', () => {
    const s = scene();
    s.book.editors.push(schoolA);
    expect(userTypes(schoolA, s.book, 'Лист1', 'A1', 'x')).toEqual({ ok: true });
  });

  it('refuses a protected tab to editors it does not list, with the text Sheets shows', () => {
    const r = reports();
    expect(userTypes(schoolA, r.book, 'SCH001', 'A1', 'x')).toEqual({ ok: false, message: protectedCellMessage });
  });

  it("opens a protected tab's unprotected ranges to every editor of the file, other schools included", () => {
    const r = reports([owner, schoolA]);
    expect(userTypes(schoolB, r.book, 'SCH001', 'C4', 'чужая школа')).toEqual({ ok: true });
  });

  it("lets the protection's editors write what it covers", () => {
    const r = reports([owner, schoolA]);
    expect(userTypes(schoolA, r.book, 'SCH001', 'A1', 'x')).toEqual({ ok: true });
  });

  it('lets the owner write a protected cell even when the protection does not list them', () => {
    const r = reports([schoolA]);
    expect(userTypes(owner, r.book, 'SCH001', 'A1', 'x')).toEqual({ ok: true });
  });

  it('needs every protection covering a cell to allow the user: a range protection inside an unprotected range', () => {
    const r = reports([owner], [schoolAOnly]);
    expect(userTypes(schoolA, r.book, 'SCH001', 'B3', 'A')).toEqual({ ok: true });
    expect(userTypes(schoolB, r.book, 'SCH001', 'B3', 'B')).toEqual({ ok: false, message: protectedCellMessage });
  });

  it('refuses no one for a warning-only protection ("every user can edit data in the protected range")', () => {
    const s = scene();
    s.book.editors.push(schoolA);
    s.Sheets.Spreadsheets!.batchUpdate(
      { requests: [{ addProtectedRange: { protectedRange: { range: { sheetId: 0 }, warningOnly: true } } }] },
      s.book.id,
    );
    expect(userTypes(schoolA, s.book, 'Лист1', 'A1', 'x')).toEqual({ ok: true });
  });

  it('changes nothing when typing is refused', () => {
    const r = reports();
    expect(() => typeIntoCell(r.book, r.sheet, 0, 0, 'x', { as: schoolA })).toThrow(protectedCellMessage);
    expect(cellAt(r.sheet, 0, 0)).toBeUndefined();
  });
});

// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate
describe('batchUpdate as a user', () => {
  it('applies nothing when one request is refused, not even the requests before it', () => {
    const r = reports();
    const modified = r.book.modifiedTime;
    expect(() => r.batchAs(schoolA, [r.text(2, 1, 'разрешено'), r.text(0, 0, 'запрещено')])).toThrow(
      protectedCellMessage,
    );
    expect(cellAt(r.sheet, 2, 1)).toBeUndefined();
    expect(r.book.modifiedTime).toBe(modified);
  });

  it('counts a protection added earlier in the same batch against the later requests', () => {
    const r = reports([owner, schoolA]);
    const protectE1: Json = {
      addProtectedRange: {
        protectedRange: {
          range: { sheetId: 0, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 4, endColumnIndex: 5 },
          editors: { users: [owner] },
        },
      },
    };
    expect(() => r.batchAs(schoolA, [protectE1, r.text(0, 4, 'x')])).toThrow(protectedCellMessage);
  });

  it("refuses a change to a protected tab's own properties (a rename) by a user it does not list", () => {
    const r = reports();
    const rename = { updateSheetProperties: { properties: { sheetId: 0, title: 'Моя' }, fields: 'title' } };
    expect(() => r.batchAs(schoolA, [rename])).toThrow(protectedCellMessage);
  });

  it('refuses the deletion of a protection by a user it does not list', () => {
    const r = reports();
    const id = r.book.protections[0]!.id;
    expect(() => r.batchAs(schoolA, [{ deleteProtectedRange: { protectedRangeId: id } }])).toThrow(
      protectedCellMessage,
    );
  });

  it('refuses any write by a user who may only view the file (403 "The caller does not have permission")', () => {
    const r = reports();
    r.book.viewers.push('viewer@example.org');
    expect(() => r.batchAs('viewer@example.org', [r.text(2, 1, 'x')])).toThrow('The caller does not have permission');
  });
});

describe('other writes as a user', () => {
  it('refuses Values.update on a protected cell', () => {
    const r = reports();
    expect(() =>
      r.world.asUser(schoolA, () =>
        r.Sheets.Spreadsheets!.Values!.update({ values: [['x']] }, r.book.id, "'SCH001'!A1", {
          valueInputOption: 'RAW',
        }),
      ),
    ).toThrow(protectedCellMessage);
  });

  it('refuses SpreadsheetApp setValue on a protected cell, as the acting user', () => {
    const r = reports();
    const range = r.SpreadsheetApp.openById(r.book.id).getSheetByName('SCH001')!.getRange('A1');
    expect(() => r.world.asUser(schoolA, () => range.setValue('x'))).toThrow(protectedCellMessage);
    expect(() => r.world.asUser(schoolA, () => range.setNote('x'))).toThrow(protectedCellMessage);
  });

  it('moves protected and unprotected ranges down with rows inserted above them', () => {
    const r = reports();
    r.SpreadsheetApp.openById(r.book.id).getSheetByName('SCH001')!.insertRowsBefore(1, 1);
    expect(r.book.protections[0]!.unprotectedRanges[0]).toMatchObject({ startRowIndex: 3, endRowIndex: 6 });
    expect(userTypes(schoolA, r.book, 'SCH001', 'B3', 'x').ok).toBe(false);
    expect(userTypes(schoolA, r.book, 'SCH001', 'B4', 'x').ok).toBe(true);
  });

  it('takes deleted rows out of the ranges below, and refuses a user the rows are protected from', () => {
    const r = reports();
    const sheet = r.SpreadsheetApp.openById(r.book.id).getSheetByName('SCH001')!;
    expect(() => r.world.asUser(schoolA, () => sheet.deleteRows(3, 1))).toThrow(protectedCellMessage);
    sheet.deleteRows(1, 1);
    expect(r.book.protections[0]!.unprotectedRanges[0]).toMatchObject({ startRowIndex: 1, endRowIndex: 4 });
  });

  it('refuses inserting rows into a protected tab by a user it does not list', () => {
    const r = reports();
    const sheet = r.SpreadsheetApp.openById(r.book.id).getSheetByName('SCH001')!;
    expect(() => r.world.asUser(schoolA, () => sheet.insertRowsAfter(3, 1))).toThrow(protectedCellMessage);
  });
});

describe('what a user sees of protections', () => {
  it("shows a protection's editors only to users it allows, and whether the requester can edit", () => {
    const r = reports();
    const seen = (user: string) =>
      r.world.asUser(user, () => r.Sheets.Spreadsheets!.get(r.book.id).sheets?.[0]?.protectedRanges?.[0]);
    expect(seen(owner)).toMatchObject({ requestingUserCanEdit: true, editors: { users: [owner] } });
    expect(seen(schoolA)?.requestingUserCanEdit).toBe(false);
    expect(seen(schoolA)?.editors).toBeUndefined();
  });

  it("lists the cells a user may edit, row by row, for pinning a tab's editable ranges", () => {
    const r = reports([owner], [schoolAOnly]);
    const box = { r0: 0, c0: 0, r1: 6, c1: 5 };
    expect(editableCells(r.world, r.book, r.sheet, schoolA, box)).toEqual(['B3:D3', 'B4:D4', 'B5:D5']);
    expect(editableCells(r.world, r.book, r.sheet, schoolB, box)).toEqual([]);
    expect(editableCells(r.world, r.book, r.sheet, owner, box)).toHaveLength(6);
  });
});
