import { type Box, protectedCellMessage, protectionAllows, refusedCell, sheetLockedFor } from './access';
import { fieldList, type Json, knownField } from './cell-apply';
import { cellCap, type FakeProtection, type FakeSheet, type FakeSpreadsheet } from './model';

/**
 * Checks a whole `spreadsheets.batchUpdate` before anything is applied, as the API does
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate: "if any
 * request is not valid, the entire request will fail and nothing will be applied"): grid limits,
 * ids, the 10-million-cell cap, and the acting user's protections. Requests are checked in order
 * against the state the earlier ones leave (a sheet added, a protection added or deleted earlier in
 * the batch counts). Cell writes (updateCells, repeatCell, setDataValidation, merges, appendCells)
 * must fall on cells every covering protection allows; changes to a tab itself (properties, size,
 * column widths, charts, deletion) need the tab's own protection to allow the user; deleting a
 * protection needs it to allow the user.
 */

const kinds = [
  'addSheet',
  'updateSheetProperties',
  'updateDimensionProperties',
  'unmergeCells',
  'mergeCells',
  'updateCells',
  'repeatCell',
  'setDataValidation',
  'addProtectedRange',
  'deleteProtectedRange',
  'appendCells',
  'deleteSheet',
  'addChart',
  'deleteEmbeddedObject',
  'copyPaste',
] as const;

/** The acting user, and whether protections can be skipped (the owner passes all of them). */
export interface Guard {
  readonly user: string;
  readonly bypass: boolean;
}

export function lastContentRow(sheet: FakeSheet): number {
  for (let r = Math.min(sheet.cells.length, sheet.rowCount) - 1; r >= 0; r--) {
    if ((sheet.cells[r] ?? []).some((c) => c && c.value !== null && c.value !== '')) return r;
  }
  return -1;
}

interface Size {
  rows: number;
  columns: number;
  title: string;
}

