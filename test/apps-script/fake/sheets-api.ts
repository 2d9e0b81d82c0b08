import { parseA1 } from './a1';
import type { CallCounter } from './calls';
import { applyCellData, fieldList, formatOf, type Json, knownField } from './cell-apply';
import {
  cellAt,
  cellCap,
  cellFor,
  type FakeGridRange,
  type FakeSheet,
  type FakeSpreadsheet,
  isEmptyCell,
  newSheet,
  valuesOf,
} from './model';
import type { FakeWorld } from './world';

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
] as const;

/** Validates a whole batch first (as the API does), so a bad request applies nothing. */
function validate(book: FakeSpreadsheet, requests: Json[]): void {
  const sizes = new Map(
    book.sheets.map((s) => [s.sheetId, { rows: s.rowCount, columns: s.columnCount, title: s.title }]),
  );
  const protections = new Set(book.protections.map((p) => p.id));
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
      const s = need(body.properties.sheetId, what);
      const g = body.properties.gridProperties ?? {};
      if (g.rowCount !== undefined) s.rows = g.rowCount;
      if (g.columnCount !== undefined) s.columns = g.columnCount;
      if ((g.frozenRowCount ?? 0) >= s.rows)
        throw new Error(`Invalid requests[${what}]: You can't freeze all visible rows on the sheet.`);
    } else if (kind === 'deleteSheet') {
      need(body.sheetId, what);
      sizes.delete(body.sheetId);
      for (const [id, sheetId] of charts) if (sheetId === body.sheetId) charts.delete(id);
    } else if (kind === 'deleteEmbeddedObject') {
      if (!charts.delete(body.objectId))
        throw new Error(`Invalid requests[${what}]: No embedded object with id: ${body.objectId}`);
    } else if (kind === 'addChart') {
      const anchor = body.chart?.position?.overlayPosition?.anchorCell;
      if (!anchor) throw new Error('fake: addChart without overlayPosition.anchorCell');
      const s = need(anchor.sheetId, what);
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
      if (!protections.delete(body.protectedRangeId))
        throw new Error(`Invalid requests[${what}]: No protected range with id ${body.protectedRangeId}`);
    } else if (kind === 'addProtectedRange') {
      need(body.protectedRange.range.sheetId ?? 0, what);
    } else if (kind === 'appendCells') {
      const s = need(body.sheetId, what);
      s.rows += (body.rows ?? []).length;
    } else if (kind === 'updateCells') {
      if (!fieldList(body.fields).every(knownField)) throw new Error(`fake: unsupported fields ${body.fields}`);
      if (body.range) inGrid(body.range, what);
      else {
        const s = need(body.start.sheetId, what);
        const rows = body.rows ?? [];
        const width = Math.max(0, ...rows.map((r: Json) => (r.values ?? []).length));
        if (body.start.rowIndex + rows.length > s.rows || body.start.columnIndex + width > s.columns) {
          throw new Error(`Invalid requests[${what}]: exceeds grid limits`);
        }
      }
    } else if (kind === 'repeatCell') {
      if (!fieldList(body.fields).every(knownField)) throw new Error(`fake: unsupported fields ${body.fields}`);
      inGrid(body.range, what);
    } else if (kind === 'setDataValidation' || kind === 'mergeCells' || kind === 'unmergeCells') {
      inGrid(body.range, what);
    } else if (kind === 'updateDimensionProperties') {
      const s = need(body.range.sheetId, what);
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

function lastContentRow(sheet: FakeSheet): number {
  for (let r = Math.min(sheet.cells.length, sheet.rowCount) - 1; r >= 0; r--) {
    if ((sheet.cells[r] ?? []).some((c) => c && c.value !== null && c.value !== '')) return r;
  }
  return -1;
}

function apply(world: FakeWorld, book: FakeSpreadsheet, request: Json): Json {
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

function rowsOfRange(sheet: FakeSheet, box: { r0: number; c0: number; r1: number; c1: number } | null): unknown[][] {
  const all = valuesOf(sheet);
  if (!box) return all;
  const out = all.slice(box.r0, box.r1).map((row) => row.slice(box.c0, box.c1));
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

/**
 * The advanced `Sheets` service over the fake world: `Spreadsheets.get`, `Spreadsheets.batchUpdate`
 * (validated whole, then applied: all or nothing, like the API) and `Spreadsheets.Values.batchGet`.
 */
export function fakeSheetsService(world: FakeWorld, counter: CallCounter): GoogleAppsScript.Sheets {
  const Values = {
    batchGet(spreadsheetId: string, options: Json = {}) {
      counter.add('Sheets.Spreadsheets.Values.batchGet');
      const book = world.book(spreadsheetId);
      const valueRanges = (options.ranges ?? []).map((range: string) => {
        const parsed = parseA1(range);
        const sheet = book.sheets.find((s) => s.title === parsed.title);
        if (!sheet) throw new Error(`Unable to parse range: ${range}`);
        const values = rowsOfRange(sheet, parsed.box);
        return values.length ? { range, majorDimension: 'ROWS', values } : { range, majorDimension: 'ROWS' };
      });
      return { spreadsheetId, valueRanges };
    },
  };
  const Spreadsheets = {
    Values,
    get(spreadsheetId: string, options: Json = {}) {
      counter.add('Sheets.Spreadsheets.get');
      const book = world.book(spreadsheetId);
      const fields = String(options.fields ?? '');
      const wanted: FakeSheet[] = options.ranges
        ? options.ranges.map((range: string) => {
            const sheet = book.sheets.find((s) => s.title === parseA1(range).title);
            if (!sheet) throw new Error(`Unable to parse range: ${range}`);
            return sheet;
          })
        : book.sheets;
      const sheets = wanted.map((sheet) => {
        const out: Json = {
          properties: {
            sheetId: sheet.sheetId,
            title: sheet.title,
            index: book.sheets.indexOf(sheet),
            hidden: sheet.hidden,
            gridProperties: {
              rowCount: sheet.rowCount,
              columnCount: sheet.columnCount,
              frozenRowCount: sheet.frozenRows,
              frozenColumnCount: sheet.frozenColumns,
            },
          },
        };
        if (!fields || fields.includes('protectedRanges')) {
          out.protectedRanges = book.protections
            .filter((p) => p.sheetId === sheet.sheetId)
            .map((p) => ({
              protectedRangeId: p.id,
              description: p.description,
              range: { ...p.range },
              editors: { users: [...p.editors] },
              unprotectedRanges: p.unprotectedRanges.map((r) => ({ ...r })),
            }));
        }
        if (!fields || fields.includes('charts')) {
          out.charts = sheet.charts.map((c) => ({ ...structuredClone(c.chart), chartId: c.chartId }));
        }
        if (fields.includes('data')) {
          const rowData = [];
          for (let r = 0; r < Math.min(sheet.rowCount, sheet.cells.length); r++) {
            const values = (sheet.cells[r] ?? []).map((cell) => {
              const v: Json = {};
              if (cell?.format.link && fields.includes('hyperlink')) v.hyperlink = cell.format.link;
              if (cell?.note && fields.includes('note')) v.note = cell.note;
              return v;
            });
            rowData.push({ values });
          }
          out.data = [{ rowData }];
        }
        return out;
      });
      return { spreadsheetId, properties: { title: book.name, timeZone: book.timeZone }, sheets };
    },
    batchUpdate(resource: Json, spreadsheetId: string) {
      counter.add('Sheets.Spreadsheets.batchUpdate');
      const book = world.book(spreadsheetId);
      const requests: Json[] = resource?.requests ?? [];
      world.batchLog.push({ spreadsheetId, requests: requests.length, bytes: JSON.stringify(requests).length });
      world.onBatchUpdate?.(spreadsheetId, requests);
      if (world.failBatch) {
        if (world.failBatch.okBefore <= 0) {
          const message = world.failBatch.message;
          world.failBatch = null;
          throw new Error(message);
        }
        world.failBatch.okBefore--;
      }
      validate(book, requests);
      const replies = requests.map((request) => apply(world, book, request));
      return { spreadsheetId, replies };
    },
  };
  return { Spreadsheets } as unknown as GoogleAppsScript.Sheets;
}

export { formatOf, isEmptyCell };
