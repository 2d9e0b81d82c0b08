/**
 * A1 ranges as the Sheets API reads them (https://developers.google.com/sheets/api/guides/concepts#cell):
 * `Sheet1!A1:B2`, `Sheet1!A:A`, `Sheet1!1:2`, `Sheet1!A5:A`, `A1:B2` (the first visible sheet),
 * `Sheet1` (the whole tab), `'My Custom Sheet'!A:A`. "Single quotes are required for sheet names
 * with spaces or special characters": an unquoted name with anything but letters, digits and `_` is
 * refused (`Unable to parse range: …`, the API's text), and so is an unquoted name that reads as a
 * cell (`'A1'` is a sheet, `A1` a cell). Inside quotes a doubled quote is one quote, and a lone quote
 * not followed by `!` is kept (the guide's own `'Jon's_Data'!A1:D5`).
 * Boxes are 0-based, end exclusive; an end left open (`A:A`, `A5:A`) is undefined.
 */

interface A1Box {
  r0: number;
  c0: number;
  r1: number | undefined;
  c1: number | undefined;
}

export interface ParsedRange {
  /** The sheet's title; null for "the first visible sheet" (`A1:B2` without a name). */
  title: string | null;
  /** The cells; null for the whole tab. */
  box: A1Box | null;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Letters of a 1-based column: 1 → A, 28 → AB. */
export function columnName(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

// Columns stop at ZZZ (18,278), rows at 10 million.
const cell = /^([A-Z]{1,3})(\d+)$/i;
const column = /^([A-Z]{1,3})$/i;
const row = /^(\d+)$/;

function parseBox(text: string): A1Box | null {
  const [from, to, extra] = text.split(':');
  if (extra !== undefined || !from) return null;
  const a = cell.exec(from);
  if (to === undefined) {
    if (!a) return null;
    const r = Number(a[2]) - 1;
    const c = columnNumber(a[1]!) - 1;
    return r < 0 ? null : { r0: r, c0: c, r1: r + 1, c1: c + 1 };
  }
  const b = cell.exec(to);
  if (a && b) {
    // `B2:A1` is read as `A1:B2`.
    const [ra, rb] = [Number(a[2]), Number(b[2])];
    const [ca, cb] = [columnNumber(a[1]!), columnNumber(b[1]!)];
    if (ra < 1 || rb < 1) return null;
    return { r0: Math.min(ra, rb) - 1, c0: Math.min(ca, cb) - 1, r1: Math.max(ra, rb), c1: Math.max(ca, cb) };
  }
  // A5:A: from a cell down the column; A:C: whole columns; 1:2: whole rows.
  const bc = column.exec(to);
  if (a && bc) return { r0: Number(a[2]) - 1, c0: columnNumber(a[1]!) - 1, r1: undefined, c1: columnNumber(bc[1]!) };
  const ac = column.exec(from);
  if (ac && bc) return { r0: 0, c0: columnNumber(ac[1]!) - 1, r1: undefined, c1: columnNumber(bc[1]!) };
  const ar = row.exec(from);
  const br = row.exec(to);
  if (ar && br && Number(ar[1]) >= 1) return { r0: Number(ar[1]) - 1, c0: 0, r1: Number(br[1]), c1: undefined };
  return null;
}

const plainName = /^[\p{L}\p{N}_]+$/u;

/** Parses an A1 range; throws the API's `Unable to parse range: …` when it cannot. */
export function parseA1(range: string): ParsedRange {
  const refuse = () => new Error(`Unable to parse range: ${range}`);
  if (range.startsWith("'")) {
    let i = 1;
    let title = '';
    for (;;) {
      if (i >= range.length) throw refuse();
      const ch = range[i]!;
      if (ch === "'" && range[i + 1] === "'") {
        title += "'";
        i += 2;
      } else if (ch === "'" && (i + 1 === range.length || range[i + 1] === '!')) {
        break;
      } else {
        title += ch;
        i++;
      }
    }
    const rest = range.slice(i + 1);
    if (rest === '') return { title, box: null };
    const box = parseBox(rest.slice(1));
    if (!box || title === '') throw refuse();
    return { title, box };
  }
  const whole = parseBox(range);
  if (whole) return { title: null, box: whole };
  const bang = range.lastIndexOf('!');
  const title = bang < 0 ? range : range.slice(0, bang);
  if (!plainName.test(title) || parseBox(title)) throw refuse();
  if (bang < 0) return { title, box: null };
  const box = parseBox(range.slice(bang + 1));
  if (!box) throw refuse();
  return { title, box };
}

/** A title as A1 writes it: quoted (quotes doubled) unless plain. */
export function a1Title(title: string): string {
  return plainName.test(title) && !parseBox(title) ? title : `'${title.replace(/'/g, "''")}'`;
}

/** The A1 text of a closed box: `A1`, `B2:D9`. */
export function a1Box(box: { r0: number; c0: number; r1: number; c1: number }): string {
  const from = `${columnName(box.c0 + 1)}${box.r0 + 1}`;
  const to = `${columnName(box.c1)}${box.r1}`;
  return box.r1 - box.r0 === 1 && box.c1 - box.c0 === 1 ? from : `${from}:${to}`;
}
