import { bad, type CellRead, ok } from './cell-read';
import { cellText } from './cell-text';
import { foundText } from './found-text';
import { screenCell } from './screen-cell';

// `8а`, `8б`: the class letter is dropped, the grade kept.
const token = /^(\d{1,2})[а-яё]?(?:-(\d{1,2})[а-яё]?)?$/;

/**
 * School grades: `6`, `6-9`, `8, 9`, `6–11`, `6 - 11`, `8 и 9`, `8а, 8б`, a number cell 6, with an
 * optional `класс(ы)`/`кл.`; grades 1–11. Returns the sorted unique grades. Grades outside
 * 1–11 are `grade_out_of_range`; anything else (including a number Sheets made of `8,9`)
 * `not_grades`.
 *
 * @param cell - a cell value
 * @example readGrades('6–9') // { kind: 'ok', value: [6, 7, 8, 9] }
 */
export function readGrades(cell: unknown): CellRead<readonly number[]> {
  const screened = screenCell(cell);
  if (screened) return screened;
  const text = cellText(cell);
  const found = foundText(cell);
  if (typeof cell !== 'string' && typeof cell !== 'number') return bad('not_grades', { found });
  if (typeof cell === 'number' && !Number.isInteger(cell)) return bad('not_grades', { found });
  const cleaned = text
    .toLowerCase()
    .replace(/\s*[-‐‑‒–—−]\s*/g, '-')
    .replace(/(?:классы|классов|класс|кл\.?)/g, ' ')
    .replace(/\sи\s/g, ',')
    .trim();
  const tokens = cleaned.split(/[,;\s]+/).filter((t) => t !== '');
  if (tokens.length === 0) return bad('not_grades', { found });
  const grades = new Set<number>();
  for (const t of tokens) {
    const m = token.exec(t);
    if (!m) return bad('not_grades', { found });
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to > 11 || from > 11 || to < 1) return bad('grade_out_of_range', { found });
    if (to < from) return bad('not_grades', { found });
    for (let g = from; g <= to; g++) grades.add(g);
  }
  return ok([...grades].sort((a, b) => a - b));
}
