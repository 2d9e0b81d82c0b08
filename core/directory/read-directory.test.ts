import { describe, expect, it } from 'vitest';
import type { SheetData } from '../grid/sheet-data';
import { readDirectory } from './read-directory';

const header = ['Код', 'Наименование', 'Тип', 'Район', 'ИНН', 'Электронная почта', 'Действует'];

function sheet(...rows: unknown[][]): SheetData {
  return { name: 'Организации', values: [header, ...rows] };
}

const school = [
  'S108',
  'МАОУ «СОШ № 108 г. Челябинска»',
  'ООО',
  'Центральный',
  '7451000013',
  'school108@example.ru',
  'да',
];

describe('readDirectory', () => {
  it('reads an organisation per row', () => {
    const read = readDirectory(
      sheet(school, ['D5', 'МБДОУ «ДС № 5»', 'ДОО', 'Ленинский', 7451000020, 'a@example.ru; b@example.ru', 'нет']),
    );
    expect(read.usable).toBe(true);
    expect(read.issues).toEqual([]);
    expect(read.orgs).toEqual([
      {
        code: 'S108',
        name: 'МАОУ «СОШ № 108 г. Челябинска»',
        type: 'ООО',
        district: 'Центральный',
        inn: '7451000013',
        emails: ['school108@example.ru'],
        active: true,
        pupils69: null,
        pupils1011: null,
        row: 2,
      },
      expect.objectContaining({
        code: 'D5',
        type: 'ДОО',
        inn: '7451000020',
        emails: ['a@example.ru', 'b@example.ru'],
        active: false,
        row: 3,
      }),
    ]);
  });

  it('finds the headers below a title, in any order, and reads the ОО-1 counts', () => {
    const read = readDirectory({
      name: 'Организации',
      values: [
        ['Справочник организаций'],
        [],
        [
          'Тип',
          'Код',
          'Обучающихся 6-9 (ОО-1)',
          'Наименование',
          'ИНН',
          'Район',
          'Электронная почта',
          'Обучающихся 10–11',
        ],
        ['ООО', 'S1', '1 200', 'Школа', '7451000038', 'Советский', 's1@example.ru', 300],
      ],
    });
    expect(read.issues).toEqual([]);
    expect(read.orgs[0]).toMatchObject({ code: 'S1', pupils69: 1200, pupils1011: 300, active: true, row: 4 });
  });

  it('reports a missing tab as unusable, at no cell', () => {
    expect(readDirectory(undefined)).toEqual({
      orgs: [],
      usable: false,
      issues: [
        { code: 'directory_missing', severity: 'error', tab: 'Организации', row: null, column: null, params: {} },
      ],
    });
  });

  it('is unusable without the code column', () => {
    const read = readDirectory({
      name: 'Организации',
      values: [
        ['Наименование', 'Тип'],
        ['Школа', 'ООО'],
      ],
    });
    expect(read.usable).toBe(false);
    expect(read.issues.map((i) => i.code === 'directory_header_missing' && i.params.headers)).toEqual([
      ['Код', 'Наименование', 'Тип'],
    ]);
  });

  it('reports a missing required column but still reads the rows', () => {
    const read = readDirectory({
      name: 'Организации',
      values: [
        ['Код', 'Наименование', 'Тип'],
        ['S1', 'Школа', 'ООО'],
      ],
    });
    expect(read.usable).toBe(true);
    expect(read.orgs).toHaveLength(1);
    expect(read.issues.map((i) => [i.code, i.code === 'directory_header_missing' && i.params.headers, i.row])).toEqual([
      ['directory_header_missing', ['Район', 'ИНН', 'Электронная почта'], null],
    ]);
  });

  it.each<[string, unknown[], { code: string; column: number; severity: string; kept: boolean }]>([
    [
      'a code with a space',
      ['S 1', 'Школа', 'ООО', 'Советский', '7451000013', 'a@example.ru'],
      { code: 'code_malformed', column: 1, severity: 'error', kept: false },
    ],
    [
      'a code of 32 characters',
      ['S'.repeat(32), 'Школа', 'ООО', 'Советский', '7451000013', 'a@example.ru'],
      { code: 'code_too_long', column: 1, severity: 'error', kept: false },
    ],
    [
      'a reserved code',
      ['Сводка', 'Школа', 'ООО', 'Советский', '7451000013', 'a@example.ru'],
      { code: 'code_reserved', column: 1, severity: 'error', kept: false },
    ],
    [
      'a name without a code',
      ['', 'Школа', 'ООО', 'Советский', '7451000013', 'a@example.ru'],
      { code: 'code_missing', column: 1, severity: 'error', kept: false },
    ],
    [
      'an unknown type',
      ['S1', 'Школа', 'СОШ', 'Советский', '7451000013', 'a@example.ru'],
      { code: 'type_unknown', column: 3, severity: 'error', kept: false },
    ],
    [
      'no type',
      ['S1', 'Школа', '', 'Советский', '7451000013', 'a@example.ru'],
      { code: 'type_missing', column: 3, severity: 'error', kept: false },
    ],
    [
      'no name',
      ['S1', '', 'ООО', 'Советский', '7451000013', 'a@example.ru'],
      { code: 'name_missing', column: 2, severity: 'error', kept: true },
    ],
    [
      'no district',
      ['S1', 'Школа', 'ООО', '', '7451000013', 'a@example.ru'],
      { code: 'district_missing', column: 4, severity: 'error', kept: true },
    ],
    [
      'a bad check digit',
      ['S1', 'Школа', 'ООО', 'Советский', '7451000014', 'a@example.ru'],
      { code: 'inn_check_digit', column: 5, severity: 'error', kept: true },
    ],
    [
      'a short ИНН',
      ['S1', 'Школа', 'ООО', 'Советский', '745100001', 'a@example.ru'],
      { code: 'inn_wrong_length', column: 5, severity: 'error', kept: true },
    ],
    [
      'no ИНН',
      ['S1', 'Школа', 'ООО', 'Советский', '', 'a@example.ru'],
      { code: 'inn_missing', column: 5, severity: 'warning', kept: true },
    ],
    [
      'a bad address',
      ['S1', 'Школа', 'ООО', 'Советский', '7451000013', 'школа108'],
      { code: 'not_an_email', column: 6, severity: 'error', kept: true },
    ],
    [
      'one bad address of two',
      ['S1', 'Школа', 'ООО', 'Советский', '7451000013', 'a@example.ru, b@'],
      { code: 'bad_email_in_list', column: 6, severity: 'error', kept: true },
    ],
    [
      'no address',
      ['S1', 'Школа', 'ООО', 'Советский', '7451000013', ''],
      { code: 'emails_missing', column: 6, severity: 'warning', kept: true },
    ],
    [
      'an unreadable Действует',
      ['S1', 'Школа', 'ООО', 'Советский', '7451000013', 'a@example.ru', 'возможно'],
      { code: 'active_unreadable', column: 7, severity: 'warning', kept: true },
    ],
    [
      'a formula error in the code',
      ['#REF!', 'Школа', 'ООО', 'Советский', '7451000013', 'a@example.ru'],
      { code: 'formula_error', column: 1, severity: 'error', kept: false },
    ],
  ])('reports %s at its cell', (_what, row, expected) => {
    const read = readDirectory(sheet(row, school));
    expect(read.issues).toEqual([
      expect.objectContaining({ code: expected.code, severity: expected.severity, row: 2, column: expected.column }),
    ]);
    expect(read.orgs.length).toBe(expected.kept ? 2 : 1);
  });

  it('carries the row code as org on every issue of a coded row', () => {
    const read = readDirectory(sheet(['S1', 'Школа', 'ООО', '', '123', 'x']));
    expect(read.issues.length).toBe(3);
    expect(read.issues.every((i) => i.org === 'S1')).toBe(true);
  });

  it('keeps the first of two codes that differ only in case', () => {
    const read = readDirectory(
      sheet(school, ['s108', 'Другая школа', 'ООО', 'Советский', '7451000020', 'b@example.ru']),
    );
    expect(read.orgs.map((o) => o.code)).toEqual(['S108']);
    expect(read.issues).toEqual([
      expect.objectContaining({ code: 'code_duplicate', row: 3, column: 1, params: { found: 's108', firstRow: 2 } }),
    ]);
  });

  it('skips rows with neither code nor name, and tolerates a Latin O in the type', () => {
    const read = readDirectory(
      sheet([], ['', '', 'ООО'], ['S2', 'Школа', 'OOO', 'Советский', '7451000013', 'a@example.ru']),
    );
    expect(read.issues).toEqual([]);
    expect(read.orgs).toEqual([expect.objectContaining({ code: 'S2', type: 'ООО', row: 4 })]);
  });

  it('reports an empty directory', () => {
    const read = readDirectory(sheet());
    expect(read.usable).toBe(true);
    expect(read.issues.map((i) => i.code)).toEqual(['directory_empty']);
  });

  it('does not mutate its input', () => {
    const input = sheet(school);
    const copy = JSON.stringify(input);
    readDirectory(input);
    expect(JSON.stringify(input)).toBe(copy);
  });
});
