import { describe, expect, it } from 'vitest';
import { committeeNow } from './committee-clock';

describe('committeeNow', () => {
  it('gives the date and time of Chelyabinsk, both from UTC+5', () => {
    expect(committeeNow(new Date('2024-01-31T20:30:00Z'))).toEqual({ date: '2024-02-01', time: '01:30' });
  });
  it('writes midnight as 00:00, not 24:00', () => {
    expect(committeeNow(new Date('2024-02-01T19:00:00Z'))).toEqual({ date: '2024-02-02', time: '00:00' });
  });
  it('keeps the same day before 19:00 UTC', () => {
    expect(committeeNow(new Date('2024-02-01T18:59:00Z'))).toEqual({ date: '2024-02-01', time: '23:59' });
  });
});
