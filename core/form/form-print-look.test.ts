import { describe, expect, it } from 'vitest';
import { sampleOrg, sampleSettings } from '../../test/fixtures/sample-org';
import type { CellRange, OutputSheet } from '../grid/output-sheet';
import { builtinRoadmap } from '../roadmap/builtin-roadmap';
import { formPrintLook, rowsKeptWithTitle } from './form-print-look';
import { orgTemplate } from './render-org-tab';

const school = orgTemplate(sampleOrg({ code: 'SCH901', type: 'ООО' }), builtinRoadmap(), sampleSettings());
const rowOf = (sheet: OutputSheet, text: string) => sheet.rows.findIndex((r) => r[0] === text);
const covers = (ranges: readonly CellRange[], row: number, column: number) =>
  ranges.some(
    (r) => row >= r.row && row < r.row + (r.rows ?? 1) && column >= r.column && column < r.column + (r.columns ?? 1),
  );

describe('formPrintLook', () => {
  const look = formPrintLook(school);
  if (!look) throw new Error('a form');

  it('keeps each section’s title with its header and first rows', () => {
    const events = rowOf(school, '5. Участие в мероприятиях');
    // As found: section 5’s title and header ended page 2, its rows began page 3.
    expect(look.keepTogether).toContainEqual({ row: events, rows: 2 + rowsKeptWithTitle });
    const responsible = rowOf(school, '2. Ответственный за профориентацию');
    expect(look.keepTogether).toContainEqual({ row: responsible, rows: 1 + rowsKeptWithTitle });
    expect(look.keepTogether).toHaveLength(7);
  });

  it('borders the tables’ headers and rows and the value cells of sections 1–3, not the labels', () => {
    // As found: the input cells had no borders, so the empty tables printed as blank space.
    const header = rowOf(school, '5. Участие в мероприятиях') + 1;
    for (let c = 0; c < 6; c++) {
      expect(covers(look.borders, header, c), `header ${c}`).toBe(true);
      expect(covers(look.borders, header + 1, c), `row ${c}`).toBe(true);
    }
    const phone = rowOf(school, 'Телефон');
    expect(covers(look.borders, phone, 1)).toBe(true);
    expect(covers(look.borders, phone, 0)).toBe(false);
    expect(covers(look.borders, rowOf(school, 'Код'), 1)).toBe(true);
    const roadmap = rowOf(school, '4. Исполнение дорожной карты') + 2;
    for (let c = 0; c < 7; c++) expect(covers(look.borders, roadmap, c), `4 ${c}`).toBe(true);
    // The title line and the section titles stay without a box.
    expect(covers(look.borders, 0, 0)).toBe(false);
    expect(covers(look.borders, header - 1, 0)).toBe(false);
  });

  it('leaves a tab that is not a form alone', () => {
    expect(formPrintLook({ name: 'Сводка', rows: [['1. Организация']], format: {} })).toBeNull();
    expect(formPrintLook({ name: 'X', rows: [['Код']], format: { editable: [{ row: 0, column: 1 }] } })).toBeNull();
  });

  it('does not change the tab', () => {
    const copy = structuredClone(school);
    formPrintLook(school);
    expect(school).toEqual(copy);
  });
});
