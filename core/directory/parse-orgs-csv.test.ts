import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv';
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
        params: { found: '7451000014' },
      },
    ]);
  });

  it('reports an empty file and a missing column', () => {
    expect(parseOrgsCsv('').issues.map((i) => i.code)).toEqual(['csv_empty']);
    const read = parseOrgsCsv('code,name\nS1,Школа');
    expect(read.orgs).toEqual([]);
    expect(read.issues).toEqual([
      expect.objectContaining({ code: 'csv_header_missing', params: { tab: 'orgs.csv', header: 'type' } }),
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
});
