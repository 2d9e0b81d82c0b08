import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallCounter } from '../../test/apps-script/fake/calls';
import { sheetNamed } from '../../test/apps-script/fake/model';
import { fakeSheetsService } from '../../test/apps-script/fake/sheets-api';
import { FakeWorld } from '../../test/apps-script/fake/world';
import { readMeta } from '../adapter/spreadsheet-meta';
import type { Books } from '../infra/books';
import type { OrgTabContent } from './org-tab-content';
import { type CachedFile, ReportCache } from './report-cache';

/** A committee spreadsheet in the fake, and the part of `Books` the cache uses. */
function committee() {
  const world = new FakeWorld();
  const book = world.createSpreadsheet('Профкарта — комитет', 'ivanova@example.ru');
  const counter = new CallCounter();
  vi.stubGlobal('Sheets', fakeSheetsService(world, counter));
  let meta = readMeta(book.id);
  const books = {
    committeeId: book.id,
    committeeMeta: () => meta,
    refresh: () => {
      meta = readMeta(book.id);
    },
  } as unknown as Books;
  counter.reset();
  return { world, book, books, counter };
}

const content = (text: string): OrgTabContent => ({
  title: 'S0001',
  sheetId: 7,
  rows: 200,
  columns: 8,
  protections: [],
  values: [['Проверено'], ['ФИО', text], ['Часов', 36, true]],
  links: [[], [null, 'https://example.ru']],
  notes: { '1,1': 'Ожидается ФИО' },
});

const kept = (text: string, m = '2024-02-01T05:00:00.000Z'): CachedFile => ({
  header: { id: 'file_S0001', m },
  content: content(text),
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ReportCache', () => {
  it('keeps each file in a row of the hidden «Кэш отчётов», read back as it was written, in one read', () => {
    const { book, books, counter } = committee();
    const cache = ReportCache.read(books);
    cache.set('S0001', kept('Иванова Мария Петровна'));
    cache.set('D0002', {
      header: { id: 'file_D0002', m: 'x', w: 5, by: 'ivanova@example.ru', marks: 'k' },
      content: null,
    });
    cache.flush();
    expect(sheetNamed(book, 'Кэш отчётов')?.hidden).toBe(true);
    counter.reset();
    const again = ReportCache.read(books);
    expect(counter.get('Sheets.Spreadsheets.Values.batchGet')).toBe(1);
    expect(again.get('S0001')).toEqual(kept('Иванова Мария Петровна'));
    expect(again.get('D0002')).toEqual({
      header: { id: 'file_D0002', m: 'x', w: 5, by: 'ivanova@example.ru', marks: 'k' },
      content: null,
    });
    expect(again.get('S0003')).toBeUndefined();
  });

  it('cuts a large file into cells of at most 50,000 characters, and rewrites only changed rows', () => {
    const { book, books, counter } = committee();
    const cache = ReportCache.read(books);
    const long = 'Ё'.repeat(120_000);
    cache.set('S0001', kept(long));
    cache.set('S0002', kept('коротко'));
    cache.flush();
    const tab = sheetNamed(book, 'Кэш отчётов')!;
    const cells = tab.cells[0]!.map((c) => String(c?.value ?? ''));
    expect(cells.length).toBeGreaterThan(4);
    expect(Math.max(...cells.map((c) => c.length))).toBeLessThanOrEqual(50_000);
    const next = ReportCache.read(books);
    next.set('S0001', kept('короче'));
    counter.reset();
    next.flush();
    expect(counter.get('Sheets.Spreadsheets.batchUpdate')).toBe(1);
    const back = ReportCache.read(books);
    expect(back.get('S0001')?.content?.values[1]).toEqual(['ФИО', 'короче']);
    expect(back.get('S0002')?.content?.values[1]).toEqual(['ФИО', 'коротко']);
    expect(tab.cells[0]!.slice(3).every((c) => !c?.value)).toBe(true);
  });

  it('never cuts between the halves of a character outside the BMP', () => {
    const { book, books } = committee();
    const cache = ReportCache.read(books);
    // Either parity of the cut: one of the two would fall inside a pair.
    cache.set('S0001', kept('😀'.repeat(40_000)));
    cache.set('S0002', kept(`a${'😀'.repeat(40_000)}`));
    cache.flush();
    for (const row of sheetNamed(book, 'Кэш отчётов')!.cells.slice(0, 2)) {
      for (const cell of row!.slice(2)) expect(String(cell?.value)).not.toMatch(/[\ud800-\udbff]$/);
    }
    expect(ReportCache.read(books).get('S0002')?.content?.values[1]?.[1]).toBe(`a${'😀'.repeat(40_000)}`);
  });

  it('takes a damaged row for no row: that file is read again', () => {
    const { book, books } = committee();
    const cache = ReportCache.read(books);
    cache.set('S0001', kept('a'));
    cache.set('S0002', kept('b'));
    cache.flush();
    const tab = sheetNamed(book, 'Кэш отчётов')!;
    tab.cells[0]![1]!.value = '{"id": 5}';
    tab.cells[1]![2]!.value = '{"title": "S0002", "values": 3}';
    const back = ReportCache.read(books);
    expect(back.get('S0001')).toBeUndefined();
    expect(back.get('S0002')?.content).toBeNull();
  });
});
