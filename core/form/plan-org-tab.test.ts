import { describe, expect, it } from 'vitest';
import { filledOrgSheet, type Grid, headerRowOf, rowOfLabel } from '../../test/fixtures/filled-org-sheet';
import { deleteRow, findRow, insertRow, moveSection, typeAt } from '../../test/fixtures/form-edits';
import { sampleOrg, sampleSettings } from '../../test/fixtures/sample-org';
import { sheetFromOutput } from '../../test/fixtures/sheet-from-output';
import { formatIssue } from '../issues/format-issue';
import { builtinRoadmap } from '../roadmap/builtin-roadmap';
import { formSections, movedValuesBlock } from './form-spec';
import { checkLineCell, type OrgTabInput, type OrgTabPlan, planOrgTab } from './plan-org-tab';
import { readSubmission } from './read-submission';
import type { RecommendationLine } from './render-org-tab';
import { typedCells, valueKey } from './typed-cells';

const roadmap = builtinRoadmap();
const org = sampleOrg();
const settings = sampleSettings();
const ctx = { org, roadmap, settings, asOf: '2024-02-01', timeZone: 'UTC' } as const;
const titles = formSections.map((s) => s.title);
const lines: RecommendationLine[] = [
  { key: 'no_events', code: 'no_events', message: 'Примите участие в мероприятиях дорожной карты.' },
];

function plan(existing: Grid, scope: OrgTabInput['scope'], more: Partial<OrgTabInput> = {}): OrgTabPlan {
  const result = planOrgTab({ org, roadmap, settings, existing, timeZone: 'UTC', scope, ...more });
  if (!result.ok) throw new Error(formatIssue(result.issue, 'addon'));
  return result.plan;
}

/** The tab after the write: for a line-only plan the rows below `from` are the existing ones anyway. */
function written(p: OrgTabPlan): Grid {
  return sheetFromOutput(p.sheet);
}

const entered = (grid: Grid) =>
  typedCells(grid, 'UTC')
    .map((c) => valueKey(c.value))
    .sort();

const movedBlock = (grid: Grid) => {
  const start = findRow(grid, movedValuesBlock.title);
  return start < 0 ? [] : grid.values.slice(start + 3).map((row) => [row[0], row[1]]);
};

