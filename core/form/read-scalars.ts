import type { DateRule, ScalarField } from './form-spec';
import type { FormReader } from './form-reader';
import { checkDateRule } from './date-rules';
import { isBlankCell } from './form-text';
import type { FieldPlace } from './locate-form';
import type { SpecKey, SpecValues } from './spec-values';

/** A 0-based cell. */
interface CellAt {
  readonly row: number;
  readonly column: number;
}

/** The values of a scalar section by key (null when blank or wrong) and each value's cell (0-based). */
export interface ScalarValues<Fs extends readonly ScalarField[] = readonly ScalarField[]> {
  readonly values: SpecValues<Fs>;
  readonly cells: ReadonlyMap<SpecKey<Fs>, CellAt>;
  /** Keys whose value cell is blank. */
  readonly blanks: ReadonlySet<SpecKey<Fs>>;
}

/**
 * Reads every field of a scalar section found by `locateForm`: the value stands right of the
 * label. Fields whose label is missing were reported as structural errors and stay null. The
 * result is typed by the section's keys, so every field of the spec is read and a misspelt key
 * does not compile.
 *
 * @param reader - the tab being read
 * @param fields - the section's declared fields
 * @param places - where each label was found
 * @example readScalars(reader, responsibleSection.fields, places).values.fullName // 'Иванова Анна Петровна'
 */
export function readScalars<const Fs extends readonly ScalarField[]>(
  reader: FormReader,
  fields: Fs,
  places: ReadonlyMap<string, FieldPlace>,
): ScalarValues<Fs> {
  const values: Record<string, unknown> = {};
  const cells = new Map<SpecKey<Fs>, CellAt>();
  const blanks = new Set<SpecKey<Fs>>();
  for (const field of fields) {
    const key: SpecKey<Fs> = field.key;
    values[key] = null;
    const place = places.get(key);
    if (!place) continue;
    const row = place.row;
    const column = place.column + 1;
    cells.set(key, { row, column });
    if (isBlankCell(reader.cell(row, column))) blanks.add(key);
    let value = reader.value<unknown>(row, column, { ...field, name: field.label });
    const rule: DateRule | undefined = field.dateRule;
    if (rule && typeof value === 'string') value = checkDateRule(reader, row, column, rule, value);
    values[key] = value;
  }
  // Each key was read by its declared type above: the record is what `SpecValues` describes.
  return { values: values as SpecValues<Fs>, cells, blanks };
}
