import { applyCellData, fieldList, type Json } from './cell-apply';
import { cellAt, cellFor, type FakeGridRange, type FakeSheet, type FakeSpreadsheet, newSheet } from './model';
import { lastContentRow } from './sheets-validate';
import type { FakeWorld } from './world';

/**
 * Applies one request of a validated `spreadsheets.batchUpdate` to the in-memory spreadsheet and
 * returns its reply (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request):
 * cells and their fields (`fields` masks, `*` meaning all), tabs and their grid properties, merges,
 * column widths, protected ranges, charts, appended rows.
 */

function bounds(sheet: FakeSheet, r: Json) {
  return {
    r0: r.startRowIndex ?? 0,
    r1: r.endRowIndex ?? sheet.rowCount,
    c0: r.startColumnIndex ?? 0,
    c1: r.endColumnIndex ?? sheet.columnCount,
  };
}

function forEachCell(sheet: FakeSheet, range: Json, fn: (r: number, c: number) => void): void {
  const b = bounds(sheet, range);
  for (let r = b.r0; r < b.r1; r++) for (let c = b.c0; c < b.c1; c++) fn(r, c);
}

function trimGrid(sheet: FakeSheet): void {
  sheet.cells.length = Math.min(sheet.cells.length, sheet.rowCount);
  for (const row of sheet.cells) if (row) row.length = Math.min(row.length, sheet.columnCount);
  sheet.merges = sheet.merges.filter(
    (m) => (m.endRowIndex ?? 0) <= sheet.rowCount && (m.endColumnIndex ?? 0) <= sheet.columnCount,
  );
}

