import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv';
import { formatIssue } from '../issues/format-issue';
import { placeText } from '../issues/place-text';
import { orgFieldOfHeader } from './directory-columns';
import { maxOrganisations, parseOrgsCsv } from './parse-orgs-csv';

const header = 'code,name,type,district,inn,emails';

describe('parseCsv', () => {
  it.each<[string, string[][]]>([
    [
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      '\uFEFFa,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a;b\n"x;y";2',
      [
        ['a', 'b'],
        ['x;y', '2'],
      ],
    ],
    [
      'a,b\n"МАОУ ""СОШ"", 1",2',
      [
        ['a', 'b'],
        ['МАОУ "СОШ", 1', '2'],
      ],
    ],
    [
      'a,b\n"line\nbreak",2\n\n',
      [
        ['a', 'b'],
        ['line\nbreak', '2'],
      ],
    ],
    ['', []],
  ])('parses %j', (text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });
});

describe('parseOrgsCsv', () => {
  it('reads the organisations of a comma-separated file with a BOM', () => {
    const text = `\uFEFF${header},active\nS108,"МАОУ «СОШ № 108 г. Челябинска», корпус 1",ООО,Центральный,7451000013,"a@example.ru, b@example.ru",нет\n`;
    const read = parseOrgsCsv(text, 'orgs.csv');
    expect(read.issues).toEqual([]);
    expect(read.orgs).toEqual([
      {
        code: 'S108',
        name: 'МАОУ «СОШ № 108 г. Челябинска», корпус 1',
        type: 'ООО',
        district: 'Центральный',
        inn: '7451000013',
        emails: ['a@example.ru', 'b@example.ru'],
        active: false,
        pupils69: null,
        pupils1011: null,
        row: 2,
      },
    ]);
  });

  it('reads a semicolon-separated file, active by default', () => {
    const read = parseOrgsCsv(
      'code;name;type;district;inn;emails\nD5;Детский сад № 5;ДОО;Ленинский;7451000020;d5@example.ru',
    );
    expect(read.issues).toEqual([]);
    expect(read.orgs[0]).toMatchObject({ code: 'D5', type: 'ДОО', active: true });
  });

  it('accepts a bad ИНН with a warning at its cell', () => {
    const read = parseOrgsCsv(`${header}\nS1,Школа,ООО,Советский,7451000014,a@example.ru`, 'orgs.csv');
    expect(read.orgs).toEqual([expect.objectContaining({ code: 'S1', inn: '7451000014' })]);
    expect(read.issues).toEqual([
      {
        code: 'inn_check_digit',
        severity: 'warning',
        tab: 'orgs.csv',
        row: 2,
        column: 5,
        org: 'S1',
        file: true,
        header: 'inn',
        params: { found: '7451000014' },
      },
    ]);
  });

  it('reports an empty file and a missing column', () => {
    expect(parseOrgsCsv('').issues.map((i) => i.code)).toEqual(['csv_empty']);
    const read = parseOrgsCsv('code,name\nS1,Школа');
    expect(read.orgs).toEqual([]);
    expect(read.issues).toEqual([
      expect.objectContaining({
        code: 'csv_header_missing',
        params: expect.objectContaining({ tab: 'orgs.csv', header: 'Тип', english: 'type' }),
      }),
    ]);
  });

  it('reports duplicate codes and an unknown type by line', () => {
    const read = parseOrgsCsv(
      `${header}\nS1,Школа,ООО,Советский,7451000013,a@example.ru\ns1,Школа 2,ООО,Советский,7451000020,b@example.ru\nS3,Школа 3,ВУЗ,Советский,7451000038,c@example.ru`,
    );
    expect(read.orgs.map((o) => o.code)).toEqual(['S1']);
    expect(read.issues.map((i) => [i.code, i.row])).toEqual([
      ['code_duplicate', 3],
      ['type_unknown', 4],
    ]);
  });

  it('refuses a list longer than 5,000 organisations before reading its rows', () => {
    const line = 'S1,Школа,ООО,Советский,7451000013,a@example.ru';
    const text = [header, ...Array.from({ length: maxOrganisations + 1 }, () => line)].join('\n');
    const read = parseOrgsCsv(text);
    expect(read.orgs).toEqual([]);
    expect(read.issues).toEqual([
      expect.objectContaining({ code: 'csv_too_many_rows', params: { tab: 'orgs.csv', rows: 5001, max: 5000 } }),
    ]);
  });

  it('accepts exactly 5,000 organisations', () => {
    const lines = Array.from({ length: maxOrganisations }, (_, i) => `S${i},Школа ${i},ДОО,Советский,,a@example.ru`);
    const read = parseOrgsCsv([header, ...lines].join('\n'));
    expect(read.orgs).toHaveLength(5000);
    expect(read.issues.map((i) => i.code)).not.toContain('csv_too_many_rows');
  });

  // Issue 13: a register exported by a committee's own system, headed in Russian, as hdr.csv was found.
  const russian = 'Код;Наименование ОО;Тип ОО;Район;ИНН;E-mail\nS1;Школа 1;ООО;Центральный;;s1@x.ru';

  it('reads the «Организации» tab’s Russian headers and their common variants', () => {
    const read = parseOrgsCsv(russian, 'hdr.csv');
    expect(read.orgs).toEqual([
      expect.objectContaining({ code: 'S1', name: 'Школа 1', type: 'ООО', emails: ['s1@x.ru'] }),
    ]);
    expect(read.issues.map((i) => i.code)).toEqual(['inn_missing']);
  });

  it.each([
    ['Код', 'code'],
    ['Код ОО', 'code'],
    ['Наименование', 'name'],
    ['Наименование ОО', 'name'],
    ['Полное наименование', 'name'],
    ['Тип ОО', 'type'],
    ['Тип организации', 'type'],
    ['Район города', 'district'],
    ['ИНН', 'inn'],
    ['ИНН организации', 'inn'],
    ['E-mail', 'emails'],
    ['e-mail', 'emails'],
    ['Email', 'emails'],
    ['Эл. почта', 'emails'],
    ['Эл.почта', 'emails'],
    ['Электронная почта', 'emails'],
    ['Адрес электронной почты', 'emails'],
    ['Действует', 'active'],
    ['Обучающихся 6–9 (ОО-1)', 'pupils69'],
  ] as const)('takes the header «%s» for %s', (header, field) => {
    expect(orgFieldOfHeader(header)).toBe(field);
  });

  it('names the missing column in Russian, with its English name, and both header lines', () => {
    const read = parseOrgsCsv('Код;Школа;Тип\nS1;Школа 1;ООО', 'hdr.csv');
    const missing = read.issues.find((i) => i.code === 'csv_header_missing');
    if (!missing) throw new Error('no issue');
    expect(`${placeText(missing)} — ${formatIssue(missing, 'cli')}`).toBe(
      'файл «hdr.csv» — В файле «hdr.csv» нет столбца «Наименование» (или «name»). В первой строке ожидаются заголовки, как на листе «Организации»: Код, Наименование, Тип, Район, ИНН, Электронная почта (и, если нужно, Действует) — или те же по-английски: code,name,type,district,inn,emails (и, если нужно, active).',
    );
  });

  it('places every problem of a row as the file’s line and the column’s header as written', () => {
    const read = parseOrgsCsv(`${russian}\nS2;Школа 2;ВУЗ;Центральный;7451000013;s2@x.ru`, 'hdr.csv');
    const type = read.issues.find((i) => i.code === 'type_unknown');
    if (!type) throw new Error('no issue');
    expect(placeText(type)).toBe('файл «hdr.csv», строка 3, столбец «Тип ОО»');
    expect(read.issues.every((i) => i.file === true && !placeText(i).includes('лист'))).toBe(true);
  });
});
