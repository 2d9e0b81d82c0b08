import { roadmapFieldOfHeader } from './roadmap-columns';

const itemNumber = /^\d{1,3}(?:\.\d{1,3}){0,5}\.?$/;

function isHeader(text: string): boolean {
  return roadmapFieldOfHeader(text.trim()) !== null;
}

/**
 * An order's roadmap table copied as text, as a grid whose first row is the table's header row,
 * for `readRoadmap` (the same reader as the tab). Two layouts are read, whatever stands before
 * the table (the order's own text is skipped):
 * - a cell per line, as Word copies a table into plain text (`seeds/`): each cell starts with a
 *   tab, its further paragraphs follow on lines without one, blank lines between paragraphs; a
 *   row ends at a blank line followed by a number or an empty cell, or when it has as many
 *   cells as the header;
 * - a row per line with cells separated by tabs, as a spreadsheet copies it (a cell with line
 *   breaks in double quotes).
 * A cell's paragraphs are joined by one line break, blank ones dropped, the cell trimmed.
 * Null when no line names at least one header of the roadmap (`№ п/п`, `Мероприятие`, `Срок
 * исполнения`, …) in either layout.
 *
 * @param text - the copied text
 * @example orderTextGrid('Приказ\n\t№ п/п\n\tМероприятие\n\tСрок исполнения\n\n\t1.1\n\tПлан\n\tОктябрь')
 * // [['№ п/п', 'Мероприятие', 'Срок исполнения'], ['1.1', 'План', 'Октябрь']]
 */
export function orderTextGrid(text: string): string[][] | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const cells = line.split('\t');
    if (cells.filter(isHeader).length >= 2) return tabSeparatedRows(lines.slice(index).join('\n'));
    if (line.startsWith('\t') && cells.length === 2 && isHeader(cells[1] ?? ''))
      return cellPerLineRows(lines.slice(index));
  }
  return null;
}

/**
 * A cell of an order's table from its paragraphs: blank ones dropped, the rest joined by one line
 * break, the cell trimmed; Word's non-breaking and narrow spaces made plain ones (the built-in
 * roadmap was typed so).
 *
 * @param paragraphs - the cell's paragraphs as written
 * @example orderCellText(['Комитет,', '', 'МБУ ДПО ЦРО ']) // 'Комитет,\nМБУ ДПО ЦРО'
 */
export function orderCellText(paragraphs: readonly string[]): string {
  return paragraphs
    .filter((paragraph) => paragraph.trim() !== '')
    .join('\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .trim();
}

function cellPerLineRows(lines: readonly string[]): string[][] {
  const rows: string[][][] = [];
  let current: string[][] | null = null;
  let width = 0;
  let blanks = 0;
  const startsRow = (row: string[][], first: string): boolean => {
    if (rows.length === 0) return blanks > 0;
    if (width > 0 && row.length >= width) return true;
    return blanks > 0 && (first.trim() === '' || itemNumber.test(first.trim()));
  };
  for (const line of lines) {
    if (!line.includes('\t') && line.trim() === '') {
      blanks += 1;
      continue;
    }
    const [continued = '', ...starts] = line.split('\t');
    if (current && continued.trim() !== '') current[current.length - 1]?.push(continued);
    for (const [k, cell] of starts.entries()) {
      if (!current || (k === 0 && startsRow(current, cell))) {
        if (current) {
          rows.push(current);
          if (rows.length === 1) width = current.length;
        }
        current = [];
      }
      current.push([cell]);
    }
    blanks = 0;
  }
  if (current) rows.push(current);
  return rows.map((row) => row.map(orderCellText));
}

/** Rows of tab-separated cells; a cell in double quotes may hold tabs, line breaks and `""` for a quote. */
function tabSeparatedRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (ch === '\t') {
      row.push(orderCellText(field.split('\n')));
      field = '';
    } else if (ch === '\n') {
      row.push(orderCellText(field.split('\n')));
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, orderCellText(field.split('\n'))]);
  return rows.filter((cells) => cells.some((cell) => cell !== ''));
}
