/**
 * A line of a `Срок` cell without its remarks in brackets, and the remarks: `2 раза в год
 * (декабрь, май)` → `2 раза в год` and `декабрь, май`. Nested or unbalanced brackets are left
 * as written (the grammar then refuses them). A line that is only a remark is the remark.
 *
 * @param line - one line of the cell
 * @example splitRemarks('в течение года (по отдельному графику)') // { main: 'в течение года', remarks: ['по отдельному графику'] }
 */
export function splitRemarks(line: string): { main: string; remarks: string[] } {
  const remarks: string[] = [];
  const main = line
    .replace(/[([]([^()[\]]*)[)\]]/g, (_, inside: string) => {
      if (inside.trim() !== '') remarks.push(inside.trim());
      return ' ';
    })
    .replace(/\s+/g, ' ')
    .trim();
  if (main === '' && remarks.length === 1) return { main: remarks[0] ?? '', remarks: [] };
  return { main, remarks };
}
