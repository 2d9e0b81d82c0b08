import { describe, expect, it } from 'vitest';
import { filledOrgSheet, headerRowOf, rowOfLabel } from '../../test/fixtures/filled-org-sheet';
import { sampleOrg, sampleSettings } from '../../test/fixtures/sample-org';
import { sheetFromOutput } from '../../test/fixtures/sheet-from-output';
import { builtinRoadmap } from '../roadmap/builtin-roadmap';
import type { Roadmap } from '../roadmap/roadmap-item';
import { checkResultCell, orgTemplate, renderOrgTab } from './render-org-tab';
import { readSubmission } from './read-submission';

const roadmap = builtinRoadmap();
const settings = sampleSettings();
const org = sampleOrg();
const ctx = (r: Roadmap) => ({ org, roadmap: r, settings, asOf: '2024-02-01', timeZone: 'UTC' });

/** The roadmap with item 1.2 removed and a new item 1.3 added. */
function changedRoadmap(): Roadmap {
  const items = roadmap.items.filter((i) => i.id !== '1.2');
  const base = roadmap.items.find((i) => i.id === '1.2');
  if (!base) throw new Error('no 1.2');
  return { ...roadmap, items: [{ ...base, id: '1.3', title: 'Новый пункт' }, ...items] };
}

describe('orgTemplate', () => {
  it('lays out the form in columns A–H with the check line in A2 and the tab named by the code', () => {
    const tab = orgTemplate(org, roadmap, settings);
    expect(tab.name).toBe('SCH001');
    expect(tab.rows.every((r) => r.length === 8)).toBe(true);
    expect(tab.rows.length).toBeLessThan(200);
    expect(checkResultCell).toEqual({ row: 1, column: 0 });
    expect(tab.rows[1]?.[0]).toBe('Лист ещё не проверялся.');
    expect(tab.format.hiddenColumns).toEqual([7]);
  });

  it('leaves only value cells editable and formats identifiers as text and dates as dates', () => {
    const tab = orgTemplate(org, roadmap, settings);
    const grid = sheetFromOutput(tab);
    const phone = rowOfLabel(grid, 'Телефон');
    const code = rowOfLabel(grid, 'Код');
    const editable = tab.format.editable ?? [];
    const isEditable = (row: number, column: number) =>
      editable.some(
        (e) =>
          row >= e.row && row < e.row + (e.rows ?? 1) && column >= e.column && column < e.column + (e.columns ?? 1),
      );
    expect(isEditable(phone, 1)).toBe(true);
    expect(isEditable(phone, 0)).toBe(false);
    expect(isEditable(code, 1)).toBe(false);
    const items = headerRowOf(grid, '4. Исполнение дорожной карты') + 1;
    expect(isEditable(items, 0)).toBe(false);
    expect(isEditable(items, 3)).toBe(true);
    expect(tab.format.text).toContainEqual({ row: phone, column: 1 });
    expect(tab.format.text?.some((t) => t.row === items && t.column === 0)).toBe(true);
    expect(tab.format.numberFormats).toContainEqual({
      row: rowOfLabel(grid, 'Дата приказа'),
      column: 1,
      pattern: 'dd.mm.yyyy',
    });
    const statuses = tab.format.dropdowns?.find((d) => d.row === items && d.column === 3);
    expect(statuses?.values).toEqual(['не начато', 'в работе', 'выполнено', 'не участвуем']);
    const events = tab.format.dropdowns?.find((d) => d.column === 0 && d.values.some((v) => v.startsWith('5.2.6.3')));
    expect(events?.values).toContain('5.2.6.3 «Я выбираю»');
  });

  it('omits section 3 for a preschool organisation', () => {
    const grid = sheetFromOutput(orgTemplate(sampleOrg({ type: 'ДОО' }), roadmap, settings));
    expect(() => rowOfLabel(grid, '3. Профминимум')).toThrow();
  });
});

