import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OutputSheet } from '../../core/grid/output-sheet';
import { CallCounter } from '../../test/apps-script/fake/calls';
import { type FakeSheet, sheetNamed, valuesOf } from '../../test/apps-script/fake/model';
import { fakeSheetsService } from '../../test/apps-script/fake/sheets-api';
import { FakeWorld } from '../../test/apps-script/fake/world';
import { sheetRequests } from './sheet-requests';
import { readMeta } from './spreadsheet-meta';
import { stagingTitle } from './stage-tab';
import { maxBatchBytes, PartialWriteError, planBatches, type TabWrite, writeBatches } from './write-batches';

function world() {
  const w = new FakeWorld();
  const book = w.createSpreadsheet('t', 'owner@example.ru');
  vi.stubGlobal('Sheets', fakeSheetsService(w, new CallCounter()));
  return { w, book };
}

const tab = (name: string, text: string, id: number): TabWrite => ({
  title: name,
  requests: sheetRequests({ name, rows: [[text]], format: {} }, { sheetId: id, existing: null }),
});

/** The body that travels, in UTF-8 bytes. */
const bodyBytes = (requests: readonly unknown[]) => Buffer.byteLength(JSON.stringify({ requests }));

/** A registry-like tab of Cyrillic rows: about `bytes` of UTF-8, with a note, a link, a bold header and a merge. */
function cyrillicSheet(name: string, bytes: number, word = 'приказ'): OutputSheet {
  const line = `Приказ № 15-у «О назначении ответственного за профориентацию», ${word} `.repeat(3);
  const perRow = Buffer.byteLength(JSON.stringify([line, line]));
  const count = Math.ceil(bytes / perRow);
  const rows = [
    [`Сформировано ${word}`, null],
    ['Организация', 'Документ'],
    ...Array.from({ length: count }, (_, i) => [
      `${line}${i}`,
      i % 100 === 0 ? { kind: 'link' as const, text: `${line}${i}`, url: `https://example.ru/${i}` } : `${line}${i}`,
    ]),
  ];
  return {
    name,
    rows,
    format: {
      frozenRows: 2,
      bold: [{ row: 1, column: 0, columns: 2 }],
      merges: [{ row: 0, column: 0, columns: 2 }],
      notes: [
        { row: 5, column: 1, text: `Проверьте номер (${word})` },
        // A note only the old content has: a staged write must clear it, as a whole write does.
        ...(word === 'старый' ? [{ row: 3, column: 0, text: 'Старая заметка' }] : []),
      ],
      columnWidths: [300, 400],
    },
  };
}

