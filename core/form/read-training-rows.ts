import { checkDateRule } from './date-rules';
import type { FormReader } from './form-reader';
import { trainingSection } from './form-spec';
import type { TablePlace } from './locate-form';
import { tableRowReader } from './read-table-cell';
import type { TrainingRow } from './submission';

/**
 * Section 6: staff training. `Дата окончания` not after the report date; older than three
 * years is a warning.
 *
 * @param reader - the tab being read
 * @param table - where the table stands
 */
export function readTrainingRows(reader: FormReader, table: TablePlace): TrainingRow[] {
  return table.rows.map((r) => {
    const cells = tableRowReader(reader, table, trainingSection.columns, r);
    let finishedOn = cells.get('finishedOn');
    const c = cells.column('finishedOn');
    if (finishedOn !== null && c !== undefined) finishedOn = checkDateRule(reader, r, c, 'training', finishedOn);
    return {
      fullName: cells.get('fullName'),
      programme: cells.get('programme'),
      hours: cells.get('hours'),
      finishedOn,
      document: cells.get('document'),
      row: r + 1,
    };
  });
}
