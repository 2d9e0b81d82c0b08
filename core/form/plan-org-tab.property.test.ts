import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filledOrgSheet, type Grid } from '../../test/fixtures/filled-org-sheet';
import { deleteRow, findRow, insertRow, moveSection, typeAt } from '../../test/fixtures/form-edits';
import { sampleOrg, sampleSettings } from '../../test/fixtures/sample-org';
import { sheetFromOutput } from '../../test/fixtures/sheet-from-output';
import type { OutValue } from '../grid/output-sheet';
import { formatIssue } from '../issues/format-issue';
import { builtinRoadmap } from '../roadmap/builtin-roadmap';
import { notCheckedText } from './form-lines';
import {
  formSections,
  movedValuesBlock,
  recommendationCodeColumn,
  removedItemsIntro,
  removedItemsTitle,
  roadmapSection,
  responsibleSection,
  profminimumSection,
  eventsSection,
  trainingSection,
  decisionsSection,
  organisationSection,
} from './form-spec';
import { planOrgTab, type OrgTabInput } from './plan-org-tab';
import { type RecommendationLine, renderOrgTab } from './render-org-tab';

/**
 * Design §10: no write makes a typed value disappear. Random edits a school may make to its
 * filled tab (text typed over the grey cells the template fills among them), then «Создать и обновить листы» (the whole tab) and «Собрать сводку» (a build, and
 * the command line's copy): the multiset of entered values is the same after each write.
 *
 * «Entered» is judged independently of the code under test: a non-empty cell whose value is not a
 * text the template or the add-on writes (titles, labels, hints, headers, the roadmap's columns,
 * section 1, check lines, recommendations and their keys, the blocks' own lines).
 */

const roadmap = builtinRoadmap();
const settings = sampleSettings();
const org = sampleOrg();
const titles = formSections.map((s) => s.title);
const allLines: RecommendationLine[] = [
  { key: 'has_errors', code: 'has_errors', message: 'В отчёте 2 ошибки: исправьте их.' },
  { key: 'item_overdue:1.2', code: 'item_overdue', message: 'Просрочено: п. 1.2 «Назначить ответственного».' },
  { key: 'item_overdue:2.2', code: 'item_overdue', message: 'Просрочено: п. 2.2 «План».' },
  { key: 'no_events', code: 'no_events', message: 'Примите участие в мероприятиях.' },
];
const checkLine = 'Проверено 01.02.2024 10:00: 1 ошибка, 0 предупреждений';

const base = filledOrgSheet(org, roadmap, {
  training: [
    ['Петров Иван Сергеевич', 'Профориентация в школе', '36', '15.05.2023', 'Удостоверение № 7423-1'],
    ['Сидорова Мария Олеговна', 'Навигатор', '72', '01.06.2023', 'Удостоверение № 11'],
  ],
});