export function validate(book: FakeSpreadsheet, requests: Json[], guard: Guard): void {
  const sizes = new Map<number, Size>(
    book.sheets.map((s) => [s.sheetId, { rows: s.rowCount, columns: s.columnCount, title: s.title }]),
  );
  let protections: FakeProtection[] = [...book.protections];
  const charts = new Map(book.sheets.flatMap((s) => s.charts.map((c) => [c.chartId, s.sheetId] as const)));
  const need = (id: number, what: string) => {
    const s = sizes.get(id);
    if (!s) throw new Error(`Invalid requests[${what}]: No grid with id: ${id}`);
    return s;
  };
  const inGrid = (range: Json, what: string) => {
    const s = need(range.sheetId ?? 0, what);
    if ((range.endRowIndex ?? 0) > s.rows || (range.endColumnIndex ?? 0) > s.columns) {
      throw new Error(
        `Invalid requests[${what}]: Range (${JSON.stringify(range)}) exceeds grid limits. Max rows: ${s.rows}, max columns: ${s.columns}`,
      );
    }
  };
  const cells = (sheetId: number, box: Box) => {
    if (guard.bypass || box.r1 <= box.r0 || box.c1 <= box.c0) return;
    if (refusedCell(book, protections, sheetId, box, guard.user)) throw new Error(protectedCellMessage);
  };
  const rangeCells = (range: Json) => {
    const s = sizes.get(range.sheetId ?? 0)!;
    cells(range.sheetId ?? 0, {
      r0: range.startRowIndex ?? 0,
      r1: range.endRowIndex ?? s.rows,
      c0: range.startColumnIndex ?? 0,
      c1: range.endColumnIndex ?? s.columns,
    });
  };
  const tab = (sheetId: number) => {
    if (!guard.bypass && sheetLockedFor(book, protections, sheetId, guard.user)) throw new Error(protectedCellMessage);
  };
  requests.forEach((request, i) => {
    const kind = Object.keys(request)[0] as (typeof kinds)[number];
    if (!kinds.includes(kind)) throw new Error(`fake: unsupported request ${kind}`);
    const body = request[kind];
    const what = `${i}].${kind}`;
    if (kind === 'addSheet') {
      const p = body.properties;
      if ([...sizes.values()].some((s) => s.title === p.title)) {
        throw new Error(`Invalid requests[${what}]: A sheet with the name "${p.title}" already exists.`);
      }
      if (p.sheetId !== undefined && sizes.has(p.sheetId))
        throw new Error(`Invalid requests[${what}]: duplicate sheetId ${p.sheetId}`);
      const g = p.gridProperties ?? {};
      if ((g.frozenRowCount ?? 0) >= (g.rowCount ?? 1000))
        throw new Error(`Invalid requests[${what}]: You can't freeze all visible rows on the sheet.`);
      sizes.set(p.sheetId ?? -1, { rows: g.rowCount ?? 1000, columns: g.columnCount ?? 26, title: p.title });
    } else if (kind === 'updateSheetProperties') {
      const id = body.properties.sheetId;
      const s = need(id, what);
      tab(id);
      const g = body.properties.gridProperties ?? {};
      // Shrinking a tab deletes the cells beyond its new size.
      if (g.rowCount !== undefined && g.rowCount < s.rows)
        cells(id, { r0: g.rowCount, r1: s.rows, c0: 0, c1: s.columns });
      if (g.columnCount !== undefined && g.columnCount < s.columns)
        cells(id, { r0: 0, r1: s.rows, c0: g.columnCount, c1: s.columns });
      if (g.rowCount !== undefined) s.rows = g.rowCount;
      if (g.columnCount !== undefined) s.columns = g.columnCount;
      if ((g.frozenRowCount ?? 0) >= s.rows)
        throw new Error(`Invalid requests[${what}]: You can't freeze all visible rows on the sheet.`);
    } else if (kind === 'deleteSheet') {
      const s = need(body.sheetId, what);
      tab(body.sheetId);
      cells(body.sheetId, { r0: 0, r1: s.rows, c0: 0, c1: s.columns });
      sizes.delete(body.sheetId);
      protections = protections.filter((p) => p.sheetId !== body.sheetId);
      for (const [id, sheetId] of charts) if (sheetId === body.sheetId) charts.delete(id);
    } else if (kind === 'deleteEmbeddedObject') {
      const sheetId = charts.get(body.objectId);
      if (sheetId === undefined)
        throw new Error(`Invalid requests[${what}]: No embedded object with id: ${body.objectId}`);
      tab(sheetId);
      charts.delete(body.objectId);
    } else if (kind === 'addChart') {
      const anchor = body.chart?.position?.overlayPosition?.anchorCell;
      if (!anchor) throw new Error('fake: addChart without overlayPosition.anchorCell');
      const s = need(anchor.sheetId, what);
      tab(anchor.sheetId);
      if (anchor.rowIndex >= s.rows || anchor.columnIndex >= s.columns)
        throw new Error(`Invalid requests[${what}]: anchor cell out of the grid`);
      const basic = body.chart?.spec?.basicChart;
      if (!basic) throw new Error('fake: addChart without spec.basicChart');
      const sources: Json[] = [...(basic.domains ?? []), ...(basic.series ?? [])].flatMap(
        (d: Json) => (d.domain ?? d.series)?.sourceRange?.sources ?? [],
      );
      if (sources.length < 2) throw new Error(`Invalid requests[${what}]: a chart needs a domain and a series`);
      for (const source of sources) inGrid(source, what);
    } else if (kind === 'deleteProtectedRange') {
      const target = protections.find((p) => p.id === body.protectedRangeId);
      if (!target) throw new Error(`Invalid requests[${what}]: No protected range with id ${body.protectedRangeId}`);
      if (!guard.bypass && !protectionAllows(book, target, guard.user)) throw new Error(protectedCellMessage);
      protections = protections.filter((p) => p !== target);
    } else if (kind === 'addProtectedRange') {
      const pr = body.protectedRange;
      need(pr.range.sheetId ?? 0, what);
      if (pr.warningOnly && (pr.editors?.users ?? []).length > 0)
        throw new Error(`Invalid requests[${what}]: Editors are not supported with warning_only protection.`);
      protections.push({
        id: -1 - i,
        sheetId: pr.range.sheetId ?? 0,
        range: { ...pr.range },
        description: pr.description ?? '',
        editors: [...(pr.editors?.users ?? [])],
        unprotectedRanges: pr.unprotectedRanges ?? [],
        warningOnly: pr.warningOnly === true,
      });
    } else if (kind === 'appendCells') {
      const s = need(body.sheetId, what);
      const rows: Json[] = body.rows ?? [];
      const sheet = book.sheets.find((x) => x.sheetId === body.sheetId);
      const start = sheet ? lastContentRow(sheet) + 1 : 0;
      const width = Math.max(0, ...rows.map((r: Json) => (r.values ?? []).length));
      cells(body.sheetId, { r0: start, r1: start + rows.length, c0: 0, c1: width });
      s.rows += rows.length;
    } else if (kind === 'updateCells') {
      if (!fieldList(body.fields).every(knownField)) throw new Error(`fake: unsupported fields ${body.fields}`);
      if (body.range) {
        inGrid(body.range, what);
        rangeCells(body.range);
      } else {
        const s = need(body.start.sheetId, what);
        const rows = body.rows ?? [];
        const width = Math.max(0, ...rows.map((r: Json) => (r.values ?? []).length));
        if (body.start.rowIndex + rows.length > s.rows || body.start.columnIndex + width > s.columns) {
          throw new Error(`Invalid requests[${what}]: exceeds grid limits`);
        }
        rows.forEach((r: Json, k: number) => {
          const r0 = body.start.rowIndex + k;
          const c0 = body.start.columnIndex;
          cells(body.start.sheetId, { r0, r1: r0 + 1, c0, c1: c0 + (r.values ?? []).length });
        });
      }
    } else if (kind === 'repeatCell') {
      if (!fieldList(body.fields).every(knownField)) throw new Error(`fake: unsupported fields ${body.fields}`);
      inGrid(body.range, what);
      rangeCells(body.range);
    } else if (kind === 'copyPaste') {
      if (body.pasteType !== 'PASTE_NORMAL') throw new Error(`fake: unsupported pasteType ${body.pasteType}`);
      inGrid(body.source, what);
      inGrid(body.destination, what);
      const rows = (r: Json) => (r.endRowIndex ?? 0) - (r.startRowIndex ?? 0);
      const columns = (r: Json) => (r.endColumnIndex ?? 0) - (r.startColumnIndex ?? 0);
      if (rows(body.source) !== rows(body.destination) || columns(body.source) !== columns(body.destination)) {
        throw new Error('fake: copyPaste supports a destination of the source size only');
      }
      rangeCells(body.destination);
    } else if (kind === 'setDataValidation' || kind === 'mergeCells' || kind === 'unmergeCells') {
      inGrid(body.range, what);
      rangeCells(body.range);
    } else if (kind === 'updateDimensionProperties') {
      const s = need(body.range.sheetId, what);
      tab(body.range.sheetId);
      if (body.range.endIndex > (body.range.dimension === 'COLUMNS' ? s.columns : s.rows)) {
        throw new Error(`Invalid requests[${what}]: dimension out of range`);
      }
    }
  });
  let total = 0;
  for (const s of sizes.values()) total += s.rows * s.columns;
  if (total > cellCap) {
    throw new Error(
      `Invalid requests: This action would increase the number of cells in the workbook above the limit of ${cellCap} cells.`,
    );
  }
}