export function apply(world: FakeWorld, book: FakeSpreadsheet, request: Json): Json {
  const kind = Object.keys(request)[0];
  const body = request[kind!];
  const sheetById = (id: number) => book.sheets.find((s) => s.sheetId === id)!;
  switch (kind) {
    case 'addSheet': {
      const p = body.properties;
      const id = p.sheetId ?? world.nextSheetId();
      const g = p.gridProperties ?? {};
      const sheet = newSheet(id, p.title, g.rowCount ?? 1000, g.columnCount ?? 26);
      sheet.frozenRows = g.frozenRowCount ?? 0;
      sheet.frozenColumns = g.frozenColumnCount ?? 0;
      sheet.hidden = p.hidden === true;
      const index = Math.min(p.index ?? book.sheets.length, book.sheets.length);
      book.sheets.splice(index, 0, sheet);
      return { addSheet: { properties: { sheetId: id, title: p.title, index } } };
    }
    case 'deleteSheet':
      book.sheets = book.sheets.filter((s) => s.sheetId !== body.sheetId);
      book.protections = book.protections.filter((p) => p.sheetId !== body.sheetId);
      return {};
    case 'updateSheetProperties': {
      const sheet = sheetById(body.properties.sheetId);
      const fields = fieldList(body.fields);
      const p = body.properties;
      const g = p.gridProperties ?? {};
      for (const f of fields) {
        if (f === 'gridProperties.rowCount') sheet.rowCount = g.rowCount;
        else if (f === 'gridProperties.columnCount') sheet.columnCount = g.columnCount;
        else if (f === 'gridProperties.frozenRowCount') sheet.frozenRows = g.frozenRowCount ?? 0;
        else if (f === 'gridProperties.frozenColumnCount') sheet.frozenColumns = g.frozenColumnCount ?? 0;
        else if (f === 'hidden') sheet.hidden = p.hidden === true;
        else if (f === 'title') sheet.title = p.title;
        else throw new Error(`fake: unsupported sheet property ${f}`);
      }
      trimGrid(sheet);
      return {};
    }
    case 'updateDimensionProperties': {
      const sheet = sheetById(body.range.sheetId);
      if (body.range.dimension !== 'COLUMNS') return {};
      for (let c = body.range.startIndex; c < body.range.endIndex; c++) {
        if (body.properties.pixelSize !== undefined) sheet.columnWidths[c] = body.properties.pixelSize;
        if (body.properties.hiddenByUser === true && !sheet.hiddenColumns.includes(c)) sheet.hiddenColumns.push(c);
        if (body.properties.hiddenByUser === false) sheet.hiddenColumns = sheet.hiddenColumns.filter((x) => x !== c);
      }
      return {};
    }
    case 'unmergeCells': {
      const sheet = sheetById(body.range.sheetId ?? 0);
      const b = bounds(sheet, body.range);
      sheet.merges = sheet.merges.filter(
        (m) =>
          !(
            (m.startRowIndex ?? 0) >= b.r0 &&
            (m.endRowIndex ?? 0) <= b.r1 &&
            (m.startColumnIndex ?? 0) >= b.c0 &&
            (m.endColumnIndex ?? 0) <= b.c1
          ),
      );
      return {};
    }
    case 'mergeCells':
      sheetById(body.range.sheetId).merges.push({ ...body.range });
      return {};
    case 'updateCells': {
      const fields = fieldList(body.fields);
      const rows: Json[] = body.rows ?? [];
      if (body.range) {
        const sheet = sheetById(body.range.sheetId ?? 0);
        const b = bounds(sheet, body.range);
        forEachCell(sheet, body.range, (r, c) => {
          const data = rows[r - b.r0]?.values?.[c - b.c0];
          if (data === undefined && !cellAt(sheet, r, c)) return;
          applyCellData(cellFor(sheet, r, c), data ?? {}, fields);
        });
      } else {
        const sheet = sheetById(body.start.sheetId);
        rows.forEach((row, i) => {
          (row.values ?? []).forEach((data: Json, j: number) => {
            applyCellData(cellFor(sheet, body.start.rowIndex + i, body.start.columnIndex + j), data, fields);
          });
        });
      }
      return {};
    }
    case 'repeatCell': {
      const sheet = sheetById(body.range.sheetId ?? 0);
      const fields = fieldList(body.fields);
      forEachCell(sheet, body.range, (r, c) => applyCellData(cellFor(sheet, r, c), body.cell, fields));
      return {};
    }
    case 'setDataValidation': {
      const sheet = sheetById(body.range.sheetId ?? 0);
      forEachCell(sheet, body.range, (r, c) =>
        applyCellData(cellFor(sheet, r, c), { dataValidation: body.rule }, ['dataValidation']),
      );
      return {};
    }
    case 'addProtectedRange': {
      const pr = body.protectedRange;
      const id = book.nextProtectionId++;
      book.protections.push({
        id,
        sheetId: pr.range.sheetId ?? 0,
        range: { ...pr.range },
        description: pr.description ?? '',
        editors: [...(pr.editors?.users ?? [])],
        unprotectedRanges: (pr.unprotectedRanges ?? []).map((r: FakeGridRange) => ({ ...r })),
        ...(pr.warningOnly === true ? { warningOnly: true } : {}),
      });
      return { addProtectedRange: { protectedRange: { ...pr, protectedRangeId: id } } };
    }
    case 'addChart': {
      const chartId = book.nextChartId ?? 1;
      book.nextChartId = chartId + 1;
      const chart = structuredClone(body.chart);
      sheetById(chart.position.overlayPosition.anchorCell.sheetId).charts.push({ chartId, chart });
      return { addChart: { chart: { ...chart, chartId } } };
    }
    case 'copyPaste': {
      // PASTE_NORMAL: values, formulas, formats and merges (Sheets API PasteType); notes stay as they were.
      const from = sheetById(body.source.sheetId);
      const to = sheetById(body.destination.sheetId);
      const s = bounds(from, body.source);
      const d = bounds(to, body.destination);
      const copied = [];
      for (let r = s.r0; r < s.r1; r++) {
        for (let c = s.c0; c < s.c1; c++) copied.push({ r: r - s.r0, c: c - s.c0, cell: cellAt(from, r, c) });
      }
      for (const { r, c, cell } of copied) {
        const target = cellFor(to, d.r0 + r, d.c0 + c);
        target.value = cell?.value ?? null;
        if (cell?.formula) target.formula = cell.formula;
        else delete target.formula;
        target.format = { ...(cell?.format ?? {}) };
        if (cell?.validation) target.validation = [...cell.validation];
        else delete target.validation;
      }
      to.merges = to.merges.filter(
        (m) =>
          (m.endRowIndex ?? 0) <= d.r0 ||
          (m.startRowIndex ?? 0) >= d.r1 ||
          (m.endColumnIndex ?? 0) <= d.c0 ||
          (m.startColumnIndex ?? 0) >= d.c1,
      );
      for (const m of from.merges) {
        if ((m.startRowIndex ?? 0) >= s.r0 && (m.endRowIndex ?? 0) <= s.r1) {
          to.merges.push({
            ...m,
            sheetId: to.sheetId,
            startRowIndex: (m.startRowIndex ?? 0) - s.r0 + d.r0,
            endRowIndex: (m.endRowIndex ?? 0) - s.r0 + d.r0,
            startColumnIndex: (m.startColumnIndex ?? 0) - s.c0 + d.c0,
            endColumnIndex: (m.endColumnIndex ?? 0) - s.c0 + d.c0,
          });
        }
      }
      return {};
    }
    case 'deleteEmbeddedObject':
      for (const sheet of book.sheets) sheet.charts = sheet.charts.filter((c) => c.chartId !== body.objectId);
      return {};
    case 'deleteProtectedRange':
      book.protections = book.protections.filter((p) => p.id !== body.protectedRangeId);
      return {};
    case 'appendCells': {
      const sheet = sheetById(body.sheetId);
      const fields = fieldList(body.fields);
      const start = lastContentRow(sheet) + 1;
      const rows: Json[] = body.rows ?? [];
      sheet.rowCount = Math.max(sheet.rowCount, start + rows.length);
      rows.forEach((row, i) => {
        const width = (row.values ?? []).length;
        sheet.columnCount = Math.max(sheet.columnCount, width);
        (row.values ?? []).forEach((data: Json, c: number) => {
          applyCellData(cellFor(sheet, start + i, c), data, fields);
        });
      });
      return {};
    }
    default:
      throw new Error(`fake: unsupported request ${kind}`);
  }
}