describe('planOrgTab', () => {
  it('lays an untouched filled tab out exactly as it is, moving nothing', () => {
    const filled = filledOrgSheet(org, roadmap);
    const p = plan(filled, 'whole');
    expect(p.moved).toEqual([]);
    const after = written(p);
    const trim = (rows: unknown[][]) =>
      rows.map((row) => {
        const cells = row.map((v) => v ?? null);
        while (cells.length && cells[cells.length - 1] === null) cells.pop();
        return JSON.stringify(cells);
      });
    expect(trim(after.values)).toEqual(trim(filled.values));
    expect(findRow(after, '6. Повышение квалификации педагогов')).toBe(
      findRow(filled, '6. Повышение квалификации педагогов'),
    );
  });

  it.each([
    ['exceljs', 'UTC', new Date('2023-08-31T00:00:00Z')],
    ['Apps Script in Chelyabinsk', 'Asia/Yekaterinburg', new Date('2023-08-30T19:00:00Z')],
  ])('keeps a real date cell (%s) in its place, not in «Перенесённые значения»', (_, timeZone, date) => {
    // Excel, LibreOffice, Р7-Офис and Sheets turn a typed 31.08.2023 into a date cell.
    const filled = filledOrgSheet(org, roadmap);
    const r = rowOfLabel(filled, 'Дата приказа');
    filled.values[r]![1] = date;
    const p = plan(filled, 'whole', { timeZone });
    expect(p.moved).toEqual([]);
    expect(p.sheet.rows[r]?.[1]).toEqual({ kind: 'date', date: '2023-08-31' });
  });

  it('writes only from section 7 on for a build into a tab laid out as the template', () => {
    const filled = filledOrgSheet(org, roadmap);
    const p = plan(filled, 'build', { recommendations: lines });
    expect(p.from).toBe(findRow(filled, '7. Рекомендации комитета'));
    expect(readSubmission(written(p), ctx).submission.decisions.map((d) => d.code)).toEqual(['no_events']);
  });

  it('keeps the training rows when section 7 was moved above section 6 and the summary is built', () => {
    const filled = filledOrgSheet(org, roadmap, {
      training: [
        ['Петров Иван Сергеевич', 'Профориентация в школе', '36', '15.05.2023', 'Удостоверение № 7423-1'],
        ['Сидорова Мария Олеговна', 'Навигатор', '72', '01.06.2023', 'Удостоверение № 11'],
      ],
    });
    moveSection(filled, '7. Рекомендации комитета', titles, (g) => findRow(g, '6. Повышение квалификации педагогов'));
    const before = readSubmission(filled, ctx).submission.training.map(({ row: _, ...t }) => t);
    expect(before).toHaveLength(2);
    const p = plan(filled, 'build', { recommendations: lines });
    expect(p.from).toBe(0);
    const after = written(p);
    expect(readSubmission(after, ctx).submission.training.map(({ row: _, ...t }) => t)).toEqual(before);
    expect(entered(after)).toEqual(entered(filled));
  });

  it.each([
    ['4. Исполнение дорожной карты', 'roadmap'],
    ['5. Участие в мероприятиях', 'events'],
    ['6. Повышение квалификации педагогов', 'training'],
  ] as const)('keeps the table «%s» whose header row was deleted, and writes its header back', (title, key) => {
    const filled = filledOrgSheet(org, roadmap);
    const rowsOf = (grid: Grid) =>
      readSubmission(grid, ctx).submission[key].map((r) => JSON.stringify({ ...r, row: 0 }));
    const before = rowsOf(filled);
    expect(before.length).toBeGreaterThan(0);
    deleteRow(filled, headerRowOf(filled, title));
    const p = plan(filled, 'whole');
    const after = written(p);
    expect(rowsOf(after)).toEqual(before);
    expect(p.moved).toEqual([]);
    expect(entered(after)).toEqual(entered(filled));
  });

  it('keeps the name when the «ФИО» label was renamed, and the renamed label in «Перенесённые значения»', () => {
    const filled = filledOrgSheet(org, roadmap);
    const row = rowOfLabel(filled, 'ФИО');
    typeAt(filled, row, 0, 'Ф.И.О. ответственного');
    expect(readSubmission(filled, ctx).submission.responsible.fullName).toBeNull();
    const after = written(plan(filled, 'whole'));
    expect(readSubmission(after, ctx).submission.responsible.fullName).toBe('Иванова Анна Петровна');
    expect(movedBlock(after)).toEqual([[`было в A${row + 1}`, 'Ф.И.О. ответственного']]);
    expect(entered(after)).toEqual(entered(filled));
  });

  it('keeps text typed beside a field in place, and text between sections and in inserted rows in the block', () => {
    const filled = filledOrgSheet(org, roadmap);
    const name = rowOfLabel(filled, 'ФИО');
    typeAt(filled, name, 3, 'на время отпуска — Петрова');
    typeAt(filled, findRow(filled, '4. Исполнение дорожной карты') - 1, 0, 'раздел 3 сверен с ОО-1');
    insertRow(filled, rowOfLabel(filled, 'Должность'), ['Примечание: приказ в работе']);
    const events = headerRowOf(filled, '5. Участие в мероприятиях');
    insertRow(filled, events + 1, [null, null, null, null, null, null, 'вписано вручную']);
    const p = plan(filled, 'whole');
    const after = written(p);
    expect(entered(after)).toEqual(entered(filled));
    expect(after.values[rowOfLabel(after, 'ФИО')]?.[3]).toBe('на время отпуска — Петрова');
    expect(p.moved.map((m) => m.value).sort()).toEqual(['Примечание: приказ в работе', 'раздел 3 сверен с ОО-1']);
    expect(after.values[headerRowOf(after, '5. Участие в мероприятиях') + 1]?.[6]).toBe('вписано вручную');
  });

  it('keeps text typed over the cells the template fills (section 1, a roadmap item\u2019s title and term), as a new user typed it', () => {
    // fill112b.mjs / fill112c.mjs: typed into grey cells of the file split sent, then collected.
    const filled = filledOrgSheet(org, roadmap);
    const items = headerRowOf(filled, '4. Исполнение дорожной карты');
    const typed: [number, number, string][] = [
      [rowOfLabel(filled, 'Наименование'), 1, `${org.name} (новое наименование с 01.09.2024)`],
      [rowOfLabel(filled, 'Район'), 1, 'Курчатовский район'],
      [items + 1, 2, 'перенесли на ноябрь'],
      [items + 2, 1, 'Определение уровня — сделано на педсовете'],
      [rowOfLabel(filled, 'Обучающихся 6–9 классов'), 2, '800 (по ОО-1 на 20.09)'],
      [2, 0, 'Заполнила Кузнецова, тел. 222-33-44'],
    ];
    for (const [r, c, value] of typed) typeAt(filled, r, c, value);
    const p = plan(filled, 'whole', { sameTemplate: true });
    const address = (r: number, c: number) => `${String.fromCharCode(65 + c)}${r + 1}`;
    expect(movedBlock(written(p)).sort()).toEqual(
      typed.map(([r, c, value]) => [`было в ${address(r, c)}`, value]).sort(),
    );
    // What the template writes there is the add-on's own, and moves nowhere.
    expect(plan(filledOrgSheet(org, roadmap), 'whole', { sameTemplate: true }).moved).toEqual([]);
  });

  it('takes the old wording of a reworded roadmap item for the template\u2019s own on an upgrade, moving nothing', () => {
    const filled = filledOrgSheet(org, roadmap);
    const reworded = {
      ...roadmap,
      items: roadmap.items.map((item, i) => (i === 1 ? { ...item, title: `${item.title} (в новой редакции)` } : item)),
    };
    const p = planOrgTab({ org, roadmap: reworded, settings, existing: filled, timeZone: 'UTC', scope: 'whole' });
    expect(p.ok && p.plan.moved).toEqual([]);
  });

  it('keeps a row the school added to section 4 under «Строки, добавленные организацией», not as a removed item', () => {
    // fill015b.mjs: a row inserted into section 4 that never was in the roadmap.
    const filled = filledOrgSheet(org, roadmap);
    const added = ['доп.', 'Школьный профориентационный квест', 'март 2025', 'выполнено', '01.03.2025'];
    insertRow(filled, headerRowOf(filled, '4. Исполнение дорожной карты') + 3, added);
    const once = written(plan(filled, 'whole'));
    const twice = written(plan(once, 'whole'));
    for (const after of [once, twice]) {
      expect(findRow(after, 'Удалённые пункты')).toBe(-1);
      const block = findRow(after, 'Строки, добавленные организацией');
      expect(block).toBeGreaterThan(findRow(after, '7. Рекомендации комитета'));
      expect(after.values[block + 1]?.[0]).toMatch(/^Эти строки организация вписала в раздел 4 сама/);
      expect(after.values[block + 2]?.slice(0, 3)).toEqual(['Пункт', 'Мероприятие', 'Срок']);
      expect(after.values[block + 3]?.slice(0, 5)).toEqual(added);
      expect(entered(after)).toEqual(entered(filled));
    }
    expect(readSubmission(once, ctx).issues.filter((i) => i.severity === 'error')).toEqual(
      readSubmission(filledOrgSheet(org, roadmap), ctx).issues.filter((i) => i.severity === 'error'),
    );
  });

  it('keeps a moved value when rendered again, in its block, without moving it twice', () => {
    const filled = filledOrgSheet(org, roadmap);
    typeAt(filled, findRow(filled, '2. Ответственный за профориентацию') - 1, 2, 'заметка');
    const once = written(plan(filled, 'whole'));
    const twice = written(plan(once, 'build', { recommendations: lines }));
    const thrice = written(plan(twice, 'whole'));
    expect(movedBlock(thrice)).toEqual([[expect.stringMatching(/^было в C\d+$/), 'заметка']]);
    expect(entered(thrice)).toEqual(entered(filled));
  });

  it('writes the check line where it stands when the school inserted a row above it', () => {
    const filled = filledOrgSheet(org, roadmap);
    insertRow(filled, 0, ['Черновик, не отправлять']);
    expect(checkLineCell(filled)).toEqual({ row: 2, column: 0 });
    const p = plan(filled, 'line', { checkLine: 'Проверено 01.02.2024 10:00: 0 ошибок, 0 предупреждений' });
    expect(p.lineCell).toEqual({ row: 2, column: 0 });
    expect(p.moved).toEqual([]);
    expect(p.from).toBe(filled.values.length);
  });

  it('moves a value typed over the check-result cell before the check writes its line there', () => {
    const filled = filledOrgSheet(org, roadmap);
    typeAt(filled, 1, 0, 'Отчёт сдан директору');
    const p = plan(filled, 'line', { checkLine: 'Проверено 01.02.2024 10:00: 0 ошибок, 0 предупреждений' });
    expect(p.lineCell).toEqual({ row: 1, column: 0 });
    expect(p.moved).toEqual([expect.objectContaining({ address: 'A2', value: 'Отчёт сдан директору' })]);
    expect(p.from).toBe(filled.values.length);
    expect(movedBlock(written(p))).toEqual([['было в A2', 'Отчёт сдан директору']]);
  });

  it('refuses to write into a tab that is not the form but holds values, saying which tab', () => {
    const foreign: Grid = { name: 'SCH001', values: [['Список дел'], ['позвонить в комитет']], links: [] };
    for (const scope of ['whole', 'build', 'line'] as const) {
      const result = planOrgTab({ org, roadmap, settings, existing: foreign, timeZone: 'UTC', scope });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.issue).toMatchObject({ code: 'form_write_refused_unrecognised', tab: 'SCH001', org: 'SCH001' });
        expect(formatIssue(result.issue, 'addon')).toContain('Лист «SCH001» не похож на форму организации');
      }
    }
  });

  it('refuses a tab where too many values would have to move', () => {
    const filled = filledOrgSheet(org, roadmap);
    for (let i = 0; i < 250; i++) typeAt(filled, filled.values.length, 9, `строка ${i}`);
    const result = planOrgTab({ org, roadmap, settings, existing: filled, timeZone: 'UTC', scope: 'whole' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issue).toMatchObject({ code: 'form_write_refused_too_many', params: { count: 250 } });
  });

  it('renders a new tab when there is none, and does not change the tab it reads', () => {
    expect(planOrgTab({ org, roadmap, settings, timeZone: 'UTC', scope: 'whole' }).ok).toBe(true);
    const filled = filledOrgSheet(org, roadmap);
    typeAt(filled, 1, 0, 'заметка');
    const before = JSON.stringify(filled);
    plan(filled, 'build', { recommendations: lines });
    expect(JSON.stringify(filled)).toBe(before);
  });
});
