/** Parses the A1 ranges the add-on sends: `'Tab'`, `Tab`, `'Tab'!A1:H200`. 0-based, end exclusive. */
export interface ParsedRange {
  title: string;
  box: { r0: number; c0: number; r1: number; c1: number } | null;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function parseA1(range: string): ParsedRange {
  let title: string;
  let rest = '';
  if (range.startsWith("'")) {
    let i = 1;
    let out = '';
    while (i < range.length) {
      if (range[i] === "'" && range[i + 1] === "'") {
        out += "'";
        i += 2;
      } else if (range[i] === "'") break;
      else out += range[i++];
    }
    title = out;
    rest = range.slice(i + 1);
  } else {
    const bang = range.lastIndexOf('!');
    title = bang < 0 ? range : range.slice(0, bang);
    rest = bang < 0 ? '' : range.slice(bang);
  }
  const m = /^!([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(rest);
  if (!m) return { title, box: null };
  const c0 = columnNumber(m[1]!) - 1;
  const r0 = Number(m[2]) - 1;
  const c1 = m[3] ? columnNumber(m[3]) : c0 + 1;
  const r1 = m[4] ? Number(m[4]) : r0 + 1;
  return { title, box: { r0, c0, r1, c1 } };
}
