import { a1 } from '../grid/a1';

/** Where an issue stands: its tab and 1-based cell (both `null` for a whole tab, `column` alone for a whole row). */
export interface IssueSpot {
  readonly tab: string;
  readonly row: number | null;
  readonly column: number | null;
  /** The spot is in a file read as a table (a CSV), not in a tab: `tab` is the file's name. */
  readonly file?: boolean;
  /** In a file: the column's header as the file has it. */
  readonly header?: string;
}

/**
 * Where an issue stands, in words a person reads: «лист «S0004» (МБОУ «СОШ № 4»), ячейка B14»,
 * «…, строка 7», or the tab alone. The organisation's name is given when the tab is an organisation's.
 * A spot in a file read as a table (a CSV) has no tab and no cells: «файл «orgs.csv», строка 7,
 * столбец «Тип»» (the column named by its header, else by its number).
 *
 * @param spot - tab, row and column
 * @param orgName - the organisation's name, when the tab is its form
 * @example placeText({ tab: 'S0004', row: 14, column: 2 }, 'МБОУ «СОШ № 4»') // 'лист «S0004» (МБОУ «СОШ № 4»), ячейка B14'
 */
export function placeText(spot: IssueSpot, orgName?: string): string {
  if (spot.file) return filePlaceText(spot);
  const name = orgName && orgName.trim() !== '' && orgName !== spot.tab ? ` (${orgName})` : '';
  const tab = `лист «${spot.tab}»${name}`;
  if (spot.row === null) return tab;
  if (spot.column === null) return `${tab}, строка ${spot.row}`;
  return `${tab}, ячейка ${a1(spot.row, spot.column)}`;
}

function filePlaceText(spot: IssueSpot): string {
  const file = `файл «${spot.tab}»`;
  if (spot.row === null) return file;
  const line = `${file}, строка ${spot.row}`;
  if (spot.column === null) return line;
  return `${line}, столбец ${spot.header ? `«${spot.header}»` : spot.column}`;
}
