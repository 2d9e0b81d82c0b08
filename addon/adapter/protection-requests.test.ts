import { describe, expect, it } from 'vitest';
import { mergeRanges, protectionRequests, rangesStamp } from './sheet-requests';

const range = (r0: number, r1: number, c0: number, c1: number) => ({
  sheetId: 7,
  startRowIndex: r0,
  endRowIndex: r1,
  startColumnIndex: c0,
  endColumnIndex: c1,
});

describe('mergeRanges', () => {
  it('joins the cells of one column row after row, and the columns of one table side by side', () => {
    const fields = [range(11, 12, 1, 2), range(12, 13, 1, 2), range(13, 14, 1, 2)];
    const table = [range(40, 56, 3, 4), range(40, 56, 4, 5), range(40, 56, 5, 7)];
    expect(mergeRanges([...table, ...fields])).toEqual([range(11, 14, 1, 2), range(40, 56, 3, 7)]);
  });

  it('keeps apart ranges that do not touch, and drops duplicates', () => {
    const input = [range(11, 12, 1, 2), range(13, 14, 1, 2), range(11, 12, 1, 2)];
    expect(mergeRanges(input)).toEqual([range(11, 12, 1, 2), range(13, 14, 1, 2)]);
    expect(input).toHaveLength(3);
  });
});

describe('rangesStamp', () => {
  it('is the same whatever the order or the split of the ranges, and changes when one moves by a column', () => {
    const a = rangesStamp([range(11, 14, 1, 2), range(40, 56, 3, 7)]);
    expect(rangesStamp([range(40, 56, 3, 5), range(11, 12, 1, 2), range(40, 56, 5, 7), range(12, 14, 1, 2)])).toBe(a);
    expect(rangesStamp([range(11, 14, 2, 3), range(40, 56, 3, 7)])).not.toBe(a);
    expect(a).toMatch(/^ #[0-9a-f]{8}$/);
    expect(rangesStamp([])).toBe('');
  });
});

describe('protectionRequests', () => {
  const spec = { editors: ['Ivanova@example.ru'], description: 'Профкарта: лист организации S1' };
  const inputs = [range(11, 12, 1, 2), range(12, 13, 1, 2)];

  it('locks the tab to the committee but the input cells, its description stamped with them', () => {
    const requests = protectionRequests(7, null, spec, inputs);
    expect(requests).toHaveLength(1);
    const added = requests[0]!.addProtectedRange!.protectedRange!;
    expect(added.range).toEqual({ sheetId: 7 });
    expect(added.editors).toEqual({ users: ['ivanova@example.ru'] });
    expect(added.unprotectedRanges).toEqual([range(11, 13, 1, 2)]);
    expect(added.description).toBe(`${spec.description}${rangesStamp(inputs)}`);
  });

  it('protects each input range for the organisation too when the file is shared with others', () => {
    const requests = protectionRequests(
      7,
      null,
      { ...spec, inputEditors: ['s1@example.ru', 'ivanova@example.ru'] },
      inputs,
    );
    expect(requests.map((r) => r.addProtectedRange?.protectedRange?.range)).toEqual([
      { sheetId: 7 },
      range(11, 13, 1, 2),
    ]);
    expect(requests[1]!.addProtectedRange!.protectedRange!.editors).toEqual({
      users: ['s1@example.ru', 'ivanova@example.ru'],
    });
  });

  it('deletes the protections the tab had first, in the same batch', () => {
    const existing = {
      sheetId: 7,
      title: 'S1',
      index: 0,
      hidden: false,
      rows: 10,
      columns: 8,
      protections: [
        { id: 3, description: '', editors: [], wholeSheet: true, range: { sheetId: 7 }, unprotected: [] },
        { id: 4, description: '', editors: [], wholeSheet: false, range: range(1, 2, 1, 2), unprotected: [] },
      ],
    };
    const requests = protectionRequests(7, existing, spec);
    expect(requests.slice(0, 2)).toEqual([
      { deleteProtectedRange: { protectedRangeId: 3 } },
      { deleteProtectedRange: { protectedRangeId: 4 } },
    ]);
  });
});
