import type { DateRule, ScalarField } from './form-spec';
import type { FormReader } from './form-reader';
import { checkDateRule } from './date-rules';
import { isBlankCell } from './form-text';
import type { FieldPlace } from './locate-form';

/** The values of a scalar section by key (null when blank or wrong) and each value's cell (0-based). */
export interface ScalarValues {
  readonly values: ReadonlyMap<string, unknown>;
  readonly cells: ReadonlyMap<string, { readonly row: number; readonly column: number }>;
  /** Keys whose value cell is blank. */
  readonly blanks: ReadonlySet<string>;
}

/**
 * Reads the fields of a scalar section found by `locateForm`: the value stands right of the
 * label. Fields whose label is missing were reported as structural errors and stay null.
 *
 * @param reader - the tab being read
 * @param fields - the section's declared fields
 * @param places - where each label was found
 */
export function readScalars(
  reader: FormReader,
  fields: readonly ScalarField[],
  places: ReadonlyMap<string, FieldPlace>,
): ScalarValues {
  const values = new Map<string, unknown>();
  const cells = new Map<string, { row: number; column: number }>();
  const blanks = new Set<string>();
  for (const field of fields) {
    const place = places.get(field.key);
    if (!place) continue;
    const row = place.row;
    const column = place.column + 1;
    cells.set(field.key, { row, column });
    if (isBlankCell(reader.cell(row, column))) blanks.add(field.key);
    let value = reader.value<unknown>(row, column, { ...field, name: field.label });
    const rule: DateRule | undefined = field.dateRule;
    if (rule && typeof value === 'string') value = checkDateRule(reader, row, column, rule, value);
    values.set(field.key, value);
  }
  return { values, cells, blanks };
}
