import { describe, expect, it } from 'vitest';
import { orgTabContent } from './org-tab-content';

type Spreadsheet = GoogleAppsScript.Sheets.Schema.Spreadsheet;

const props = (sheetId: number, title: string) => ({
  sheetId,
  title,
  index: sheetId,
  gridProperties: { rowCount: 200, columnCount: 8 },
});

/** A file as one `Spreadsheets.get` with `orgFileFields` returns it: `Инструкция`, then the form tab. */
function file(rowData: GoogleAppsScript.Sheets.Schema.RowData[], title = 'S0001'): Spreadsheet {
  return {
    sheets: [
      {
        properties: props(0, 'Инструкция'),
        data: [{ rowData: [{ values: [{ effectiveValue: { stringValue: 'Как' } }] }] }],
      },
      {
        properties: props(7, title),
        protectedRanges: [
          {
            protectedRangeId: 3,
            description: 'Профкарта: лист организации S0001',
            range: { sheetId: 7 },
            editors: { users: ['Ivanova@example.ru'] },
          },
        ],
        data: [{ rowData }],
      },
    ],
  };
}

describe('orgTabContent', () => {
  it('reads the form tab named by the code: values as the Values API gives them unformatted, links, notes, gid, size and protections', () => {
    const content = orgTabContent(
      file([
        { values: [{ effectiveValue: { stringValue: 'Проверено 01.02.2024 10:15: 1 ошибка' } }] },
        {
          values: [
            { effectiveValue: { stringValue: 'Дата приказа' } },
            { effectiveValue: { numberValue: 45292 }, note: 'Дата позже даты отчёта' },
            { effectiveValue: { boolValue: false } },
          ],
        },
        {
          values: [
            { effectiveValue: { errorValue: { type: 'N_A', message: 'x' } } },
            { effectiveValue: { stringValue: 'сайт' }, hyperlink: 'https://example.ru' },
          ],
        },
        { values: [{}, {}] },
      ]),
      's0001',
    );
    expect(content).toEqual({
      title: 'S0001',
      sheetId: 7,
      rows: 200,
      columns: 8,
      protections: [
        {
          id: 3,
          description: 'Профкарта: лист организации S0001',
          editors: ['ivanova@example.ru'],
          wholeSheet: true,
          range: { sheetId: 7 },
          unprotected: [],
        },
      ],
      values: [['Проверено 01.02.2024 10:15: 1 ошибка'], ['Дата приказа', 45292, false], ['#N/A', 'сайт']],
      links: [[], [], [undefined, 'https://example.ru']],
      notes: { '1,1': 'Дата позже даты отчёта' },
    });
  });

  it('gives each formula error the text Sheets shows, an unknown one as #ERROR!', () => {
    const errors = ['ERROR', 'NULL_VALUE', 'DIVIDE_BY_ZERO', 'VALUE', 'REF', 'NAME', 'NUM', 'N_A', 'LOADING'];
    const content = orgTabContent(
      file([{ values: errors.map((type) => ({ effectiveValue: { errorValue: { type } } })) }]),
      'S0001',
    );
    expect(content.values[0]).toEqual([
      '#ERROR!',
      '#NULL!',
      '#DIV/0!',
      '#VALUE!',
      '#REF!',
      '#NAME?',
      '#NUM!',
      '#N/A',
      '#ERROR!',
    ]);
  });

  it('says there is no form tab when no tab is named by the code', () => {
    expect(orgTabContent(file([], 'Лист2'), 'S0001')).toMatchObject({ title: '', values: [] });
    expect(orgTabContent({}, 'S0001').title).toBe('');
  });

  it('does not change the response it reads', () => {
    const response = file([{ values: [{ effectiveValue: { stringValue: 'a' } }, {}] }]);
    const before = structuredClone(response);
    orgTabContent(response, 'S0001');
    expect(response).toEqual(before);
  });
});
