import { describe, expect, it } from 'vitest';
import { isoDateInZone } from './iso-date-in-zone';

describe('isoDateInZone', () => {
  it('reads an Apps Script date cell (midnight in Chelyabinsk) as the typed day', () => {
    expect(isoDateInZone(new Date('2023-10-30T19:00:00Z'), 'Asia/Yekaterinburg')).toBe('2023-10-31');
  });
  it('reads an exceljs date cell (midnight UTC) as the typed day', () => {
    expect(isoDateInZone(new Date('2023-10-31T00:00:00Z'), 'UTC')).toBe('2023-10-31');
  });
  it('crosses the year boundary in the zone, not in UTC', () => {
    expect(isoDateInZone(new Date('2023-12-31T19:30:00Z'), 'Asia/Yekaterinburg')).toBe('2024-01-01');
  });
  it('returns null for an invalid date or an unknown zone', () => {
    expect(isoDateInZone(new Date(Number.NaN), 'UTC')).toBeNull();
    expect(isoDateInZone(new Date('2023-10-31T00:00:00Z'), 'Nowhere/Atlantis')).toBeNull();
  });
});