/** What a user sees of a tab: every cell's value, formula, note, format and dropdown, and the tab's merges. */
function look(sheet: FakeSheet) {
  const cells: unknown[] = [];
  for (let r = 0; r < sheet.rowCount; r++) {
    for (let c = 0; c < sheet.columnCount; c++) {
      const cell = sheet.cells[r]?.[c];
      const shown = {
        value: cell?.value ?? null,
        formula: cell?.formula ?? null,
        note: cell?.note ?? null,
        format: cell?.format ?? {},
        validation: cell?.validation ?? null,
      };
      if (shown.value !== null || shown.note !== null || Object.keys(shown.format).length > 0)
        cells.push([r, c, shown]);
    }
  }
  const { sheetId, title, hidden, rowCount, columnCount, frozenRows, columnWidths, merges } = sheet;
  return { sheetId, title, hidden, rowCount, columnCount, frozenRows, columnWidths, merges, cells };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('planBatches', () => {
  it('keeps each tab whole and in order, starting a new batch past the limit', () => {
    const writes = [tab('a', 'x'.repeat(100), 1), tab('b', 'y'.repeat(100), 2), tab('c', 'z', 3)];
    const size = bodyBytes(writes[0]!.requests);
    const titles = (maxBytes?: number) => planBatches(writes, maxBytes ? { maxBytes } : {}).map((b) => b.titles);
    expect(titles(2 * size - 50)).toEqual([['a'], ['b', 'c']]);
    expect(titles()).toEqual([['a', 'b', 'c']]);
  });

  it('measures UTF-8 bytes: two Cyrillic tabs that fit the limit in characters take two batches', () => {
    const writes = [0, 1].map((i) => ({
      title: `t${i}`,
      requests: sheetRequests(cyrillicSheet(`t${i}`, 1_200_000), { sheetId: i + 1, existing: null }),
    }));
    const characters = JSON.stringify({ requests: writes.flatMap((w) => w.requests) }).length;
    expect(characters).toBeLessThan(maxBatchBytes);
    const batches = planBatches(writes);
    expect(batches.map((b) => b.titles)).toEqual([['t0'], ['t1']]);
    for (const batch of batches) {
      expect(batch.bytes).toBe(bodyBytes(batch.requests));
      expect(batch.bytes).toBeLessThanOrEqual(maxBatchBytes);
    }
  });

  it('splits a tab larger than a batch into staging chunks and one finishing batch, each within the limit', () => {
    const big = {
      title: 'Реестр приказов',
      requests: sheetRequests(cyrillicSheet('Реестр приказов', 4_500_000), { sheetId: 7, existing: null }),
    };
    expect(bodyBytes(big.requests)).toBeGreaterThan(2 * maxBatchBytes);
    const batches = planBatches([tab('before', 'раз', 1), big, tab('after', 'два', 2)]);
    expect(batches.length).toBeGreaterThanOrEqual(3);
    for (const batch of batches) expect(bodyBytes(batch.requests)).toBeLessThanOrEqual(maxBatchBytes);
    expect(batches.flatMap((b) => b.titles)).toEqual(['before', 'Реестр приказов', 'after']);
    // Only the finishing batch touches the tab itself (gid 7): the chunks write the staging tab.
    const touching = batches.filter((b) => JSON.stringify(b.requests).includes('"sheetId":7,'));
    expect(touching).toHaveLength(1);
    expect(touching[0]!.titles).toContain('Реестр приказов');
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
    const meta = readMeta(book.id);
    const rewrite = (title: string, text: string): TabWrite => {
      const existing = meta.sheets.find((s) => s.title === title)!;
      return {
        title,
        requests: sheetRequests(
          { name: title, rows: [[text], ['more']], format: {} },
          { sheetId: existing.sheetId, existing },
        ),
      };
    };
    const writes = [rewrite('a', 'new a'), rewrite('b', 'new b')];
    const limit = bodyBytes(writes[0]!.requests) + 1;
    w.failBatch = { okBefore: 1, message: 'Service unavailable' };
    let failure: unknown = null;
    try {
      writeBatches(book.id, writes, { maxBytes: limit });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(PartialWriteError);
    expect((failure as PartialWriteError).written).toEqual(['a']);
    expect((failure as PartialWriteError).pending).toEqual(['b']);
    expect(valuesOf(sheetNamed(book, 'a')!)).toEqual([['new a'], ['more']]);
    expect(valuesOf(sheetNamed(book, 'b')!)).toEqual([['old b']]);
  });

  it('writes a tab larger than a batch through a staging tab: the same tab, its gid kept, no staging tab left', () => {
    const { w, book: staged } = world();
    const direct = w.createSpreadsheet('u', 'owner@example.ru');
    const sheet = cyrillicSheet('Реестр', 4_500_000, 'новый');
    const logged: Record<string, number[]> = { [direct.id]: [], [staged.id]: [] };
    for (const book of [direct, staged]) {
      writeBatches(book.id, [
        {
          title: 'Реестр',
          requests: sheetRequests(cyrillicSheet('Реестр', 100, 'старый'), { sheetId: 5, existing: null }),
        },
      ]);
      const meta = readMeta(book.id);
      const existing = meta.sheets.find((s) => s.title === 'Реестр')!;
      const requests = sheetRequests(sheet, { sheetId: 5, existing });
      const from = w.batchLog.length;
      const maxBytes = book === direct ? 100_000_000 : maxBatchBytes;
      writeBatches(book.id, [{ title: 'Реестр', requests }], { maxBytes, meta });
      logged[book.id] = w.batchLog.slice(from).map((b) => b.bytes);
    }
    expect(logged[direct.id]).toHaveLength(1);
    expect(logged[direct.id]![0]).toBeGreaterThan(2 * maxBatchBytes);
    expect(logged[staged.id]!.length).toBeGreaterThanOrEqual(3);
    for (const bytes of logged[staged.id]!) expect(bytes).toBeLessThanOrEqual(maxBatchBytes);
    expect(look(sheetNamed(staged, 'Реестр')!)).toEqual(look(sheetNamed(direct, 'Реестр')!));
    expect(sheetNamed(staged, 'Реестр')!.cells[5]![1]!.note).toBe('Проверьте номер (новый)');
    expect(sheetNamed(staged, 'Реестр')!.cells[3]![0]!.note).toBeUndefined();
    expect(staged.sheets.map((s) => s.title)).toEqual(direct.sheets.map((s) => s.title));
  });

  it('leaves a large tab as it was when a later batch fails, and the next write clears the staging tab', () => {
    const { w, book } = world();
    writeBatches(book.id, [
      {
        title: 'Реестр',
        requests: sheetRequests(cyrillicSheet('Реестр', 100, 'старый'), { sheetId: 5, existing: null }),
      },
    ]);
    const before = look(sheetNamed(book, 'Реестр')!);
    const write = (word: string) => {
      const meta = readMeta(book.id);
      const existing = meta.sheets.find((s) => s.title === 'Реестр')!;
      const requests = sheetRequests(cyrillicSheet('Реестр', 4_500_000, word), { sheetId: 5, existing });
      return writeBatches(book.id, [{ title: 'Реестр', requests }], { meta });
    };
    w.failBatch = { okBefore: 1, message: 'Internal error encountered.' };
    expect(() => write('новый')).toThrow(PartialWriteError);
    expect(look(sheetNamed(book, 'Реестр')!)).toEqual(before);
    const leftover = sheetNamed(book, stagingTitle('Реестр'));
    expect(leftover?.hidden).toBe(true);
    const outcome = write('новейший');
    expect(outcome.written).toEqual(['Реестр']);
    expect(sheetNamed(book, stagingTitle('Реестр'))).toBeUndefined();
    expect(String(valuesOf(sheetNamed(book, 'Реестр')!)[0]?.[0])).toBe('Сформировано новейший');
  });
});
