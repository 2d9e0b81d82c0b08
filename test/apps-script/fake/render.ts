import type { FakeCell, FakeSpreadsheet } from './model';

/**
 * What a cell reads as under the Sheets API's render options:
 * - `valueRenderOption` (https://developers.google.com/sheets/api/reference/rest/v4/ValueRenderOption):
 *   FORMATTED_VALUE (the default of `values.get`/`batchGet`) "calculated & formatted … according to
 *   the cell's formatting … based on the spreadsheet's locale"; UNFORMATTED_VALUE "calculated, but not
 *   formatted"; FORMULA "will not be calculated. The reply will include the formulas".
 * - `dateTimeRenderOption` (https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption):
 *   SERIAL_NUMBER (default) dates as day numbers since 30 Dec 1899; FORMATTED_STRING "as strings in
 *   their given number format"; "ignored if valueRenderOption is FORMATTED_VALUE".
 * The fake formats what the add-on meets: text as is, booleans TRUE/FALSE, numbers with the locale's
 * decimal mark (a comma for ru_RU) or a fixed-decimals pattern (`0.00`), percentages, and dates and
 * times by their pattern's `dd mm yyyy yy hh ss` (a date without pattern as `dd.mm.yyyy`).
 */

export type ValueRender = 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';
export type DateTimeRender = 'SERIAL_NUMBER' | 'FORMATTED_STRING';

const epoch = Date.UTC(1899, 11, 30);

function isDateTime(cell: FakeCell): boolean {
  const type = cell.format.numberFormat?.type;
  return type === 'DATE' || type === 'DATE_TIME' || type === 'TIME';
}

function decimalMark(locale: string): string {
  return /^(ru|de|fr|es|it|pt|uk|be|kk|pl|cs|nl|tr)(_|$)/.test(locale) ? ',' : '.';
}

function formatSerial(serial: number, pattern: string): string {
  const wall = new Date(epoch + Math.round(serial * 86_400_000));
  const two = (n: number) => String(n).padStart(2, '0');
  let sawHour = false;
  return pattern.replace(/yyyy|yy|dd|d|hh|h|mm|m|ss|s/gi, (token) => {
    const t = token.toLowerCase();
    if (t === 'yyyy') return String(wall.getUTCFullYear());
    if (t === 'yy') return two(wall.getUTCFullYear() % 100);
    if (t === 'dd') return two(wall.getUTCDate());
    if (t === 'd') return String(wall.getUTCDate());
    if (t === 'hh' || t === 'h') {
      sawHour = true;
      return t === 'hh' ? two(wall.getUTCHours()) : String(wall.getUTCHours());
    }
    if (t === 'ss' || t === 's') return t === 'ss' ? two(wall.getUTCSeconds()) : String(wall.getUTCSeconds());
    // `mm` after an hour is minutes; otherwise the month.
    const value = sawHour ? wall.getUTCMinutes() : wall.getUTCMonth() + 1;
    return t === 'mm' ? two(value) : String(value);
  });
}

function formatNumber(value: number, cell: FakeCell, locale: string): string {
  const mark = decimalMark(locale);
  const nf = cell.format.numberFormat;
  if (nf?.type === 'PERCENT') return `${formatNumber(value * 100, { ...cell, format: {} }, locale)}%`;
  const fixed = nf?.pattern ? /^[#0,]*0(?:\.(0+))?$/.exec(nf.pattern) : null;
  const text = fixed ? value.toFixed(fixed[1]?.length ?? 0) : String(Number(value.toPrecision(15)));
  return text.replace('.', mark);
}

/** The formatted text of a cell (FORMATTED_VALUE, `Range.getDisplayValues()`). */
export function formattedValue(book: FakeSpreadsheet, cell: FakeCell | undefined): string {
  if (!cell || cell.value === null) return '';
  if (typeof cell.value === 'string') return cell.value;
  if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  if (isDateTime(cell)) {
    const type = cell.format.numberFormat?.type;
    const pattern =
      cell.format.numberFormat?.pattern ??
      (type === 'TIME' ? 'hh:mm:ss' : type === 'DATE_TIME' ? 'dd.mm.yyyy hh:mm:ss' : 'dd.mm.yyyy');
    return formatSerial(cell.value, pattern);
  }
  return formatNumber(cell.value, cell, book.locale ?? 'ru_RU');
}

/** A cell's value in a Sheets API read. */
export function renderedValue(
  book: FakeSpreadsheet,
  cell: FakeCell | undefined,
  valueRender: ValueRender,
  dateTimeRender: DateTimeRender,
): string | number | boolean {
  if (!cell || cell.value === null) return '';
  if (valueRender === 'FORMATTED_VALUE') return formattedValue(book, cell);
  if (valueRender === 'FORMULA' && cell.formula) return cell.formula;
  if (typeof cell.value === 'number' && isDateTime(cell) && dateTimeRender === 'FORMATTED_STRING')
    return formattedValue(book, cell);
  return cell.value;
}

/** Reads a render option, refusing values the API does not know (it answers 400 Invalid value). */
export function renderOptions(options: { valueRenderOption?: unknown; dateTimeRenderOption?: unknown }): {
  value: ValueRender;
  dateTime: DateTimeRender;
} {
  const value = (options.valueRenderOption ?? 'FORMATTED_VALUE') as ValueRender;
  const dateTime = (options.dateTimeRenderOption ?? 'SERIAL_NUMBER') as DateTimeRender;
  if (!['FORMATTED_VALUE', 'UNFORMATTED_VALUE', 'FORMULA'].includes(value))
    throw new Error(`Invalid value at 'value_render_option' (${String(value)})`);
  if (!['SERIAL_NUMBER', 'FORMATTED_STRING'].includes(dateTime))
    throw new Error(`Invalid value at 'date_time_render_option' (${String(dateTime)})`);
  return { value, dateTime };
}
