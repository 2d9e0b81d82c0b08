import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOrgsCsv } from './parse-orgs-csv';
import { readDirectory } from './read-directory';
import { readSettings } from './read-settings';
import { readState } from './read-state';

const cell = fc.oneof(
  fc.anything(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(
    Number.NaN,
    Number.NEGATIVE_INFINITY,
    '#N/A',
    'Код',
    'ИНН',
    'Тип',
    'ООО',
    'Учебный год',
    'Час отправки сводки',
  ),
  fc.string({ maxLength: 40 }),
  fc.integer(),
);
// Ragged rows, holes, a header row now and then so the row reader runs too.
const grid = fc.array(
  fc.oneof(
    fc.array(cell, { maxLength: 10 }),
    fc.constant(['Код', 'Наименование', 'Тип', 'Район', 'ИНН', 'Электронная почта']),
    // A broken adapter's rows: not arrays at all.
    fc.constantFrom(null, undefined, 'строка', 42) as fc.Arbitrary<never>,
  ),
  { maxLength: 30 },
);

describe('directory readers on random grids', () => {
  it('never throw and always answer', () => {
    fc.assert(
      fc.property(grid, fc.string({ maxLength: 20 }), (values, name) => {
        const sheet = { name, values };
        const directory = readDirectory(sheet);
        expect(Array.isArray(directory.issues)).toBe(true);
        for (const issue of directory.issues) expect(issue.tab).toBe(name);
        expect(readSettings(sheet, 'Asia/Yekaterinburg').settings.thresholds.main).toBeGreaterThan(0);
        expect(Array.isArray(readState(sheet))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('parseOrgsCsv never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const read = parseOrgsCsv(`code,name,type,district,inn,emails\n${text}`);
        expect(Array.isArray(read.orgs)).toBe(true);
      }),
    );
  });
});
