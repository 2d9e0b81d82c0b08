import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sheetNamed } from './model';
import { scene } from './scene';
import { typeIntoCell } from './type-into-cell';

import type { Json } from './cell-apply';

/** `Лист1` with a number, a text, a boolean, a formula's error, a link and a note. */
function filled() {
  const s = scene();
  const sheet = sheetNamed(s.book, 'Лист1')!;
  typeIntoCell(s.book, sheet, 0, 0, 12);
  typeIntoCell(s.book, sheet, 0, 1, 'текст');
  typeIntoCell(s.book, sheet, 0, 2, true);
  typeIntoCell(s.book, sheet, 1, 0, '=VLOOKUP(1;A1:A2;2)');
  sheet.cells[1]![1] = { value: 'сайт', format: { link: 'https://example.ru' }, note: 'примечание' };
  return { s, sheet };
}

describe('cell data of Spreadsheets.get', () => {
  // effectiveValue is an ExtendedValue: numberValue | stringValue | boolValue | errorValue
  // (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#ExtendedValue).
  it('gives each cell its effectiveValue, a formula’s error as errorValue, with links and notes when asked', () => {
    const { s } = filled();
    const got = s.Sheets.Spreadsheets!.get(s.book.id, {
      fields: 'sheets(properties.title,data.rowData.values(effectiveValue,hyperlink,note))',
    }) as Json;
    const rows = got.sheets[0].data[0].rowData;
    expect(rows[0].values).toEqual([
      { effectiveValue: { numberValue: 12 } },
      { effectiveValue: { stringValue: 'текст' } },
      { effectiveValue: { boolValue: true } },
    ]);
    expect(rows[1].values).toEqual([
      { effectiveValue: { errorValue: { type: 'N_A', message: '#N/A' } } },
      { effectiveValue: { stringValue: 'сайт' }, hyperlink: 'https://example.ru', note: 'примечание' },
    ]);
  });

  it('gives every field with includeGridData and no field mask, and only the fields named with one', () => {
    const { s } = filled();
    const all = s.Sheets.Spreadsheets!.get(s.book.id, { includeGridData: true }) as Json;
    expect(all.sheets[0].data[0].rowData[1].values[1]).toMatchObject({ hyperlink: 'https://example.ru' });
    const masked = s.Sheets.Spreadsheets!.get(s.book.id, {
      includeGridData: true,
      fields: 'sheets(data.rowData.values(note))',
    }) as Json;
    expect(masked.sheets[0].data[0].rowData[1].values[1]).toEqual({ note: 'примечание' });
  });
});

describe('batchUpdate with includeSpreadsheetInResponse', () => {
  it('answers with the spreadsheet as it is after the update, limited to responseRanges', () => {
    const { s, sheet } = filled();
    const reply = s.Sheets.Spreadsheets!.batchUpdate(
      {
        requests: [
          {
            updateCells: {
              start: { sheetId: sheet.sheetId, rowIndex: 2, columnIndex: 0 },
              rows: [{ values: [{ userEnteredValue: { stringValue: 'после' } }] }],
              fields: 'userEnteredValue',
            },
          },
        ],
        includeSpreadsheetInResponse: true,
        responseRanges: ["'Лист1'"],
        responseIncludeGridData: true,
      },
      s.book.id,
    ) as Json;
    expect(reply.updatedSpreadsheet.sheets).toHaveLength(1);
    expect(reply.updatedSpreadsheet.sheets[0].data[0].rowData[2].values[0].effectiveValue).toEqual({
      stringValue: 'после',
    });
    const plain = s.Sheets.Spreadsheets!.batchUpdate({ requests: [] }, s.book.id) as Json;
    expect(plain.updatedSpreadsheet).toBeUndefined();
  });
});

describe('Drive lastModifyingUser', () => {
  it('names who changed the content last, and whether that is the caller', () => {
    const s = scene();
    const sheet = sheetNamed(s.book, 'Лист1')!;
    s.world.asUser('school@example.ru', () => typeIntoCell(s.book, sheet, 0, 0, 'правка'));
    const listed = () =>
      (s.Drive.Files!.get(s.book.id, { fields: 'modifiedTime,lastModifyingUser(emailAddress,me)' }) as Json)
        .lastModifyingUser;
    expect(listed()).toEqual({ emailAddress: 'school@example.ru', me: false });
    s.Sheets.Spreadsheets!.batchUpdate(
      {
        requests: [
          {
            updateCells: {
              start: { sheetId: 0, rowIndex: 0, columnIndex: 1 },
              rows: [{ values: [{}] }],
              fields: 'note',
            },
          },
        ],
      },
      s.book.id,
    );
    expect(listed()).toEqual({ emailAddress: 'ivanova@example.ru', me: true });
  });
});

describe('Utilities.base64Decode and ungzip', () => {
  it('give back gzipped UTF-8 text, bytes signed as in Apps Script', () => {
    const s = scene();
    const packed = gzipSync('Дорожная карта').toString('base64');
    const bytes = s.Utilities.base64Decode(packed);
    expect(Math.min(...bytes)).toBeLessThan(0);
    const text = s.Utilities.ungzip(s.Utilities.newBlob(bytes, 'application/x-gzip')).getDataAsString('UTF-8');
    expect(text).toBe('Дорожная карта');
  });
});
