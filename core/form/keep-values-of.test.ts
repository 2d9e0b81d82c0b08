import { describe, expect, it } from 'vitest';
import { filledOrgSheet } from '../../test/fixtures/filled-org-sheet';
import { findRow } from '../../test/fixtures/form-edits';
import { sampleOrg, sampleSettings } from '../../test/fixtures/sample-org';
import { sheetFromOutput } from '../../test/fixtures/sheet-from-output';
import { builtinRoadmap } from '../roadmap/builtin-roadmap';
import { movedValuesBlock } from './form-spec';
import { keepValuesOf } from './keep-values-of';
import { renderOrgTab } from './render-org-tab';

const org = sampleOrg();

/** The rows of «Перенесённые значения»: where each value was, and the value. */
function movedRows(sheet: Parameters<typeof sheetFromOutput>[0]): unknown[][] {
  const grid = sheetFromOutput(sheet);
  const start = findRow(grid, movedValuesBlock.title);
  return start < 0 ? [] : grid.values.slice(start + 3).map((row) => [row[0], row[1]]);
}
const roadmap = builtinRoadmap();
const settings = sampleSettings();

describe('keepValuesOf', () => {
  it('keeps a value of the version it replaces that the new one lacks, with its address there', () => {
    const before = filledOrgSheet(org, roadmap, { fields: { Телефон: '+7 351 700-00-01' } });
    const after = renderOrgTab(org, roadmap, settings, filledOrgSheet(org, roadmap));
    const kept = keepValuesOf(after, before, 'UTC');
    if (!kept.ok) throw new Error('refused');
    expect(kept.moved.map((m) => [m.address, m.value])).toEqual([['B14', '+7 351 700-00-01']]);
    const grid = sheetFromOutput(kept.sheet);
    expect(findRow(grid, movedValuesBlock.title)).toBeGreaterThan(0);
    expect(grid.values.flat()).toContain('+7 351 700-00-01');
  });

  it('changes nothing when every value is still there, and does not change its inputs', () => {
    const before = filledOrgSheet(org, roadmap);
    const after = renderOrgTab(org, roadmap, settings, before);
    const copy = structuredClone(after);
    const kept = keepValuesOf(after, before, 'UTC');
    expect(kept).toEqual({ ok: true, sheet: after, moved: [], cleared: 0, changed: 0 });
    expect(after).toEqual(copy);
  });

  it('keeps what a newer answer leaves blank, with where it came from, and counts what it answers differently', () => {
    // г99 новая.xlsx taken with section 2 filled; г99 v3.xlsx, saved later, without the phone and email.
    const before = filledOrgSheet(org, roadmap, { fields: { ФИО: 'Орлова Елена Викторовна' } });
    const newer = filledOrgSheet(org, roadmap, {
      fields: { ФИО: 'Орлова Е. В.', Телефон: null, 'Электронная почта': null },
    });
    const kept = keepValuesOf(renderOrgTab(org, roadmap, settings, newer), before, 'UTC', {
      newerAnswer: true,
      source: 'принято из файла «г99 новая.xlsx» от 25.11.2024 15:00',
    });
    if (!kept.ok) throw new Error('refused');
    expect(kept.cleared).toBe(2);
    expect(kept.changed).toBe(1);
    expect(movedRows(kept.sheet)).toEqual([
      ['было в B14 (принято из файла «г99 новая.xlsx» от 25.11.2024 15:00)', '8 (351) 123-45-67'],
      ['было в B15 (принято из файла «г99 новая.xlsx» от 25.11.2024 15:00)', 'ivanova@example.ru'],
    ]);
  });

  it('keeps a value kept before under its first address when the newer version lacks it again', () => {
    const before = filledOrgSheet(org, roadmap, { fields: { Телефон: null } });
    const first = keepValuesOf(renderOrgTab(org, roadmap, settings, before), filledOrgSheet(org, roadmap), 'UTC', {
      newerAnswer: true,
      source: 'принято из файла «1.xlsx»',
    });
    if (!first.ok) throw new Error('refused');
    const again = keepValuesOf(renderOrgTab(org, roadmap, settings, before), sheetFromOutput(first.sheet), 'UTC', {
      newerAnswer: true,
      source: 'принято из файла «2.xlsx»',
    });
    if (!again.ok) throw new Error('refused');
    expect(movedRows(again.sheet)).toEqual(movedRows(first.sheet));
    expect([first.cleared, again.cleared]).toEqual([1, 0]);
  });

  it('refuses when more values would have to be kept than a tab can hold', () => {
    const before = {
      name: org.code,
      values: Array.from({ length: 250 }, (_, i) => [
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        `заметка ${i}`,
      ]),
    };
    const after = renderOrgTab(org, roadmap, settings);
    expect(keepValuesOf(after, before, 'UTC')).toEqual({ ok: false, count: 250 });
  });
});
