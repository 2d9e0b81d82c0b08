import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues/issue';
import { toSheetData } from '../../test/helpers/output-to-sheet-data';
import type { SheetData } from '../grid/sheet-data';
import { formatIssue } from '../issues/format-issue';
import { builtinRoadmap } from './builtin-roadmap';
import { readRoadmap } from './read-roadmap';
import { roadmapForYear } from './roadmap-for-year';
import type { RoadmapItem } from './roadmap-item';
import { roadmapSheet } from './roadmap-sheet';

/** A parameter of any issue, for assertions over mixed codes. */
const param = (issue: Issue, name: string): unknown => (issue.params as Readonly<Record<string, unknown>>)[name];

const y2023 = { start: 2023 };

function grid(): unknown[][] {
  return toSheetData(roadmapSheet(builtinRoadmap())).values.map((row) => [...row]);
}

function sheet(values: unknown[][], links?: (string | null)[][]): SheetData {
  return links ? { name: 'Дорожная карта', values, links } : { name: 'Дорожная карта', values };
}

function rowOf(values: unknown[][], id: string): unknown[] {
  const row = values.find((r) => r[0] === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

describe('roadmapSheet', () => {
  it('writes the header of design §3 and one row per item', () => {
    const out = roadmapSheet(builtinRoadmap());
    expect(out.name).toBe('Дорожная карта');
    expect(out.rows[0]).toEqual([
      'Пункт',
      'Раздел',
      'Мероприятие',
      'Срок',
      'Ответственные',
      'Результат',
      'Отчитываются',
      'Вид',
      'Статус',
      'Дата выполнения',
      'Подтверждение',
    ]);
    expect(out.rows).toHaveLength(41);
    expect(out.rows.find((r) => r[0] === '5.2.6.2')?.slice(6, 8)).toEqual(['ДОО', 'мероприятие']);
    expect(out.format.frozenRows).toBe(1);
    expect(out.format.text?.[0]).toMatchObject({ row: 0, column: 0 });
    expect(out.format.dropdowns?.map((d) => d.column)).toEqual([7, 8]);
  });

  it('writes the committee’s execution, the date as a date', () => {
    const roadmap = builtinRoadmap();
    const items = roadmap.items.map(
      (item): RoadmapItem =>
        item.id === '4.1'
          ? { ...item, committee: { status: 'выполнено', doneOn: '2024-01-25', evidence: 'Справка № 7' } }
          : item,
    );
    const row = roadmapSheet({ ...roadmap, items }).rows.find((r) => r[0] === '4.1');
    expect(row?.slice(8)).toEqual(['выполнено', { kind: 'date', date: '2024-01-25' }, 'Справка № 7']);
  });
});

describe('readRoadmap', () => {
  it('reads the written built-in roadmap back unchanged, with no issues', () => {
    const read = readRoadmap(toSheetData(roadmapSheet(builtinRoadmap())), y2023, 'UTC');
    expect(read.issues).toEqual([]);
    expect(read.roadmap).toStrictEqual(builtinRoadmap());
  });

  it('reads the committee’s execution back, dates from Apps Script in Chelyabinsk time', () => {
    const roadmap = builtinRoadmap();
    const items = roadmap.items.map(
      (item): RoadmapItem =>
        item.id === '4.1'
          ? { ...item, committee: { status: 'выполнено', doneOn: '2024-01-25', evidence: 'Справка № 7' } }
          : item,
    );
    const data = toSheetData(roadmapSheet({ ...roadmap, items }), { offsetHours: 5 });
    const read = readRoadmap(data, y2023, 'Asia/Yekaterinburg');
    expect(read.issues).toEqual([]);
    expect(read.roadmap.items.find((i) => i.id === '4.1')?.committee).toEqual({
      status: 'выполнено',
      doneOn: '2024-01-25',
      evidence: 'Справка № 7',
    });
  });

  it('finds the header below a title, in another case, with columns moved', () => {
    const values = grid().map((row) => [row[3], row[0], row[2], row[6], row[7]]);
    const header = values[0] as unknown[];
    values[0] = header.map((h) => String(h).toUpperCase().replace('Е', 'Ё'));
    const read = readRoadmap(sheet([['Дорожная карта на 2023/2024'], [], ...values]), y2023, 'UTC');
    expect(read.issues).toEqual([]);
    expect(read.roadmap.items).toHaveLength(40);
    expect(read.roadmap.items.find((i) => i.id === '3.2')?.windows).toHaveLength(2);
  });

  it('reads new items and changed deadlines for a new school year', () => {
    const values = grid();
    rowOf(values, '1.2')[3] = 'Ноябрь';
    values.push(['5.2.9', '5 Меры', 'Новый конкурс «Юный инженер»', 'Март', 'Комитет', '', 'ООО, ОДО', 'мероприятие']);
    const read = readRoadmap(sheet(values), { start: 2024 }, 'UTC');
    const byId = new Map(read.roadmap.items.map((item) => [item.id, item]));
    expect(read.roadmap.schoolYear).toEqual({ start: 2024 });
    expect(byId.get('1.2')?.windows).toEqual([{ start: '2024-11-01', end: '2024-11-30' }]);
    expect(byId.get('5.2.9')).toMatchObject({
      kind: 'мероприятие',
      reporters: ['ООО', 'ОДО'],
      windows: [{ start: '2025-03-01', end: '2025-03-31' }],
    });
    // An old deadline with a year («август 2023 г.») is now out of range and said so, not guessed.
    expect(read.issues.some((issue) => issue.code === 'period_out_of_year' && issue.params.item === '2.2')).toBe(true);
  });

  it('reports an unreadable deadline at its cell and keeps the item without windows', () => {
    const values = grid();
    rowOf(values, '4.1')[3] = 'по возможности скоро';
    const read = readRoadmap(sheet(values), y2023, 'UTC');
    const row = values.findIndex((r) => r[0] === '4.1') + 1;
    expect(read.issues).toEqual([
      {
        code: 'period_unknown_words',
        severity: 'error',
        tab: 'Дорожная карта',
        row,
        column: 4,
        params: { words: 'по возможности скоро', item: '4.1' },
      },
    ]);
    expect(read.roadmap.items.find((i) => i.id === '4.1')?.windows).toEqual([]);
    expect(formatIssue(read.issues[0] ?? { code: 'period_empty', params: {} }, 'addon')).toContain(
      'Пункт 4.1: срок «по возможности скоро» не распознан, у пункта нет срока.',
    );
  });

  it('warns, not errs, at a deadline with no date, and keeps the item without windows', () => {
    const values = grid();
    rowOf(values, '4.1')[3] = 'по отдельному плану';
    const read = readRoadmap(sheet(values), y2023, 'UTC');
    const row = values.findIndex((r) => r[0] === '4.1') + 1;
    expect(read.issues).toEqual([
      {
        code: 'period_no_date',
        severity: 'warning',
        tab: 'Дорожная карта',
        row,
        column: 4,
        params: { words: 'по отдельному плану', item: '4.1' },
      },
    ]);
    expect(read.roadmap.items.find((i) => i.id === '4.1')?.windows).toEqual([]);
  });

  it('passes the notes of a deadline to its cell: a remark set aside (info), a window outside the year (warning)', () => {
    const values = grid();
    rowOf(values, '4.1')[3] = 'в течение года (по отдельному графику)';
    rowOf(values, '1.2')[3] = 'Октябрь 2022 г.';
    const read = readRoadmap(sheet(values), y2023, 'UTC');
    expect(read.issues.map((i) => [i.code, i.severity, param(i, 'item'), i.column])).toEqual([
      ['period_outside_school_year', 'warning', '1.2', 4],
      ['period_remark_ignored', 'info', '4.1', 4],
    ]);
  });

  it('reads term deadlines with the exact dates it is given', () => {
    const values = grid();
    rowOf(values, '4.1')[3] = 'II четверть';
    const terms = { 2: { start: '2023-11-07', end: '2023-12-29' } };
    const read = readRoadmap(sheet(values), y2023, 'UTC', { terms });
    expect(read.roadmap.items.find((i) => i.id === '4.1')?.windows).toEqual([terms[2]]);
  });

  it('reads a deadline the sheet turned into a date, as a Date or as a serial number', () => {
    const values = grid();
    rowOf(values, '4.1')[3] = new Date('2024-01-14T19:00:00Z');
    rowOf(values, '1.2')[3] = 45214;
    const read = readRoadmap(sheet(values), y2023, 'Asia/Yekaterinburg');
    expect(read.issues).toEqual([]);
    const byId = new Map(read.roadmap.items.map((item) => [item.id, item]));
    expect(byId.get('4.1')).toMatchObject({
      period: '15.01.2024',
      windows: [{ start: '2024-01-15', end: '2024-01-15' }],
    });
    expect(byId.get('1.2')).toMatchObject({
      period: '15.10.2023',
      windows: [{ start: '2023-10-15', end: '2023-10-15' }],
    });
  });

  it('skips a duplicate number and says where the first one is', () => {
    const values = grid();
    values.push([...rowOf(values, '1.2')]);
    const read = readRoadmap(sheet(values), y2023, 'UTC');
    expect(read.issues).toEqual([
      expect.objectContaining({
        code: 'roadmap_duplicate_item',
        row: values.length,
        column: 1,
        params: { item: '1.2', firstRow: 3 },
      }),
    ]);
    expect(read.roadmap.items).toHaveLength(40);
  });

  it('reports unknown reporter types, kinds and statuses and keeps what it can', () => {
    const values = grid();
    const row = rowOf(values, '1.2');
    row[6] = 'ООО, СПО; doo';
    row[7] = 'событие';
    row[8] = 'готово';
    const read = readRoadmap(sheet(values), y2023, 'UTC');
    expect(read.issues.map((i) => [i.code, i.severity, i.column, param(i, 'value')])).toEqual([
      ['roadmap_unknown_reporter', 'error', 7, ['СПО', 'doo']],
      ['roadmap_unknown_kind', 'warning', 8, 'событие'],
      ['roadmap_unknown_status', 'warning', 9, 'готово'],
    ]);
    expect(read.roadmap.items.find((i) => i.id === '1.2')).toMatchObject({ reporters: ['ООО'], kind: 'пункт' });
  });

  it('turns numbers and dates found in Пункт back into item numbers', () => {
    const values = grid();
    rowOf(values, '1.2')[0] = 1.2;
    rowOf(values, '5.1.1')[0] = new Date('2001-01-05T00:00:00Z');
    rowOf(values, '2.1')[0] = new Date('2024-01-02T00:00:00Z');
    const read = readRoadmap(sheet(values), y2023, 'UTC');
    expect(read.roadmap.items.map((i) => i.id)).toEqual(builtinRoadmap().items.map((i) => i.id));
    expect(read.issues.map((i) => [i.code, param(i, 'value'), param(i, 'guess')])).toEqual([
      ['roadmap_item_number_was_date', '02.01.2024', '2.1'],
      ['roadmap_item_number_was_date', '05.01.2001', '5.1.1'],
    ]);
  });

  it('numbers a row without a number under the last numbered row, reports bad numbers and skips headings', () => {
    const values = grid();
    values.push(['', '', 'Мероприятие без номера', 'Май', '', '', 'ООО', 'пункт']);
    values.push(['пять', '', 'Что-то', 'Май', '', '', 'ООО', 'пункт']);
    values.push(['5.4', '', 'Новый раздел: заголовок']);
    values.push(['', '', 'Подзаголовок без номера и срока']);
    values.push([]);
    const read = readRoadmap(sheet(values), y2023, 'UTC');
    expect(read.issues.map((i) => [i.code, i.severity, param(i, 'item')])).toEqual([
      ['roadmap_item_numbered', 'info', '5.3.1.1'],
      ['roadmap_bad_item_number', 'error', undefined],
    ]);
    expect(read.roadmap.items).toHaveLength(41);
    expect(read.roadmap.items[40]).toMatchObject({ id: '5.3.1.1', title: 'Мероприятие без номера' });
  });

  it('reports a row without a number when no numbered row stands above it', () => {
    const read = readRoadmap(
      sheet([
        ['Пункт', 'Мероприятие', 'Срок'],
        ['', 'Без номера', 'Май'],
      ]),
      y2023,
      'UTC',
    );
    expect(read.issues.map((i) => i.code)).toEqual(['roadmap_missing_item_number']);
    expect(read.roadmap.items).toEqual([]);
  });

  it('reports missing required headers and derives the others', () => {
    // Without «Отчитываются»: the reporters come from the wording, the same as the built-in table.
    const values = grid().map((row) => [...row.slice(0, 6), row[7]]);
    const read = readRoadmap(sheet(values), y2023, 'UTC');
    expect(read.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(read.roadmap).toEqual(builtinRoadmap());
    const bare = readRoadmap(sheet([['что-то'], [1, 2]]), y2023, 'UTC');
    expect(bare.issues.map((i) => param(i, 'header'))).toEqual(['Пункт', 'Мероприятие', 'Срок']);
  });

  it('reads a blank «Ответственные» of a row as those of the item it stands under, not as the committee', () => {
    const read = readRoadmap(
      sheet([
        ['№ п/п', 'Мероприятие', 'Срок исполнения', 'Ответственные, исполнители'],
        ['3', 'Профориентационные мероприятия'],
        ['3.1', 'Профессиональные пробы', 'по отдельному плану', 'Общеобразовательные организации'],
        ['', 'Экскурсии на предприятия города', 'II четверть', ''],
        ['', 'Участие в проекте «Билет в будущее»', 'в течение года', ''],
        ['3.2', 'Неделя профориентации', 'Октябрь', 'Комитет'],
      ]),
      y2023,
      'UTC',
    );
    const by = new Map(read.roadmap.items.map((item) => [item.id, item]));
    expect(by.get('3.1.1')).toMatchObject({ reporters: ['ООО'], kind: 'пункт', responsible: [] });
    expect(by.get('3.1.2')).toMatchObject({ reporters: ['ООО'], kind: 'пункт' });
    expect(by.get('3.2')).toMatchObject({ reporters: [] });
    const shown = read.issues
      .filter((i) => i.code === 'roadmap_reporters_derived' && i.row === 4)
      .map((i) => formatIssue(i, 'cli'));
    expect(shown).toEqual([expect.stringContaining('«Ответственные» не заполнены — взяты у пункта 3.1')]);
  });

  it('names only the headers that are missing, whatever the row names', () => {
    const read = readRoadmap(
      sheet([
        ['Мероприятие', 'Срок исполнения', 'Ответственные'],
        ['Х', 'Май'],
      ]),
      y2023,
      'UTC',
    );
    expect(read.issues.map((i) => [i.code, param(i, 'header'), i.row])).toEqual([
      ['roadmap_missing_header', 'Пункт', 1],
    ]);
  });

  it('takes the evidence link when the cell shows no text', () => {
    const values = grid();
    const r = values.findIndex((row) => row[0] === '4.1');
    (values[r] as unknown[])[10] = '';
    (values[r] as unknown[])[8] = 'выполнено';
    const links = values.map((row) => row.map(() => null as string | null));
    (links[r] as (string | null)[])[10] = 'https://example.org/spravka';
    const item = readRoadmap(sheet(values, links), y2023, 'UTC').roadmap.items.find((i) => i.id === '4.1');
    expect(item?.committee).toEqual({ status: 'выполнено', doneOn: null, evidence: 'https://example.org/spravka' });
  });

  it('does not change the grid it reads', () => {
    const values = grid();
    const copy = structuredClone(values);
    readRoadmap(sheet(values), y2023, 'UTC');
    expect(values).toEqual(copy);
  });

  it('never throws on random grids', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.date({ noInvalidDate: false }),
      fc.constantFrom('Пункт', 'Срок', 'Мероприятие', 'Отчитываются', 'Вид', '1.2', '#N/A', 'Октябрь', 'ООО'),
      fc.object(),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 12 }), (values) => {
        const read = readRoadmap(sheet(values), y2023, 'Asia/Yekaterinburg');
        for (const issue of read.issues) expect(typeof formatIssue(issue, 'addon')).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});

describe('roadmapForYear', () => {
  it('uses the built-in roadmap for 2023/2024 when there is no tab or it is blank', () => {
    expect(roadmapForYear(y2023, undefined, 'UTC')).toMatchObject({ ok: true, source: 'builtin', issues: [] });
    expect(roadmapForYear(y2023, sheet([[''], [null]]), 'UTC')).toMatchObject({ ok: true, source: 'builtin' });
  });

  it('uses the tab when it has items', () => {
    const values = grid().slice(0, 3);
    const result = roadmapForYear({ start: 2024 }, sheet(values), 'UTC');
    expect(result).toMatchObject({ ok: true, source: 'tab' });
    expect(result.ok && result.roadmap.items.map((i) => i.id)).toEqual(['1.1', '1.2']);
  });

  it('refuses the built-in roadmap for another school year, in Russian', () => {
    const result = roadmapForYear({ start: 2024 }, undefined, 'UTC');
    expect(result).toMatchObject({ ok: false, code: 'roadmap_builtin_other_year' });
    expect(formatIssue(result.issues[0] ?? { code: 'period_empty', params: {} }, 'addon')).toContain('2024/2025');
  });

  it('falls back to the built-in one for 2023 when the tab has no item, and says so', () => {
    const result = roadmapForYear(
      y2023,
      sheet([
        ['Пункт', 'Срок'],
        ['', ''],
      ]),
      'UTC',
    );
    expect(result).toMatchObject({ ok: true, source: 'builtin' });
    expect(result.issues.map((i) => i.code)).toContain('roadmap_no_items');
  });
});
