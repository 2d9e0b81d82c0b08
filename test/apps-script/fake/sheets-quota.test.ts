import { describe, expect, it } from 'vitest';
import { scene } from './scene';

const quotaText =
  "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com'";

function reads(s: ReturnType<typeof scene>, n: number): void {
  for (let i = 0; i < n; i++) s.Sheets.Spreadsheets!.Values!.get(s.book.id, 'Лист1!A1');
}

// "Read requests … Per minute per user per project 60" and "429: Too many requests";
// quotas "are refilled every minute": https://developers.google.com/sheets/api/limits
describe('the Sheets API read quota', () => {
  it('lets 60 reads a minute through and answers the 61st with a 429 naming the metric and limit', () => {
    const s = scene();
    reads(s, 60);
    let error: (Error & { details?: { code: number } }) | undefined;
    try {
      s.Sheets.Spreadsheets!.get(s.book.id);
    } catch (e) {
      error = e as typeof error;
    }
    expect(error?.message).toContain(quotaText);
    expect(error?.message).toMatch(/^API call to sheets\.spreadsheets\.get failed with error: /);
    expect(error?.details?.code).toBe(429);
  });

  it('counts Spreadsheets.get, Values.get and Values.batchGet alike', () => {
    const s = scene();
    reads(s, 58);
    s.Sheets.Spreadsheets!.get(s.book.id);
    s.Sheets.Spreadsheets!.Values!.batchGet(s.book.id, { ranges: ['Лист1!A1', 'Лист1!B1'] });
    expect(() => s.Sheets.Spreadsheets!.Values!.batchGet(s.book.id, { ranges: ['Лист1'] })).toThrow(quotaText);
  });

  it('is refilled a minute after the window opened, on the fake clock', () => {
    const s = scene();
    reads(s, 60);
    s.world.advance(60_000);
    expect(() => reads(s, 60)).not.toThrow();
  });

  it('is per user', () => {
    const s = scene();
    s.book.editors.push('petrova@example.ru');
    reads(s, 60);
    expect(() => s.world.asUser('petrova@example.ru', () => reads(s, 1))).not.toThrow();
  });

  it('keeps writes apart: 60 writes a minute, then "Write requests per minute per user"', () => {
    const s = scene();
    reads(s, 60);
    const write = () => s.Sheets.Spreadsheets!.batchUpdate({ requests: [] }, s.book.id);
    for (let i = 0; i < 60; i++) write();
    expect(write).toThrow("limit 'Write requests per minute per user'");
  });

  it('does not count a refused request against the quota', () => {
    const s = scene();
    reads(s, 60);
    expect(() => reads(s, 1)).toThrow(quotaText);
    expect(s.world.quotaWindows.get('Read:ivanova@example.ru')?.count).toBe(60);
  });
});
