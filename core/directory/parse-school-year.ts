import type { SchoolYear } from '../dates/school-year';

/**
 * A school year as the committee writes it: `2023/2024`, `2023-2024`, `2023–24`, `2023`;
 * a number cell 2023. Null when it is not one (the end year must follow the start year).
 *
 * @param text - the text of the cell
 * @example parseSchoolYear('2023-2024') // { start: 2023 }
 */
export function parseSchoolYear(text: string): SchoolYear | null {
  const m = /^(\d{4})(?:\s*(?:\/|-|–|—)\s*(\d{4}|\d{2}))?(?:\s*(?:уч\.?|учебный)?\s*(?:г\.?|год|гг\.?))?$/.exec(
    text.trim().toLowerCase(),
  );
  if (!m) return null;
  const start = Number(m[1]);
  if (start < 1990 || start > 2100) return null;
  if (m[2] !== undefined) {
    const end = m[2].length === 2 ? Math.floor(start / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (end !== start + 1) return null;
  }
  return { start };
}
