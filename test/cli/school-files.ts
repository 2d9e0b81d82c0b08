import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFile, writeFile } from 'node:fs/promises';
import type { Organisation } from '../../core/directory/organisation';
import { type FillOverrides, filledOrgSheet, headerRowOf } from '../fixtures/filled-org-sheet';
import { roundContext } from '../fixtures/round-book';
import { schoolEdits, typeInto } from './type-into-xlsx';

/** How a school fills the file it got. */
export interface SchoolFill {
  /** Section 2 and 3 values to type instead of the defaults, by label. */
  readonly fields?: Readonly<Record<string, unknown>>;
  /** Insert a row into section 5 under the first event, holding a second event (a school adding a line). */
  readonly extraEvent?: boolean;
  /** Insert an empty row above section 3. */
  readonly blankRow?: boolean;
  /** When the school saved the file (its core property `modified`). */
  readonly saved: Date;
}

/** The rows of section 5 a full fill types, and the second event a school may add under them. */
function eventRows(org: Organisation, fill: Pick<SchoolFill, 'extraEvent'>): unknown[][] {
  const { settings, roadmap } = roundContext();
  const grid = filledOrgSheet(org, roadmap, { settings });
  const header = headerRowOf(grid, '5. Участие в мероприятиях');
  const rows: unknown[][] = [];
  for (let r = header + 1; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    if (row[0] === null || row[0] === undefined || row[0] === '') break;
    rows.push(row.slice(0, 6));
  }
  const first = rows[0];
  if (fill.extraEvent && first) rows.push([first[0], first[1], first[2], '12', '1', first[5]]);
  return rows;
}

/**
 * What the school's fill amounts to, as `filledOrgSheet` overrides: the entries a committee would
 * type straight into the book to get the same report.
 *
 * @param org - the organisation
 * @param fill - how the school filled its file
 */
export function schoolOverrides(org: Organisation, fill: Omit<SchoolFill, 'saved'>): FillOverrides {
  return { ...(fill.fields ? { fields: fill.fields } : {}), events: eventRows(org, fill) };
}

/**
 * Fills the file `split` wrote for `org` as a school does in its office suite: numbers and dates typed
 * as text (`1 234`, `31.08.2023`), every section filled; with `extraEvent` a row inserted into section
 * 5 for a second event, with `blankRow` an empty row inserted above section 3; saved at `fill.saved`.
 *
 * @param path - the organisation's file
 * @param org - the organisation
 * @param fill - how
 */
export async function fillReturnedFile(path: string, org: Organisation, fill: SchoolFill): Promise<void> {
  const { settings, roadmap } = roundContext();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const events = eventRows(org, { extraEvent: false });
  typeInto(
    wb,
    org.code,
    schoolEdits(org, roadmap, settings, { ...(fill.fields ? { fields: fill.fields } : {}), events }),
  );
  const ws = wb.getWorksheet(org.code)!;
  const rowOf = (text: string) => {
    for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === text) return r;
    throw new Error(`нет строки «${text}»`);
  };
  if (fill.extraEvent) {
    const extra = eventRows(org, { extraEvent: true }).at(-1)!;
    // Under the first event: the header row, then the first event, then the inserted row.
    ws.spliceRows(rowOf('5. Участие в мероприятиях') + 3, 0, extra as ExcelJS.CellValue[]);
  }
  if (fill.blankRow && org.type === 'ООО') ws.spliceRows(rowOf('3. Профминимум'), 0, []);
  wb.modified = fill.saved;
  await wb.xlsx.writeFile(path);
}

/**
 * Types each organisation's entries straight into the book, at the template's places: the report a
 * committee would get without any file going out and back.
 *
 * @param path - the book (changed in place)
 * @param entries - each organisation and its overrides
 */
export async function typeIntoBook(
  path: string,
  entries: readonly { readonly org: Organisation; readonly overrides: FillOverrides }[],
): Promise<void> {
  const { settings, roadmap } = roundContext();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  for (const { org, overrides } of entries) typeInto(wb, org.code, schoolEdits(org, roadmap, settings, overrides));
  await wb.xlsx.writeFile(path);
}

const textDate = /^(\d{2})\.(\d{2})\.(\d{4})$/;

/**
 * Does to a file what OnlyOffice-based editors (Р7-Офис) do when a school types into it and saves,
 * as far as the reader is concerned (they cannot run here): a date typed as text becomes a real date
 * cell, a whole number typed into a general cell becomes a number while `1 234` stays text, and every
 * string is written inline in its cell (`t="inlineStr"`) instead of in the shared-strings table.
 *
 * @param path - the file (changed in place)
 * @param tab - the organisation's tab
 */
export async function emulateOnlyOffice(path: string, tab: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(tab)!;
  ws.eachRow((row) => {
    row.eachCell((cell) => {
      const value = cell.value;
      if (typeof value !== 'string') return;
      const date = textDate.exec(value);
      if (date) {
        cell.value = new Date(Date.UTC(Number(date[3]), Number(date[2]) - 1, Number(date[1])));
        cell.numFmt = 'dd.mm.yyyy';
      } else if (/^\d+$/.test(value) && value.length < 6 && cell.numFmt !== '@') cell.value = Number(value);
    });
  });
  await wb.xlsx.writeFile(path);
  const zip = await JSZip.loadAsync(await readFile(path));
  const shared = await zip.file('xl/sharedStrings.xml')?.async('string');
  if (!shared) return;
  const strings = [...shared.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1] ?? '');
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    const inline = xml.replace(
      /<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
      (_, before: string, after: string, index: string) =>
        `<c ${before}t="inlineStr"${after}><is>${strings[Number(index)] ?? ''}</is></c>`,
    );
    zip.file(name, inline);
  }
  await writeFile(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}
