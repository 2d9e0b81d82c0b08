import { describe, expect, it } from 'vitest';
import { instructionSheet } from './instruction-sheet';

const whoSees = (sheet: ReturnType<typeof instructionSheet>) =>
  String(sheet.rows.find((row) => row[0] === 'Кто видит')?.[1]);

describe('instructionSheet', () => {
  it('tells an organisation in its own file that no other organisation sees or edits it', () => {
    expect(whoSees(instructionSheet('files'))).toContain('свой файл, другие организации его не видят и не правят');
  });

  it.each(['reportsSpreadsheet', 'thisSpreadsheet'] as const)(
    'tells the organisations of one spreadsheet (%s) that the others see their tab but cannot edit it',
    (mode) => {
      const text = whoSees(instructionSheet(mode));
      expect(text).toContain('видят этот лист, но изменять его не могут');
      expect(text).not.toContain('не видят');
    },
  );

  it('tells the organisations of the committee’s own spreadsheet that they also see its directory and registry of responsible persons', () => {
    const text = whoSees(instructionSheet('thisSpreadsheet'));
    expect(text).toContain('листы комитета, в том числе «Организации» (адреса всех организаций) и «Ответственные»');
    expect(whoSees(instructionSheet('reportsSpreadsheet'))).not.toContain('листы комитета');
  });

  it('says the same everywhere else, whatever the mode', () => {
    const rows = (mode: 'files' | 'thisSpreadsheet') => instructionSheet(mode).rows.filter((r) => r[0] !== 'Кто видит');
    expect(rows('files')).toEqual(rows('thisSpreadsheet'));
  });
});
