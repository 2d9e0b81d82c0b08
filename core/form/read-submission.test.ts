import { describe, expect, it } from 'vitest';
import { formatIssue } from '../messages/format-issue';
import { builtinRoadmap } from '../roadmap/builtin-roadmap';
import { filledOrgSheet, headerRowOf, rowOfLabel, setCell } from '../../test/fixtures/filled-org-sheet';
import { sampleOrg, sampleSettings } from '../../test/fixtures/sample-org';
import { readSubmission } from './read-submission';

const roadmap = builtinRoadmap();
const settings = sampleSettings();
const ctx = (org = sampleOrg()) => ({ org, roadmap, settings, asOf: '2024-02-01', timeZone: 'UTC' });
const show = (
  issues: {
    code: string;
    row: number | null;
    column: number | null;
    severity: string;
    params: Record<string, string | number>;
  }[],
) => issues.map((i) => `${i.severity} ${i.code} ${i.row}:${i.column} ${formatIssue(i as never)}`);

describe('readSubmission', () => {
  it('reads a correctly filled ООО tab without any issue', () => {
    const grid = filledOrgSheet(sampleOrg(), roadmap);
    const { submission, issues } = readSubmission(grid, ctx());
    expect(show(issues)).toEqual([]);
    expect(submission.empty).toBe(false);
    expect(submission.profminimum?.pupils69).toBe(1234);
    expect(submission.profminimum?.hours.lessons).toBe(12.5);
    expect(submission.responsible.phone).toBe('+7 351 123-45-67');
    expect(submission.responsible.orderDate).toBe('2023-08-31');
    expect(submission.events).toHaveLength(1);
    expect(submission.training[0]?.hours).toBe(36);
  });
});
