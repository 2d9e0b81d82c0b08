import { describe, expect, it } from 'vitest';
import { instructionSheet } from './instruction-sheet';
import { fileRoundHeading, fileRoundLines, withFileRound } from './with-file-round';

describe('withFileRound', () => {
  it('adds how the file goes back at the end of Инструкция, each line across both columns', () => {
    const base = instructionSheet();
    const sheet = withFileRound(base);
    const added = sheet.rows.slice(base.rows.length).map((r) => r[0]);
    expect(added).toEqual([null, fileRoundHeading, ...fileRoundLines]);
    const heading = base.rows.length + 1;
    expect(sheet.format.bold).toContainEqual({ row: heading, column: 0 });
    expect(sheet.format.merges).toContainEqual({ row: heading + 1, column: 0, columns: 2 });
    expect(sheet.format.wrap).toContainEqual({ row: heading, column: 0, rows: fileRoundLines.length + 1, columns: 2 });
    expect(fileRoundLines.join(' ')).toContain('«Профкарта»');
  });

  it('does not change the tab it is given', () => {
    const base = instructionSheet();
    const copy = structuredClone(base);
    withFileRound(base);
    expect(base).toEqual(copy);
  });
});
