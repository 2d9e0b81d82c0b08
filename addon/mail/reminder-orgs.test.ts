import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../core/issues/format-issue';
import { checkWorkbook } from '../../core/check/check-workbook';
import { smallCity } from '../../test/fixtures/small-city';
import { lastReminders, reminderOrgs } from './reminder-orgs';

const links = {
  tabUrl: (tab: string) => `https://docs.google.com/spreadsheets/d/r/edit#gid=${tab}`,
  cellUrl: (tab: string, cell: string) => `https://docs.google.com/spreadsheets/d/r/edit#gid=${tab}&range=${cell}`,
};

function report() {
  const checked = checkWorkbook(smallCity().workbook, { today: '2024-02-01' });
  if (!checked.ok) throw new Error(formatIssues(checked.refusal, 'addon'));
  return checked.report;
}

describe('reminderOrgs', () => {
  it('picks the organisations with errors, an empty tab or no tab, not those that submitted', () => {
    const orgs = reminderOrgs(report(), links);
    expect(orgs.map((o) => [o.code, o.status]).sort()).toEqual([
      ['ODO001', 'empty'],
      ['SCH003', 'errors'],
      ['SCH004', 'missing'],
    ]);
  });

  it('lists an erring organisation’s own problems with cells and links into its tab', () => {
    const sch003 = reminderOrgs(report(), links).find((o) => o.code === 'SCH003')!;
    expect(sch003.emails).toEqual(['sch003@example.ru']);
    expect(sch003.tabUrl).toBe('https://docs.google.com/spreadsheets/d/r/edit#gid=SCH003');
    const error = sch003.problems.find((p) => p.severity === 'error')!;
    expect(error.cell).toMatch(/^B\d+$/);
    expect(error.url).toBe(`https://docs.google.com/spreadsheets/d/r/edit#gid=SCH003&range=${error.cell}`);
    expect(error.message.length).toBeGreaterThan(10);
    expect(sch003.problems.every((p) => !p.message.includes('SCH001'))).toBe(true);
  });

  it('gives a missing organisation no tab link', () => {
    const sch004 = reminderOrgs(report(), links).find((o) => o.code === 'SCH004')!;
    expect(sch004.tabUrl).toBeNull();
    expect(sch004.problems.every((p) => p.url === null)).toBe(true);
  });

  it('reads the last reminder dates from Состояние', () => {
    expect(lastReminders(report()).get('SCH001')).toBeNull();
  });
});
