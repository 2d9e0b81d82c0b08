import { type Issue, placedIssue, type Severity } from '../issues/issue';
import type { CellRead } from './cell-read';

/** Where a value stands: tab, 1-based row and column, and the organisation it concerns. */
export interface CellPlace {
  readonly tab: string;
  readonly row: number;
  readonly column: number;
  readonly org?: string | undefined;
}

/**
 * The issues of a read at a cell: a `bad` read gives one issue of `severity`, each warning of
 * an `ok` read one issue of `warningSeverity` (default `warning`); a blank read none
 * (required fields are the caller's business).
 *
 * @param read - what a reader returned
 * @param place - the cell
 * @param severity - the severity of a bad value, usually `error`
 * @param warningSeverity - the severity of an ok read's warnings
 * @example readIssues(readNumber('12 шт'), { tab: 'S1', row: 14, column: 2 }, 'error') // [{ code: 'not_a_number', … }]
 */
export function readIssues(
  read: CellRead<unknown>,
  place: CellPlace,
  severity: Severity,
  warningSeverity: Severity = 'warning',
): Issue[] {
  const at = { tab: place.tab, row: place.row, column: place.column, ...(place.org ? { org: place.org } : {}) };
  if (read.kind === 'bad') return [placedIssue(read, { severity, ...at })];
  if (read.kind === 'ok' && read.warnings) {
    return read.warnings.map((w) => placedIssue(w, { severity: warningSeverity, ...at }));
  }
  return [];
}
