import type { FakeCell, FakeFormat } from './model';

/** Schema objects as loosely typed JSON: the fake reads what the code under test sends. */
// biome-ignore lint/suspicious/noExplicitAny: request JSON of any shape
export type Json = any;

function hex(color: Json): string | undefined {
  if (!color) return undefined;
  const c = (x: unknown) =>
    Math.round(Number(x ?? 0) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${c(color.red)}${c(color.green)}${c(color.blue)}`;
}

/** The format a `CellFormat` JSON describes. */
function formatOf(format: Json): FakeFormat {
  const out: FakeFormat = {};
  if (!format) return out;
  if (format.numberFormat) out.numberFormat = { ...format.numberFormat };
  if (format.textFormat?.bold !== undefined) out.bold = format.textFormat.bold;
  if (format.textFormat?.italic !== undefined) out.italic = format.textFormat.italic;
  if (format.textFormat?.link?.uri) out.link = format.textFormat.link.uri;
  if (format.backgroundColor) out.background = hex(format.backgroundColor)!;
  if (format.wrapStrategy) out.wrap = format.wrapStrategy === 'WRAP';
  return out;
}

const formatPaths: Record<string, keyof FakeFormat> = {
  'userEnteredFormat.numberFormat': 'numberFormat',
  'userEnteredFormat.textFormat.bold': 'bold',
  'userEnteredFormat.textFormat.italic': 'italic',
  'userEnteredFormat.textFormat.link': 'link',
  'userEnteredFormat.backgroundColor': 'background',
  'userEnteredFormat.wrapStrategy': 'wrap',
};

/** Splits a field mask, `*` meaning all. */
export function fieldList(fields: string): string[] {
  if (fields.trim() === '*') return ['userEnteredValue', 'userEnteredFormat', 'note', 'dataValidation'];
  return fields
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
}

export function knownField(field: string): boolean {
  return ['userEnteredValue', 'userEnteredFormat', 'note', 'dataValidation'].includes(field) || field in formatPaths;
}

/** What a formula shows: the text of a HYPERLINK, an error otherwise (the fake computes nothing else). */
function formulaResult(formula: string): { value: string; link?: string } {
  const m = /^=HYPERLINK\("([^"]*)"\s*[;,]\s*"([^"]*)"\)$/i.exec(formula);
  if (m) return { value: m[2] ?? '', link: m[1] ?? '' };
  return { value: '#N/A' };
}

/** Applies the masked fields of a `CellData` JSON (undefined = clear them) to a cell. */
export function applyCellData(cell: FakeCell, data: Json, fields: readonly string[]): void {
  for (const field of fields) {
    if (field === 'userEnteredValue') {
      const v = data?.userEnteredValue;
      delete cell.formula;
      if (!v) cell.value = null;
      else if (v.stringValue !== undefined) cell.value = String(v.stringValue);
      else if (v.numberValue !== undefined) cell.value = Number(v.numberValue);
      else if (v.boolValue !== undefined) cell.value = Boolean(v.boolValue);
      else if (v.formulaValue !== undefined) {
        cell.formula = String(v.formulaValue);
        const result = formulaResult(cell.formula);
        cell.value = result.value;
        if (result.link) cell.format.link = result.link;
      } else cell.value = null;
    } else if (field === 'userEnteredFormat') {
      cell.format = formatOf(data?.userEnteredFormat);
    } else if (field === 'note') {
      if (data?.note) cell.note = String(data.note);
      else delete cell.note;
    } else if (field === 'dataValidation') {
      const values = data?.dataValidation?.condition?.values;
      if (values) cell.validation = values.map((x: Json) => String(x.userEnteredValue));
      else delete cell.validation;
    } else {
      const key = formatPaths[field];
      if (!key) throw new Error(`fake: unsupported field ${field}`);
      const next = formatOf(data?.userEnteredFormat)[key];
      if (next === undefined) delete cell.format[key];
      else (cell.format as Record<string, unknown>)[key] = next;
    }
  }
}
