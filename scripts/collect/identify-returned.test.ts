import { describe, expect, it } from 'vitest';
import { markerSheet } from '../../core/form/marker-sheet';
import { readMarker } from '../../core/form/read-marker';
import { orgTemplate } from '../../core/form/render-org-tab';
import type { SheetData } from '../../core/grid/sheet-data';
import { builtinRoadmap } from '../../core/roadmap/builtin-roadmap';
import { sampleOrg, sampleSettings } from '../../test/fixtures/sample-org';
import { sheetFromOutput } from '../../test/fixtures/sheet-from-output';
import { identifyReturned } from './identify-returned';
import type { ReturnedFile } from './read-returned-file';

const school = sampleOrg();
const closed = sampleOrg({ code: 'SCH002', active: false });
const directory = [school, closed];
const form = (code = school.code, name = code): SheetData => ({
  ...sheetFromOutput(orgTemplate(sampleOrg({ code }), builtinRoadmap(), sampleSettings())),
  name,
});
const instruction: SheetData = { name: 'Инструкция', values: [['Профориентация: как заполнять лист организации']] };

function file(tabs: SheetData[], marker: Parameters<typeof markerSheet>[0] | null): ReturnedFile {
  const all = marker ? [...tabs, sheetFromOutput(markerSheet(marker))] : tabs;
  return {
    found: { path: '/in/a.xlsx', shownAs: 'a.xlsx' },
    tabs: all,
    marker: marker ? readMarker(sheetFromOutput(markerSheet(marker))) : null,
    saved: '2024-02-03T08:00:00Z',
    savedFrom: 'content',
  };
}

describe('identifyReturned', () => {
  it('takes the organisation and its tab from the marker', () => {
    const found = identifyReturned(
      file([instruction, form()], { book: 'b', code: 'SCH001', formVersion: 1 }),
      'b',
      directory,
    );
    expect(found).toMatchObject({ ok: true, org: { code: 'SCH001' }, tab: { name: 'SCH001' }, notes: [] });
  });

  it('finds a renamed form tab when it is the only one', () => {
    const found = identifyReturned(
      file([form('SCH001', 'Лист1')], { book: 'b', code: 'sch001', formVersion: 1 }),
      'b',
      directory,
    );
    expect(found).toMatchObject({ ok: true, org: { code: 'SCH001' }, tab: { name: 'Лист1' } });
  });

  it('without a marker, reads section 1\u2019s Код, with a note', () => {
    const found = identifyReturned(file([instruction, form('SCH001', 'Мой отчёт')], null), 'b', directory);
    expect(found).toMatchObject({
      ok: true,
      org: { code: 'SCH001' },
      notes: [{ code: 'no_marker', params: { by: 'code' } }],
    });
  });

  it.each([
    ['another book', file([form()], { book: 'other', code: 'SCH001', formVersion: 1 }), 'other_book'],
    ['a newer form', file([form()], { book: 'b', code: 'SCH001', formVersion: 99 }), 'newer_form'],
    ['the book itself', file([form()], { book: 'b', collected: [] }), 'is_book'],
    ['no form', file([instruction], null), 'no_form'],
    ['two forms and no marker', file([form(), form('SCH002')], null), 'several_forms'],
    ['an unknown code', file([form('SCH404')], { book: 'b', code: 'SCH404', formVersion: 1 }), 'unknown_org'],
    ['an organisation no longer active', file([form('SCH002')], null), 'inactive_org'],
  ])('refuses %s', (_, returned, code) => {
    const found = identifyReturned(returned, 'b', directory);
    expect(found.ok ? 'taken' : found.reason.code).toBe(code);
  });

  it('notes a file made from an older form version', () => {
    const found = identifyReturned(file([form()], { book: 'b', code: 'SCH001', formVersion: 1 }), 'b', directory, 2);
    expect(found.ok && found.notes).toEqual([{ code: 'older_form', params: { version: 1, current: 2 } }]);
  });
});
