import { describe, expect, it } from 'vitest';
import { measureCalls } from './measure-calls';

describe('service calls of «Собрать сводку»', () => {
  const small = measureCalls(10);
  const large = measureCalls(500);

  it('succeeds for 10 and 500 organisations', () => {
    for (const report of [small, large]) {
      for (const [action, result] of Object.entries(report.results))
        expect(result.ok, `${report.n} ${action}: ${result.message}`).toBe(true);
    }
  });

  it('reads with a constant number of calls per 100 tabs, never per cell', () => {
    // Committee tabs: one values read and one links read; reports: one of each per 100 tabs
    // (500 organisation tabs and the spreadsheet's first `Лист1`: 6 chunks); metadata before and after.
    expect(small.build['Sheets.Spreadsheets.Values.batchGet']).toBe(1 + 1);
    expect(small.build['Sheets.Spreadsheets.get']).toBe(1 + 1 + 1 + 1);
    expect(large.build['Sheets.Spreadsheets.Values.batchGet']).toBe(1 + 6);
    expect(large.build['Sheets.Spreadsheets.get']).toBe(1 + 1 + 6 + 1);
    expect(large.build['Range.getValues'] ?? 0).toBe(0);
  });

  it('writes in batches of at most 2 MB (UTF-8), as few as the bytes need, no per-cell calls', () => {
    expect(small.build['Sheets.Spreadsheets.batchUpdate']).toBe(1);
    expect(Math.max(...large.buildBatchBytes)).toBeLessThanOrEqual(2_000_000);
    // Whole tabs per batch and one staging tab for a tab over 2 MB cost a few batches more than the bytes alone.
    expect(large.build['Sheets.Spreadsheets.batchUpdate']).toBeLessThanOrEqual(
      Math.ceil(large.buildBatchBytes.reduce((a, b) => a + b, 0) / 2_000_000) + 2,
    );
    for (const report of [small, large]) {
      const perCell = Object.keys(report.build).filter((k) => k.startsWith('Range.') || k.startsWith('Sheet.'));
      expect(perCell).toEqual([]);
    }
  });

  it('checks with the same bounds', () => {
    expect(large.check['Sheets.Spreadsheets.Values.batchGet']).toBe(1 + 6);
    expect(large.check['Sheets.Spreadsheets.batchUpdate']).toBeLessThanOrEqual(2);
  });

  it('creates tabs in chunks of 50: two reads and at most two writes per chunk', () => {
    // 50 new tabs are about 2.0 MB of requests: a chunk takes one 2 MB batch and a small second one.
    expect(large.createTabs['Sheets.Spreadsheets.batchUpdate']).toBeLessThanOrEqual((2 * 500) / 50 + 1);
    expect(large.createTabs['Sheets.Spreadsheets.Values.batchGet']).toBeLessThanOrEqual(500 / 50 + 1);
  });

  it('keeps 500 organisation tabs and the outputs under the 10 million cell cap', () => {
    expect(large.cells).toBeLessThan(10_000_000);
  });
});
