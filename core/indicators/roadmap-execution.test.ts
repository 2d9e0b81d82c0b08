import { describe, expect, it } from 'vitest';
import { nextState } from '../history/next-state';
import { computeIndicators } from './compute-indicators';
import { roadmapExecution } from './roadmap-execution';
import { smallCity } from '../../test/fixtures/small-city-report';

function execution() {
  const report = smallCity();
  const first = new Map(nextState(report).map((s) => [s.code, s.firstSubmitted]));
  return roadmapExecution(report.roadmap, computeIndicators(report, first).pairs, report.asOf);
}
const find = (id: string, index = 1) => execution().find((e) => e.item.id === id && e.index === index);

describe('roadmapExecution', () => {
  it('counts the statuses of 1.2 over all five organisations', () => {
    expect(find('1.2')?.counts).toEqual({
      done_on_time: 1,
      done_late: 1,
      overdue: 3,
      in_progress: 0,
      not_due: 0,
      not_participating: 0,
    });
    expect(find('1.2')?.total).toBe(5);
    expect(find('1.2')?.overdueOrgs).toEqual(['S2', 'S3', 'D2']);
  });

  it('keeps one row per window of a two-window item, over ООО only', () => {
    expect(find('3.2', 1)?.counts).toMatchObject({ done_on_time: 1, not_participating: 1, overdue: 1 });
    expect(find('3.2', 2)?.counts).toMatchObject({ not_due: 3 });
    expect(find('3.2', 2)?.window).toEqual({ start: '2024-05-01', end: '2024-06-30' });
  });

  it('gives the committee its own status for its items and none for reported ones', () => {
    expect(find('1.1')?.committee).toBe('done_on_time');
    expect(find('1.1')?.total).toBe(0);
    expect(find('1.2')?.committee).toBeNull();
  });

  it('lists an item without a deadline with no statuses, and leaves events out', () => {
    expect(find('2.2')).toMatchObject({ window: null, total: 3, counts: { overdue: 0, not_due: 0 } });
    expect(find('5.2.6.3')).toBeUndefined();
  });
});
