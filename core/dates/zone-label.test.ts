import { describe, expect, it } from 'vitest';
import { zoneLabel } from './zone-label';

const winter = new Date('2024-02-01T00:00:00Z');

describe('zoneLabel', () => {
  it('names the committee’s zone by its city, with its offset', () => {
    expect(zoneLabel('Asia/Yekaterinburg', winter)).toBe('время Челябинска (UTC+5)');
    expect(zoneLabel('Europe/Moscow', winter)).toBe('время Москвы (UTC+3)');
  });

  it('gives another zone by its offset, daylight saving and half hours included', () => {
    expect(zoneLabel('America/New_York', winter)).toBe('время UTC−5');
    expect(zoneLabel('America/New_York', new Date('2024-07-01T00:00:00Z'))).toBe('время UTC−4');
    expect(zoneLabel('Asia/Kolkata', winter)).toBe('время UTC+5:30');
    expect(zoneLabel('UTC', winter)).toBe('время UTC');
  });

  it('never shows a zone’s IANA name, even an unknown one', () => {
    expect(zoneLabel('Nowhere/Atlantis', winter)).toBe('время таблицы');
  });
});
