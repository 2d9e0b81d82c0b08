import type { DateSystem } from '../dates/serial-date';
import { type CellRead, ok } from '../values/cell-read';
import { readCount } from '../values/read-count';
import { readDate } from '../values/read-date';
import { readEmail } from '../values/read-email';
import { readEnum } from '../values/read-enum';
import { readEvidence } from '../values/read-evidence';
import { readGrades } from '../values/read-grades';
import { readHours } from '../values/read-hours';
import { readPhone } from '../values/read-phone';
import { readText } from '../values/read-text';
import type { FieldType } from './form-spec';

/** The declared shape of a field that decides how its cell is read. */
export interface FieldReadSpec {
  readonly type: FieldType;
  readonly options?: readonly string[];
  readonly max?: number;
}

/**
 * Reads one cell of the form by its declared type with the values layer's readers.
 * `itemKey` and `event` cells are read as text here; the reader matches them to the roadmap.
 *
 * @param field - the field's declaration
 * @param cell - the cell value
 * @param link - the cell's hyperlink, if any
 * @param timeZone - the zone of `Date` cells
 * @param dateSystem - how the workbook counts serial day numbers
 * @example readField({ type: 'count' }, '1 234', null, 'UTC') // { kind: 'ok', value: 1234 }
 */
export function readField(
  field: FieldReadSpec,
  cell: unknown,
  link: string | null | undefined,
  timeZone: string,
  dateSystem: DateSystem = '1900',
): CellRead<unknown> {
  const max = field.max === undefined ? {} : { max: field.max };
  switch (field.type) {
    case 'count':
      return readCount(cell, max);
    case 'hours':
      return readHours(cell, max);
    case 'date':
      return readDate(cell, timeZone, dateSystem);
    case 'email':
      return readEmail(cell);
    case 'phone':
      return readPhone(cell);
    case 'enum':
      return readEnum(cell, field.options ?? []);
    case 'grades':
      return readGrades(cell);
    case 'evidence':
      return readEvidence(cell, link, timeZone);
    case 'text':
    case 'itemKey':
    case 'event': {
      const read = readText(cell, timeZone);
      return read.kind === 'ok' ? ok(read.value.slice(0, 50_000), read.warnings) : read;
    }
  }
}
