import type { IsoDate } from '../dates/iso-date';
import type { DateSystem } from '../dates/serial-date';
import type { Organisation } from '../directory/organisation';
import type { Settings } from '../directory/settings';
import type { SheetData } from '../grid/sheet-data';
import { type Issue, issueAt, type Severity } from '../issues/issue';
import type { IssueCode, IssueParamsOf, ParamsArgs } from '../issues/issue-code';
import type { Roadmap } from '../roadmap/roadmap-item';
import { readIssues } from '../values/read-issues';
import { type FieldReadSpec, readField } from './read-field';

/** What `readSubmission` needs besides the grid. */
export interface ReadContext {
  readonly org: Organisation;
  readonly roadmap: Roadmap;
  readonly settings: Settings;
  /** The report date: dates after it are in the future. */
  readonly asOf: IsoDate;
  /** The zone of `Date` cells (`UTC` for exceljs, the spreadsheet's for Apps Script). */
  readonly timeZone: string;
  /** How the workbook counts serial day numbers; default `1900`. */
  readonly dateSystem?: DateSystem;
}

/** A field to read: its declaration, the name the user sees, and whether it must be filled. */
export interface ReadableField extends FieldReadSpec {
  readonly name: string;
  readonly required: boolean;
}

/**
 * The grid of one tab and the issues found so far, with the helpers every part of the form
 * reader uses: cells by 0-based position, issues at 1-based cells, values read by type.
 */
export class FormReader {
  readonly issues: Issue[] = [];

  constructor(
    readonly sheet: SheetData,
    readonly ctx: ReadContext,
  ) {}

  cell(row: number, column: number): unknown {
    const r = this.sheet.values[row];
    return Array.isArray(r) ? r[column] : undefined;
  }

  link(row: number, column: number): string | null {
    const r = this.sheet.links?.[row];
    const link: unknown = Array.isArray(r) ? r[column] : null;
    return typeof link === 'string' && link !== '' ? link : null;
  }

  /** Adds an issue at a 0-based cell, or at no cell when `row` is null. */
  add<C extends IssueCode>(
    row: number | null,
    column: number | null,
    code: C,
    severity: Severity,
    ...params: ParamsArgs<C>
  ): void {
    this.issues.push(
      issueAt(code, (params[0] ?? {}) as IssueParamsOf<C>, {
        severity,
        tab: this.sheet.name,
        row: row === null ? null : row + 1,
        column: row === null || column === null ? null : column + 1,
        org: this.ctx.org.code,
      }),
    );
  }

  /**
   * The value of a cell read by its type, or null: a wrong value is an error at the cell,
   * a reader's warnings are warnings, a blank required field is `form_required`.
   */
  value<T>(row: number, column: number, field: ReadableField): T | null {
    const read = readField(
      field,
      this.cell(row, column),
      this.link(row, column),
      this.ctx.timeZone,
      this.ctx.dateSystem,
    );
    if (read.kind === 'blank') {
      if (field.required) this.add(row, column, 'form_required', 'error', { label: field.name });
      return null;
    }
    this.issues.push(
      ...readIssues(read, { tab: this.sheet.name, row: row + 1, column: column + 1, org: this.ctx.org.code }, 'error'),
    );
    return read.kind === 'ok' ? (read.value as T) : null;
  }
}
