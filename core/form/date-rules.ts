import type { IsoDate } from '../dates/iso-date';
import { schoolYearBounds, schoolYearLabel } from '../dates/school-year';
import { yearsBefore } from '../dates/years-before';
import type { DateRule } from './form-spec';
import type { FormReader } from './form-reader';

/**
 * Checks a date against its field's range (design §5, «Dates») and reports at the cell.
 * Returns the date, or null when it is an error (a warning keeps it).
 *
 * @param reader - the tab being read
 * @param row - 0-based row of the cell
 * @param column - 0-based column of the cell
 * @param rule - which range applies
 * @param date - the date read from the cell
 */
export function checkDateRule(
  reader: FormReader,
  row: number,
  column: number,
  rule: DateRule,
  date: IsoDate,
): IsoDate | null {
  const { asOf, settings } = reader.ctx;
  const params = { date, asOf };
  const fail = (code: 'form_order_date_future' | 'form_done_date_future' | 'form_training_date_future'): null => {
    reader.add(row, column, code, 'error', params);
    return null;
  };
  switch (rule) {
    case 'order':
      if (date > asOf) return fail('form_order_date_future');
      return date;
    case 'done': {
      const from = schoolYearBounds({ start: settings.schoolYear.start - 1 }).start;
      if (date > asOf) return fail('form_done_date_future');
      if (date < from) {
        reader.add(row, column, 'form_done_date_too_early', 'error', { date, from });
        return null;
      }
      return date;
    }
    case 'event': {
      const year = schoolYearBounds(settings.schoolYear);
      if (date < year.start || date > year.end) {
        reader.add(row, column, 'form_event_date_outside_year', 'error', {
          date,
          year: schoolYearLabel(settings.schoolYear),
        });
        return null;
      }
      if (date > asOf) reader.add(row, column, 'form_event_date_future', 'warning', params);
      return date;
    }
    case 'training': {
      if (date > asOf) return fail('form_training_date_future');
      if (date < yearsBefore(asOf, 3)) reader.add(row, column, 'form_training_outdated', 'warning', { date });
      return date;
    }
  }
}
