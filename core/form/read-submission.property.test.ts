import fc from 'fast-check';
import { formatIssues } from '../issues/format-issue';
import { describe, expect, it } from 'vitest';
import { filledOrgSheet } from '../../test/fixtures/filled-org-sheet';
import { sampleOrg, sampleSettings } from '../../test/fixtures/sample-org';
import { smallCity } from '../../test/fixtures/small-city';
import { checkWorkbook } from '../check/check-workbook';
import { formatIssue } from '../issues/format-issue';
import { builtinRoadmap } from '../roadmap/builtin-roadmap';
import { sheetFromOutput } from '../../test/fixtures/sheet-from-output';
import { readSubmission } from './read-submission';
import { renderOrgTab } from './render-org-tab';

const roadmap = builtinRoadmap();
const ctx = { org: sampleOrg(), roadmap, settings: sampleSettings(), asOf: '2024-02-01', timeZone: 'UTC' };
const template = filledOrgSheet(sampleOrg(), roadmap).values;

const cell = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string(),
  fc.string({ minLength: 5000, maxLength: 60_000 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 45_000),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom('#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#ERROR!', '#NAME?', '1 234', '12,5', '31.10.2023'),
  fc.constantFrom({}, [], { error: '#N/A' }, { richText: [] }, true, false, Symbol.for('x') as unknown),
  fc.constantFrom(
    ...template
      .flat()
      .filter((v) => typeof v === 'string')
      .slice(0, 200),
  ),
);
const grid = fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 60 });

describe('readSubmission and checkWorkbook on random grids', () => {
  it('never throw on a random grid and always give a submission and messages', () => {
    fc.assert(
      fc.property(grid, (values) => {
        const { submission, issues } = readSubmission({ name: 'SCH001', values }, ctx);
        expect(submission.code).toBe('SCH001');
        for (const issue of issues) expect(typeof formatIssue(issue, 'addon')).toBe('string');
      }),
      { numRuns: 200 },
    );
  });

  it('never throw when random cells of a filled form are overwritten', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(template.length + 5), fc.nat(10), cell), { maxLength: 40 }), (edits) => {
        const values = template.map((row) => [...row]);
        for (const [r, c, v] of edits) {
          const row = values[r] ?? [];
          row[c] = v;
          values[r] = row;
        }
        const links = values.map((row) => row.map((_, i) => (i === 5 ? 'https://example.org/doc' : null)));
        readSubmission({ name: 'SCH001', values, links }, ctx);
      }),
      { numRuns: 200 },
    );
  });

  it('never throw on a workbook whose tabs are random grids, and always give a report or a message', () => {
    const city = smallCity();
    fc.assert(
      fc.property(fc.array(grid, { minLength: 1, maxLength: 4 }), (grids) => {
        const names = ['Организации', 'Настройки', 'SCH001', 'Дорожная карта'];
        const random = grids.map((values, i) => ({ name: names[i] ?? 'X', values }));
        const keep = city.workbook.committee.filter((s) => !random.some((r) => r.name === s.name));
        const committee = [...keep, ...random];
        const result = checkWorkbook({ committee, reports: committee, timeZone: 'UTC' }, { today: '2024-02-01' });
        if (result.ok) expect(result.report.orgs.length).toBeGreaterThanOrEqual(0);
        else expect(formatIssues(result.refusal, 'addon')).toMatch(/[а-я]/);
      }),
      { numRuns: 100 },
    );
  });
});

describe('renderOrgTab on random existing tabs', () => {
  it('never throws and always gives a form the reader recognises', () => {
    fc.assert(
      fc.property(grid, (values) => {
        const tab = renderOrgTab(sampleOrg(), roadmap, sampleSettings(), { name: 'SCH001', values }, undefined, {
          timeZone: 'Asia/Yekaterinburg',
        });
        const { issues } = readSubmission(sheetFromOutput(tab), ctx);
        expect(issues.filter((i) => i.row === null && i.code !== 'form_empty')).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
