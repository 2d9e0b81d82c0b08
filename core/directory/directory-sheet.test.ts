import { describe, expect, it } from 'vitest';
import { toSheetData } from '../../test/helpers/output-to-sheet-data';
import { directorySheet } from './directory-sheet';
import type { Organisation } from './organisation';
import { readDirectory } from './read-directory';

const orgs: Organisation[] = [
  {
    code: '008',
    name: 'МБОУ «СОШ № 8 г. Челябинска»',
    type: 'ООО',
    district: 'Калининский',
    inn: '7451000013',
    emails: ['s8@example.ru', 'deputy8@example.ru'],
    active: true,
    pupils69: 420,
    pupils1011: 95,
    row: 2,
  },
  {
    code: 'D5',
    name: 'МБДОУ «ДС № 5 г. Челябинска»',
    type: 'ДОО',
    district: 'Ленинский',
    inn: '7451000020',
    emails: ['d5@example.ru'],
    active: false,
    pupils69: null,
    pupils1011: null,
    row: 3,
  },
];

describe('directorySheet', () => {
  it('is read back by readDirectory as the same organisations', () => {
    const read = readDirectory(toSheetData(directorySheet(orgs)));
    expect(read.issues).toEqual([]);
    expect(read.orgs).toEqual(orgs);
  });

  it('keeps codes and ИНН as text and offers dropdowns for type and Действует', () => {
    const { format } = directorySheet(orgs);
    expect(format.text?.map((r) => r.column)).toEqual([0, 4, 5]);
    expect(format.dropdowns?.map((d) => [d.column, d.values])).toEqual([
      [2, ['ООО', 'ДОО', 'ОДО']],
      [6, ['да', 'нет']],
    ]);
    expect(format.frozenRows).toBe(1);
  });
});
