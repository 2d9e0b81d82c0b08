import { describe, expect, it } from 'vitest';
import { smallCity } from '../../test/fixtures/small-city-report';
import { reportersProgress } from './reporters-progress';

describe('reportersProgress', () => {
  const report = smallCity();
  const progress = reportersProgress(report);

  it('gives each item the organisations report on where they stand, on the base of those that take part', () => {
    // 1.2: S1 in time, D1 late, S2 not started, S3 missing, D2 empty.
    expect(progress.get('1.2')).toBe('выполнено 40,0 % (2 из 5)');
    // 3.2: window 1 closed, S2 says «не участвуем»; window 2 not open yet.
    expect(progress.get('3.2')).toBe('выполнено 50,0 % (1 из 2); не участвуют 1; срок с 01.05.2024');
    expect(progress.get('2.2')).toBe('срок не определён: выполнили 0 из 3');
  });

  it('counts the organisations taking part in an event of those it is open to', () => {
    expect(progress.get('5.2.6.3')).toBe('участвовали 1 из 3');
  });

  it('leaves the committee’s own items out', () => {
    expect(progress.has('1.1')).toBe(false);
  });

  it('does not change the report', () => {
    const copy = structuredClone(report);
    reportersProgress(report);
    expect(report).toEqual(copy);
  });
});
