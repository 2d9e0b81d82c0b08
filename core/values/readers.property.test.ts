import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shown } from './cell-read';
import { cellText } from './cell-text';
import { ruNumberText } from './found-text';
import { formulaError } from './formula-error';
import { normalizeLabel } from './normalize-label';
import { readCount } from './read-count';
import { readDate } from './read-date';
import { readEmail } from './read-email';
import { readEmails } from './read-emails';
import { readEnum } from './read-enum';
import { readEvidence } from './read-evidence';
import { readGrades } from './read-grades';
import { readHours } from './read-hours';
import { readInn } from './read-inn';
import { readNumber } from './read-number';
import { readPhone } from './read-phone';
import { readText } from './read-text';
import { readYesNo } from './read-yes-no';

const readers: [string, (cell: unknown) => unknown][] = [
  ['readNumber', readNumber],
  ['readCount', (c) => readCount(c, { max: 10 })],
  ['readHours', readHours],
  ['readDate', (c) => readDate(c, 'Asia/Yekaterinburg')],
  ['readEmail', readEmail],
  ['readEmails', readEmails],
  ['readPhone', readPhone],
  ['readInn', readInn],
  ['readGrades', readGrades],
  ['readEvidence', (c) => readEvidence(c, typeof c === 'string' ? c : null, 'UTC')],
  ['readEnum', (c) => readEnum(c, ['да', 'нет'])],
  ['readYesNo', readYesNo],
  ['readText', readText],
  ['cellText', (c) => cellText(c, 'Europe/Moscow')],
  ['formulaError', formulaError],
];

const cells = fc.oneof(
  fc.anything(),
  fc.date(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308, Number.MIN_VALUE, '#N/A', '#REF!', Symbol('x')),
  fc.double(),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.stringMatching(/^[\d\s.,:№N+()\-–а-я]{0,40}$/),
  fc.string({ minLength: 5000, maxLength: 20000 }),
);

describe('cell readers', () => {
  it.each(readers)('%s never throws and always answers', (_name, reader) => {
    fc.assert(
      fc.property(cells, (cell) => {
        const read = reader(cell) as { kind?: string; params?: { found?: unknown } } | string | null;
        if (read !== null && typeof read === 'object') {
          expect(['blank', 'ok', 'bad']).toContain(read.kind);
          // Quoted text stays short, whatever the cell held.
          if (read.kind === 'bad' && read.params?.found !== undefined) {
            expect(String(read.params.found).length).toBeLessThanOrEqual(60);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each(readers)('%s quotes a text cell as typed and a number cell as a Russian sheet shows it', (_name, reader) => {
    const textOrNumber = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.stringMatching(/^[\d\s.,+\-–−]{1,20}$/),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
    );
    fc.assert(
      fc.property(textOrNumber, (cell) => {
        const read = reader(cell) as { kind?: string; params?: { found?: unknown } } | string | null;
        if (read === null || typeof read !== 'object' || read.kind !== 'bad') return;
        const found = read.params?.found;
        if (found === undefined) return;
        expect(found).toBe(typeof cell === 'number' ? shown(ruNumberText(cell)) : shown(cell));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps quoted text short whatever the cell', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 100, maxLength: 5000 }), (text) => {
        const read = readNumber(`x${text}`);
        if (read.kind === 'bad' && 'found' in read.params) expect(read.params.found.length).toBeLessThanOrEqual(60);
      }),
    );
  });

  it('normalizeLabel is idempotent', () => {
    fc.assert(fc.property(fc.string(), (text) => normalizeLabel(normalizeLabel(text)) === normalizeLabel(text)));
  });
});
