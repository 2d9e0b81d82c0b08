import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check/check-workbook';
import type { IsoDate } from '../../core/dates/iso-date';
import { formatIssues } from '../../core/issues/format-issue';
import type { Submission } from '../../core/form/submission';
import { readState } from '../../core/directory/read-state';
import { readHistory } from '../../core/history/read-history';
import { demoOptions, generateCity } from './generate-city';
import { demoBook } from './run-demo';
import { sheetDataOf } from './sheet-data-of';

/** Every date a school typed into its form (as read). */
function typedDates(sub: Submission): IsoDate[] {
  return [
    sub.responsible.orderDate,
    ...sub.roadmap.map((r) => r.doneOn),
    ...sub.events.map((e) => e.date),
    ...sub.training.map((t) => t.finishedOn),
  ].filter((d): d is IsoDate => d !== null);
}

describe('the demo’s История and Состояние (issue 13: the history agrees with the submission log)', () => {
  const demo = demoBook({ date: '2024-02-01', time: '10:00' });
  if (!demo.ok) throw new Error(demo.message);
  const tab = (name: string) => {
    const sheet = demo.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no ${name}`);
    return sheetDataOf(sheet);
  };
  const history = readHistory(tab('История'));
  const state = readState(tab('Состояние'));
  const seenBy = (date: IsoDate) => state.filter((s) => s.firstSubmitted !== null && s.firstSubmitted <= date).length;
  const city = (date: IsoDate, indicator: string) =>
    history.find((r) => r.date === date && r.area === 'Город' && r.indicator === indicator);

  it('counts in each snapshot exactly the submissions Состояние records by its date', () => {
    const dates = [...new Set(history.map((r) => r.date))];
    expect(dates).toEqual(['2024-01-01', '2024-02-01']);
    for (const date of dates) expect(city(date, 'completeness')?.numerator, date).toBe(seenBy(date));
    // The finding: the January snapshot counted 49 submitted before the first recorded submission (5 January).
    expect(seenBy('2024-01-01')).toBeGreaterThan(0);
    expect(city('2024-01-01', 'completeness')?.numerator).toBeLessThan(49);
  });

  it('counts «в срок» in each snapshot from the same dates', () => {
    const deadline = demoOptions.deadline;
    for (const date of ['2024-01-01', '2024-02-01']) {
      const until = [date, deadline].sort()[0] ?? date;
      expect(city(date, 'onTime')?.numerator, date).toBe(seenBy(until));
    }
  });

  it('never records a school as submitted before a date it typed, nor one that has errors', () => {
    const generated = generateCity(demoOptions);
    const checked = checkWorkbook(generated.workbook, { today: demoOptions.asOf });
    if (!checked.ok) throw new Error(formatIssues(checked.refusal, 'cli'));
    for (const { org, status, submission } of checked.report.orgs) {
      const first = checked.report.state.get(org.code)?.firstSubmitted ?? null;
      if (first === null) continue;
      expect(status, org.code).toBe('submitted');
      for (const typed of submission ? typedDates(submission) : [])
        expect(typed <= first, `${org.code}: ${typed} > ${first}`).toBe(true);
    }
  });

  it('shows the book as it stood on a date: forms not yet submitted then are blank', () => {
    const generated = generateCity(demoOptions);
    const checked = checkWorkbook(generated.workbookOn('2024-01-01'), { today: '2024-01-01' });
    if (!checked.ok) throw new Error(formatIssues(checked.refusal, 'cli'));
    const submitted = checked.report.orgs.filter((o) => o.status === 'submitted').map((o) => o.org.code);
    expect(submitted.sort()).toEqual([...checked.report.state.values()].map((s) => s.code).sort());
    expect(checked.report.orgs.filter((o) => o.status === 'errors')).toEqual([]);
  });
});
