import { describe, expect, it } from 'vitest';
import type { SidebarResult } from '../../addon/sidebar-protocol';
import { smallCity } from '../fixtures/small-city';
import { preparedCommittee, schoolFills } from './city';
import { parseA1 } from './fake/a1';
import { fakeSheetsService } from './fake/sheets-api';
import { committeeFake } from './harness';

type BatchGetOptions = { ranges: string[]; valueRenderOption?: string; dateTimeRenderOption?: string };

/**
 * The small city checked in the fake, with every `Values.batchGet` the add-on sends recorded. Issue
 * 12 item 8: the read options and the quoting of tab names could change without a test failing.
 */
function recordedReads() {
  const reads: BatchGetOptions[] = [];
  const city = smallCity();
  const fake = committeeFake({
    extra: [
      ({ world, counter }) => {
        const sheets = fakeSheetsService(world, counter);
        const values = sheets.Spreadsheets!.Values!;
        const batchGet = values.batchGet.bind(values);
        values.batchGet = ((id: string, options: BatchGetOptions) => {
          reads.push(structuredClone(options));
          return batchGet(id, options);
        }) as typeof values.batchGet;
        return { Sheets: sheets };
      },
    ],
  });
  preparedCommittee(fake, city.orgs);
  fake.run('createOrganisationTabs');
  const active = new Set(city.orgs.filter((o) => o.active).map((o) => o.code));
  for (const grid of city.workbook.reports.filter((s) => active.has(s.name))) schoolFills(fake.committee, grid);
  const result = fake.run('checkSubmissions') as SidebarResult;
  if (!result.ok) throw new Error(result.message);
  return reads;
}

describe('how the add-on reads tabs through the Sheets API', () => {
  const reads = recordedReads();

  it('asks for unformatted values and dates as serial numbers (the default would be formatted text)', () => {
    // https://developers.google.com/sheets/api/reference/rest/v4/ValueRenderOption
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) {
      expect(read.valueRenderOption).toBe('UNFORMATTED_VALUE');
      expect(read.dateTimeRenderOption).toBe('SERIAL_NUMBER');
    }
  });

  it('quotes every tab name, so codes that read as cells (SCH001) and names with spaces parse as tabs', () => {
    // https://developers.google.com/sheets/api/guides/concepts#cell
    const ranges = reads.flatMap((r) => r.ranges);
    for (const range of ranges) expect(range.startsWith("'"), range).toBe(true);
    expect(ranges.map((r) => parseA1(r).title)).toEqual(expect.arrayContaining(['SCH001', 'Дорожная карта']));
  });
});
