import { describe, expect, it } from 'vitest';
import { zoneLabel } from './zone-label';

describe('zoneLabel', () => {
  it('names the committee’s zone by its city, with its offset', () => {
    expect(zoneLabel('Asia/Yekaterinburg', '+0500')).toBe('время Челябинска (UTC+5)');
    expect(zoneLabel('Europe/Moscow', '+03:00')).toBe('время Москвы (UTC+3)');
  });

  it('gives another zone by its offset, half hours and negative ones included', () => {
    expect(zoneLabel('America/New_York', '-0500')).toBe('время UTC−5');
    expect(zoneLabel('Asia/Kolkata', '+0530')).toBe('время UTC+5:30');
    expect(zoneLabel('UTC', '+0000')).toBe('время UTC');
  });

  it('never shows a zone’s IANA name, even when the offset is unknown', () => {
    expect(zoneLabel('Nowhere/Atlantis', null)).toBe('время таблицы');
    expect(zoneLabel('Asia/Yekaterinburg', 'GMT')).toBe('время таблицы');
  });
});
