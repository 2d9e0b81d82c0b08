import { tabNames } from '../grid/tab-names';
import type { OutputSheet, OutValue } from '../grid/output-sheet';
import { directoryHeaders, orgFields } from './directory-columns';
import { type Organisation, orgTypes } from './organisation';

/** Rows below the last organisation that still get the column formats and dropdowns. */
const spareRows = 200;

/**
 * The `Организации` tab of a new workbook: headers, one row per organisation, `Код` and
 * `ИНН` as plain text (so `008` or a long ИНН stay as typed), dropdowns for `Тип` and
 * `Действует`, a frozen header.
 *
 * @param orgs - the organisations
 * @example directorySheet([]).rows[0][0] // 'Код'
 */
export function directorySheet(orgs: readonly Organisation[]): OutputSheet {
  const header: OutValue[] = orgFields.map((f) => directoryHeaders[f]);
  const rows: OutValue[][] = [
    header,
    ...orgs.map((o) => [
      o.code,
      o.name,
      o.type,
      o.district,
      o.inn,
      o.emails.join(', '),
      o.active ? 'да' : 'нет',
      o.pupils69,
      o.pupils1011,
    ]),
  ];
  const body = { row: 1, rows: orgs.length + spareRows };
  const col = (field: (typeof orgFields)[number]) => orgFields.indexOf(field);
  return {
    name: tabNames.directory,
    rows,
    format: {
      frozenRows: 1,
      columnWidths: [90, 360, 60, 150, 110, 260, 90, 150, 160],
      bold: [{ row: 0, column: 0, columns: header.length }],
      wrap: [{ row: 0, column: 0, columns: header.length }],
      fills: [{ row: 0, column: 0, columns: header.length, fill: 'header' }],
      text: [
        { ...body, column: col('code') },
        { ...body, column: col('inn') },
        { ...body, column: col('emails') },
      ],
      numberFormats: [{ ...body, column: col('pupils69'), columns: 2, pattern: '0' }],
      dropdowns: [
        { ...body, column: col('type'), values: [...orgTypes] },
        { ...body, column: col('active'), values: ['да', 'нет'] },
      ],
      notes: [
        { row: 0, column: col('code'), text: 'Код — имя листа организации: до 31 символа, буквы, цифры, «_» и «-».' },
        {
          row: 0,
          column: col('type'),
          text: 'ООО — общеобразовательная, ДОО — дошкольная, ОДО — дополнительного образования.',
        },
        {
          row: 0,
          column: col('emails'),
          text: 'Один или несколько адресов через запятую: им откроется лист организации.',
        },
      ],
    },
  };
}