function key(value: unknown): string {
  if (value instanceof Date) return `d:${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'number') return `n:${value}`;
  return `s:${String(value)}`;
}

/** Every text the template and the add-on write, whatever the recommendations. */
const addOnTexts = (() => {
  const texts = new Set<string>();
  for (const lines of [undefined, allLines]) {
    for (const row of renderOrgTab(org, roadmap, settings, undefined, lines).rows) {
      for (const v of row) if (v !== null && typeof v !== 'object') texts.add(key(v));
    }
  }
  for (const line of allLines) texts.add(key(line.key));
  for (const t of [
    notCheckedText,
    checkLine,
    removedItemsTitle,
    removedItemsIntro,
    movedValuesBlock.title,
    movedValuesBlock.intro,
    ...movedValuesBlock.columns.map((c) => c.header),
    ...roadmapSection.columns.map((c) => c.header),
  ]) {
    texts.add(key(t));
  }
  return texts;
})();

function enteredValues(grid: Grid): string[] {
  const found: string[] = [];
  grid.values.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return;
      const k = key(v);
      if (addOnTexts.has(k) || /^s:было в [A-Z]+\d+$/.test(k)) return;
      const link = grid.links[r]?.[c];
      found.push(link ? `${k}|${link}` : k);
    });
  });
  return found.sort();
}

const labels = [...responsibleSection.fields, ...profminimumSection.fields].map((f) => f.label);
const headers = [roadmapSection, eventsSection, trainingSection].map((s) => s.title);

type Edit =
  | { kind: 'move'; section: number; before: number }
  | { kind: 'insert'; at: number; text: string | null; column: number }
  | { kind: 'delete'; at: number }
  | { kind: 'deleteHeader'; section: number }
  | { kind: 'rename'; label: number; text: string }
  | { kind: 'stray'; row: number; column: number; text: string }
  | { kind: 'decision'; row: number; text: string }
  | { kind: 'overTemplate'; target: number; column: number; text: string };

const word = fc.constantFrom(
  'заметка',
  'см. приказ',
  'уточнить',
  '42',
  'проверено завучем',
  'Иванов И. И.',
  'нет данных',
);
const stray = fc.tuple(word, fc.integer({ min: 1, max: 999 })).map(([w, n]) => `${w} ${n}`);
const fraction = fc.double({ min: 0, max: 0.999, noNaN: true });

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('move' as const),
    section: fc.integer({ min: 1, max: 6 }),
    before: fc.integer({ min: 0, max: 7 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fraction,
    text: fc.option(stray, { nil: null }),
    column: fc.integer({ min: 0, max: 9 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fraction }),
  fc.record({ kind: fc.constant('deleteHeader' as const), section: fc.integer({ min: 0, max: 2 }) }),
  fc.record({
    kind: fc.constant('rename' as const),
    label: fc.integer({ min: 0, max: labels.length - 1 }),
    text: stray,
  }),
  fc.record({
    kind: fc.constant('stray' as const),
    row: fraction,
    column: fc.integer({ min: 0, max: 10 }),
    text: stray,
  }),
  fc.record({ kind: fc.constant('decision' as const), row: fc.integer({ min: 0, max: 3 }), text: stray }),
  fc.record({
    kind: fc.constant('overTemplate' as const),
    target: fc.integer({ min: 0, max: 40 }),
    column: fc.integer({ min: 1, max: 2 }),
    text: stray,
  }),
);

const organisationLabels = organisationSection.fields.map((f) => f.label);

/** Rows of section 4 (and «Удалённые пункты») that carry a roadmap item, as the template fills them. */
function itemRows(grid: Grid): number[] {
  const rows: number[] = [];
  const start = findRow(grid, roadmapSection.title);
  if (start < 0) return rows;
  for (let r = start + 1; r < grid.values.length && !isTitleRow(grid, r); r++) {
    if (typeof grid.values[r]?.[0] === 'string' && /^\d+(\.\d+)*(\/\d+)?$/.test(grid.values[r]![0] as string))
      rows.push(r);
  }
  return rows;
}

const isTitleRow = (grid: Grid, r: number) => titles.some((t) => findRow(grid, t) === r);

function apply(grid: Grid, e: Edit): void {
  const n = grid.values.length;
  switch (e.kind) {
    case 'move': {
      const title = titles[e.section]!;
      const target = e.before < titles.length ? titles[e.before]! : null;
      if (target === title) return;
      moveSection(grid, title, titles, (g) => (target ? findRow(g, target) : g.values.length));
      return;
    }
    case 'insert':
      insertRow(
        grid,
        Math.floor(e.at * (n + 1)),
        e.text === null ? [] : Array.from({ length: e.column + 1 }, (_, c) => (c === e.column ? e.text : null)),
      );
      return;
    case 'delete': {
      const r = Math.floor(e.at * n);
      if (!isTitleRow(grid, r)) deleteRow(grid, r);
      return;
    }
    case 'deleteHeader': {
      const title = findRow(grid, headers[e.section]!);
      if (title >= 0) deleteRow(grid, title + 1);
      return;
    }
    case 'rename': {
      const r = findRow(grid, labels[e.label]!);
      if (r >= 0) typeAt(grid, r, 0, e.text);
      return;
    }
    case 'stray': {
      const r = Math.floor(e.row * (n + 3));
      const cell = grid.values[r]?.[e.column];
      if (cell === null || cell === undefined || cell === '') typeAt(grid, r, e.column, e.text);
      return;
    }
    case 'overTemplate': {
      // Typed over a grey cell the template fills: section 1's value, an item's title or term.
      if (e.target < organisationLabels.length) {
        const r = findRow(grid, organisationLabels[e.target]!);
        if (r >= 0) typeAt(grid, r, 1, e.text);
        return;
      }
      const rows = itemRows(grid);
      const r = rows[e.target % Math.max(1, rows.length)];
      if (r !== undefined) typeAt(grid, r, e.column, e.text);
      return;
    }
    case 'decision': {
      const r = findRow(grid, decisionsSection.title);
      if (r >= 0 && !isTitleRow(grid, r + 2 + e.row)) typeAt(grid, r + 2 + e.row, 1, e.text);
      return;
    }
  }
}

function write(existing: Grid, scope: OrgTabInput['scope'], more: Partial<OrgTabInput> = {}): Grid {
  // The tab was laid out by this template: what else stands in its grey cells was typed over.
  const result = planOrgTab({ org, roadmap, settings, existing, timeZone: 'UTC', scope, sameTemplate: true, ...more });
  if (!result.ok) throw new Error(formatIssue(result.issue, 'addon'));
  return sheetFromOutput(result.plan.sheet);
}

function clone(grid: Grid): Grid {
  return { name: grid.name, values: grid.values.map((r) => [...r]), links: grid.links.map((r) => [...r]) };
}

/** Recommendation keys stand only in the hidden column H. */
function keysVisible(grid: Grid): { row: number; column: number; value: unknown }[] {
  const keys = new Set(allLines.map((l) => l.key));
  return grid.values.flatMap((row, r) =>
    row
      .map((value, column) => ({ row: r, column, value }))
      .filter((c) => c.column !== recommendationCodeColumn && typeof c.value === 'string' && keys.has(c.value)),
  );
}

describe('planOrgTab › no write makes a typed value disappear (property)', () => {
  it('keeps the multiset of entered values through random edits, an upgrade and a build', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), fc.subarray(allLines), (edits, lines) => {
        const grid = clone(base);
        for (const e of edits) apply(grid, e);
        const entered = enteredValues(grid);
        const upgraded = write(grid, 'whole');
        expect(enteredValues(upgraded)).toEqual(entered);
        const built = write(upgraded, 'build', { recommendations: lines, checkLine });
        expect(enteredValues(built)).toEqual(entered);
        const copied = write(grid, 'whole', { recommendations: lines, checkLine });
        expect(enteredValues(copied)).toEqual(entered);
        expect(keysVisible(built)).toEqual([]);
        expect(keysVisible(copied)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('changes nothing on a second upgrade', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const grid = clone(base);
        for (const e of edits) apply(grid, e);
        const once = write(grid, 'whole');
        const twice = write(once, 'whole');
        const plain = (g: Grid) => JSON.stringify(g.values.map((r) => r.map((v: unknown) => (v ?? null) as OutValue)));
        expect(plain(twice)).toBe(plain(once));
      }),
      { numRuns: 50 },
    );
  });
});
