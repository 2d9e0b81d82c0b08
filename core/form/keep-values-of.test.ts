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
    expect(kept).toEqual({ ok: true, sheet: after, moved: [] });
    expect(after).toEqual(copy);
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
