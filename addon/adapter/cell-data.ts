import { serialOfIsoDate } from '../../core/dates/serial-date';
import type { OutValue } from '../../core/grid/output-sheet';

type CellData = GoogleAppsScript.Sheets.Schema.CellData;

/** Sheets and Excel both cut a cell at this many characters; echoed text is cut to it. */
export const maxCellText = 50_000;

/** Days from the Sheets epoch (1899-12-30) to an ISO date: what a date cell holds. */
export function serialOf(iso: string): number {
  return serialOfIsoDate(iso);
}

/** The pattern of date cells the add-on writes. */
const datePattern = 'dd.mm.yyyy';
/** The pattern of date-time cells. */
const dateTimePattern = 'dd.mm.yyyy hh:mm';

/**
 * A value as a typed `CellData`: strings become `stringValue`, never `formulaValue`, so `=IMPORTXML(…)`,
 * `1.2` or `+7 351 …` stay exactly the text they are; dates are serial numbers with a date format;
 * links are text with a cell-level link (no `HYPERLINK` formula). Non-finite numbers become text.
 *
 * @example cellData('=1+1') // { userEnteredValue: { stringValue: '=1+1' } }
 */
export function cellData(value: OutValue): CellData {
  if (value === null || value === undefined || value === '') return {};
  if (typeof value === 'string') return { userEnteredValue: { stringValue: value.slice(0, maxCellText) } };
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? { userEnteredValue: { numberValue: value } }
      : { userEnteredValue: { stringValue: String(value) } };
  }
  if (typeof value === 'boolean') return { userEnteredValue: { boolValue: value } };
  if (value.kind === 'date') {
    return {
      userEnteredValue: { numberValue: serialOf(value.date) },
      userEnteredFormat: { numberFormat: { type: 'DATE', pattern: datePattern } },
    };
  }
  if (value.kind === 'datetime') {
    const [h, m] = value.time.split(':').map(Number);
    const fraction = ((h ?? 0) * 60 + (m ?? 0)) / 1440;
    return {
      userEnteredValue: { numberValue: serialOf(value.date) + fraction },
      userEnteredFormat: { numberFormat: { type: 'DATE_TIME', pattern: dateTimePattern } },
    };
  }
  const text = (value.text || value.url).slice(0, maxCellText);
  return /^https?:\/\//i.test(value.url)
    ? { userEnteredValue: { stringValue: text }, userEnteredFormat: { textFormat: { link: { uri: value.url } } } }
    : { userEnteredValue: { stringValue: text } };
}
