import { tabNames } from '../grid/tab-names';
import type { SheetData } from '../grid/sheet-data';
import { cellText } from '../values/cell-text';
import { normaliseFormText } from './form-text';
import { type CollectedFile, collectedHeaders, type Marker, markerLabels } from './marker-sheet';
import { markerTimes } from './marker-times';

/** What a `Профкарта` tab says, each entry null when missing or unreadable. */
export interface MarkerRead {
  readonly book: string | null;
  readonly code: string | null;
  readonly formVersion: number | null;
  readonly schoolYear: string | null;
  readonly sentOn: string | null;
  readonly sentValues: string | null;
  readonly collected: readonly CollectedFile[];
}

type Key = Exclude<keyof Marker, 'collected'>;
const keyOfLabel = new Map<string, Key | 'collected'>(
  (Object.entries(markerLabels) as [Key | 'collected', string][]).map(([k, label]) => [normaliseFormText(label), k]),
);

/**
 * Reads a `Профкарта` tab (`markerSheet`) wherever its rows stand, labels matched tolerantly, values
 * as text (a re-save may have turned text into numbers), days and times back to ISO (`markerTimes`;
 * ISO as older books hold it reads as it is). A tab that is not one gives every entry null.
 *
 * @param sheet - the tab as read
 * @example readMarker(sheetOf(markerSheet({ book: 'b1', code: 'SCH1', formVersion: 1 }))).code // 'SCH1'
 */
export function readMarker(sheet: SheetData): MarkerRead {
  const found: Partial<Record<Key, string>> = {};
  const collected: CollectedFile[] = [];
  let inTable = false;
  for (const row of sheet.values) {
    if (!Array.isArray(row)) continue;
    const first = cellText(row[0]);
    const key = keyOfLabel.get(normaliseFormText(first));
    if (key === 'collected') {
      inTable = true;
      continue;
    }
    if (inTable) {
      if (normaliseFormText(first) === normaliseFormText(collectedHeaders[0])) continue;
      const [code, file, saved, when, values] = [0, 1, 2, 3, 4].map((c) => cellText(row[c]));
      if (code) {
        collected.push({
          code,
          file: file ?? '',
          saved: markerTimes.instantOf(saved ?? ''),
          collected: markerTimes.localOf(when ?? ''),
          values: values ?? '',
        });
      }
      continue;
    }
    if (key && found[key] === undefined) found[key] = cellText(row[1]);
  }
  const text = (key: Key) => (found[key] ? found[key] : null);
  const version = Number(found.formVersion);
  return {
    book: text('book'),
    code: text('code'),
    formVersion: found.formVersion && Number.isInteger(version) && version > 0 ? version : null,
    schoolYear: text('schoolYear'),
    sentOn: found.sentOn ? markerTimes.localOf(found.sentOn) : null,
    sentValues: text('sentValues'),
    collected,
  };
}

/**
 * The `Профкарта` marker of a book or of a file `split` sent, read; null when the tab is not there.
 *
 * @param sheets - the tabs of the workbook
 * @example markerOf(workbook.committee)?.book // '6f1c…'
 */
export function markerOf(sheets: readonly SheetData[]): MarkerRead | null {
  const wanted = normaliseFormText(tabNames.marker);
  const tab = sheets.find((s) => normaliseFormText(String(s.name ?? '')) === wanted);
  return tab ? readMarker(tab) : null;
}