describe('renderOrgTab', () => {
  it('keeps every entered value when the roadmap changes, moving the removed item to «Удалённые пункты»', () => {
    const filled = filledOrgSheet(org, roadmap, { roadmap: { '1.2': [undefined, undefined, undefined, 'Сделано'] } });
    filled.links[headerRowOf(filled, '4. Исполнение дорожной карты') + 2]![5] = 'https://example.org/plan';
    const before = readSubmission(filled, ctx(roadmap)).submission;
    const next = changedRoadmap();
    const upgraded = sheetFromOutput(renderOrgTab(org, next, settings, filled));
    const after = readSubmission(upgraded, ctx(next));
    expect(after.issues).toEqual([]);
    const { submission } = after;
    expect(submission.responsible).toEqual(before.responsible);
    expect(submission.profminimum).toEqual(before.profminimum);
    expect(submission.events.map(({ row: _, ...e }) => e)).toEqual(before.events.map(({ row: _, ...e }) => e));
    expect(submission.training.map(({ row: _, ...t }) => t)).toEqual(before.training.map(({ row: _, ...t }) => t));
    const kept = (rows: typeof before.roadmap) =>
      rows.filter((r) => r.itemId !== '1.2' && r.itemId !== '1.3').map(({ row: _, ...r }) => r);
    expect(kept(submission.roadmap)).toEqual(kept(before.roadmap));
    expect(submission.roadmap.find((r) => r.itemId === '2.2')?.evidence?.link).toBe('https://example.org/plan');
    expect(submission.roadmap.find((r) => r.itemId === '1.3')?.status).toBe('не начато');
    const removed = rowOfLabel(upgraded, 'Удалённые пункты');
    const moved = upgraded.values.slice(removed).find((row) => row[0] === '1.2');
    expect(moved?.slice(3, 7)).toEqual(['выполнено', '31.10.2023', 'Приказ № 10 от 31.10.2023', 'Сделано']);
  });

  it('keeps the removed block when rendered again', () => {
    const filled = filledOrgSheet(org, roadmap);
    const next = changedRoadmap();
    const once = sheetFromOutput(renderOrgTab(org, next, settings, filled));
    const twice = sheetFromOutput(renderOrgTab(org, next, settings, once));
    expect(twice.values).toEqual(once.values);
  });

  it('writes the current recommendations and keeps decisions by code', () => {
    const first = sheetFromOutput(
      renderOrgTab(org, roadmap, settings, undefined, [
        { key: 'bvb_zero', code: 'bvb_zero', message: 'Зарегистрируйте обучающихся на «Билет в будущее».' },
        { key: 'no_events', code: 'no_events', message: 'Примите участие в мероприятиях.' },
      ]),
    );
    const header = headerRowOf(first, '7. Рекомендации комитета');
    first.values[header + 1]![1] = 'Назначен ответственный за платформу';
    first.values[header + 1]![2] = 'Приказ № 44 от 01.02.2024';
    first.values[header + 2]![1] = 'Участвуем в «Я выбираю»';
    const second = sheetFromOutput(
      renderOrgTab(org, roadmap, settings, first, [
        { key: 'no_responsible', code: 'no_responsible', message: 'Назначьте ответственного.' },
        { key: 'bvb_zero', code: 'bvb_zero', message: 'Зарегистрируйте обучающихся.' },
      ]),
    );
    const decisions = readSubmission(second, ctx(roadmap)).submission.decisions;
    expect(decisions.map((d) => [d.code, d.recommendation, d.decision, d.document])).toEqual([
      ['no_responsible', 'Назначьте ответственного.', '', ''],
      ['bvb_zero', 'Зарегистрируйте обучающихся.', 'Назначен ответственный за платформу', 'Приказ № 44 от 01.02.2024'],
      ['no_events', 'Примите участие в мероприятиях.', 'Участвуем в «Я выбираю»', ''],
    ]);
  });

  it('does not change the existing tab', () => {
    const filled = filledOrgSheet(org, roadmap);
    const before = JSON.stringify(filled);
    renderOrgTab(org, changedRoadmap(), settings, filled);
    expect(JSON.stringify(filled)).toBe(before);
  });
});
