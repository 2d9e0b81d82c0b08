import { describe, expect, it } from 'vitest';
import { eventFigures } from './event-figures';
import { smallCity } from '../../test/fixtures/small-city-report';

describe('eventFigures', () => {
  it('sums an event per district, zeros for a district with no submissions', () => {
    const [choose] = eventFigures(smallCity());
    expect(choose?.item?.id).toBe('5.2.6.3');
    expect(choose?.city).toEqual({ orgs: 1, participants: 12, winners: 2 });
    expect(choose?.districts.get('Калининский')).toEqual({ orgs: 1, participants: 12, winners: 2 });
    expect(choose?.districts.get('Ленинский')).toEqual({ orgs: 0, participants: 0, winners: 0 });
  });

  it('gathers rows matching no roadmap event in a last entry', () => {
    const other = eventFigures(smallCity()).at(-1);
    expect(other?.item).toBeNull();
    expect(other?.city).toEqual({ orgs: 1, participants: 5, winners: 0 });
  });

  it('counts an organisation once per event however many rows it has', () => {
    const report = smallCity();
    const [s1, ...rest] = report.orgs;
    if (!s1?.submission) throw new Error('fixture');
    const row = s1.submission.events[0];
    if (!row) throw new Error('fixture');
    const twice = { ...s1, submission: { ...s1.submission, events: [row, { ...row, participants: 3, winners: 0 }] } };
    expect(eventFigures({ ...report, orgs: [twice, ...rest] })[0]?.city).toEqual({
      orgs: 1,
      participants: 15,
      winners: 2,
    });
  });
});
