import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallCounter } from '../../test/apps-script/fake/calls';
import { sheetNamed, valuesOf } from '../../test/apps-script/fake/model';
import { fakeSheetsService } from '../../test/apps-script/fake/sheets-api';
import { FakeWorld } from '../../test/apps-script/fake/world';
import { sheetRequests } from './sheet-requests';
import { PartialWriteError, planBatches, writeBatches } from './write-batches';

function world() {
  const w = new FakeWorld();
  const book = w.createSpreadsheet('t', 'owner@example.ru');
  vi.stubGlobal('Sheets', fakeSheetsService(w, new CallCounter()));
  return { w, book };
}

const tab = (name: string, text: string, id: number) => ({
  title: name,
  requests: sheetRequests({ name, rows: [[text]], format: {} }, { sheetId: id, existing: null }),
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('planBatches', () => {
  it('keeps each tab whole and in order, starting a new batch past the limit', () => {
    const writes = [tab('a', 'x'.repeat(100), 1), tab('b', 'y'.repeat(100), 2), tab('c', 'z', 3)];
    const size = JSON.stringify(writes[0]!.requests).length;
    expect(planBatches(writes, 2 * size - 50).map((b) => b.map((w) => w.title))).toEqual([['a'], ['b', 'c']]);
    expect(planBatches(writes).map((b) => b.map((w) => w.title))).toEqual([['a', 'b', 'c']]);
  });

  it('puts a tab larger than the limit alone in its batch', () => {
    expect(planBatches([tab('a', 'x'.repeat(1000), 1), tab('b', 'y', 2)], 10)).toHaveLength(2);
  });
});

describe('writeBatches', () => {
  it('writes everything in one batchUpdate when it fits', () => {
    const { w, book } = world();
    const outcome = writeBatches(book.id, [tab('a', '=1+1', 1), tab('b', '1.2', 2)]);
    expect(outcome).toEqual({ batches: 1, written: ['a', 'b'] });
    expect(valuesOf(sheetNamed(book, 'a')!)).toEqual([['=1+1']]);
    expect(sheetNamed(book, 'a')!.cells[0]![0]!.formula).toBeUndefined();
    expect(w.batchLog).toHaveLength(1);
  });

  it('on a failure of a later batch, names what was written and leaves the rest untouched', () => {
    const { w, book } = world();
    writeBatches(book.id, [tab('a', 'old a', 1), tab('b', 'old b', 2)]);
    const existing = (title: string, id: number) => ({
      sheetId: id,
      title,
      index: 0,
      hidden: false,
      rows: 1,
      columns: 1,
      protections: [],
    });
    const rewrite = (title: string, id: number, text: string) => ({
      title,
      requests: sheetRequests(
        { name: title, rows: [[text], ['more']], format: {} },
        { sheetId: id, existing: existing(title, id) },
      ),
    });
    w.failBatch = { okBefore: 1, message: 'Service unavailable' };
    const writes = [rewrite('a', 1, 'new a'), rewrite('b', 2, 'new b')];
    const limit = JSON.stringify(writes[0]!.requests).length + 1;
    expect(() => writeBatches(book.id, writes, limit)).toThrow(PartialWriteError);
    try {
      w.failBatch = { okBefore: 1, message: 'Service unavailable' };
      writeBatches(book.id, [rewrite('a', 1, 'newer a'), rewrite('b', 2, 'newer b')], limit);
    } catch (error) {
      expect(error).toBeInstanceOf(PartialWriteError);
      expect((error as PartialWriteError).written).toEqual(['a']);
      expect((error as PartialWriteError).pending).toEqual(['b']);
    }
    expect(valuesOf(sheetNamed(book, 'a')!)).toEqual([['newer a'], ['more']]);
    expect(valuesOf(sheetNamed(book, 'b')!)).toEqual([['old b']]);
  });
});
