import type { OutValue, OutputSheet } from '../grid/output-sheet';
import { tabNames } from '../grid/tab-names';
import { markerTimes } from './marker-times';

/** One organisation's file taken into a book by `collect`, as the book's marker records it. */
export interface CollectedFile {
  readonly code: string;
  /** The file's name as it arrived. */
  readonly file: string;
  /** When its content was saved (the .xlsx core property `modified`, else the file's time): ISO 8601 UTC, seconds. */
  readonly saved: string;
  /** When `collect` took it: `YYYY-MM-DD HH:MM` in Chelyabinsk. */
  readonly collected: string;
  /** `enteredFingerprint` of the organisation's tab as `collect` wrote it. */
  readonly values: string;
}

/**
 * The content of the `Профкарта` tab. In a book: its identity (`book`) and the files collected into
 * it. In a file `split` sends: the same `book`, and which organisation, form version and school year
 * it is for, when it was sent and a fingerprint of the values it was sent with.
 */
export interface Marker {
  /** The book's identity: a random id made once, when the book is created (`template`, `demo`). */
  readonly book: string;
  /** The organisation a sent file is for; absent in a book. */
  readonly code?: string;
  readonly formVersion?: number;
  /** `2023/2024`. */
  readonly schoolYear?: string;
  /** When the file was made: `YYYY-MM-DD`. */
  readonly sentOn?: string;
  /** `enteredFingerprint` of the organisation's tab in the book when the file was made. */
  readonly sentValues?: string;
  /** In a book: the files collected into it, one per organisation (the last taken). */
  readonly collected?: readonly CollectedFile[];
}

/** The labels of column A of the `Профкарта` tab. */
export const markerLabels = {
  book: 'Книга',
  code: 'Код',
  formVersion: 'Версия формы',
  schoolYear: 'Учебный год',
  sentOn: 'Разослано',
  sentValues: 'Разосланные значения',
  collected: 'Принятые файлы',
} as const;

/** The headers of the table of collected files, in order. */
export const collectedHeaders = ['Код', 'Файл', 'Сохранён', 'Принят', 'Значения'] as const;

/** The first line of the tab: what it is, for whoever finds it. */
const markerIntro =
  'Служебный лист Профкарты: по нему команда collect узнаёт файлы, разосланные из книги. Не изменяйте и не удаляйте его.';

/**
 * The `Профкарта` tab (design §2, §8): label in A, value in B, every cell text (so no office suite
 * turns an id into a number or a date), very hidden and protected. It survives a re-save by
 * LibreOffice Calc, which keeps it hidden (LibreOffice has no «очень скрытый» state), so a person may
 * show it: days and times are written as they read them (`markerTimes`); the book's id and the
 * fingerprints stay machine values, since `collect` compares them exactly and nobody reads them.
 *
 * @param marker - the book's identity, and for a sent file its organisation and form version
 * @example markerSheet({ book: '6f1c…', code: 'SCH1', formVersion: 1 }).rows[2] // ['Код', 'SCH1']
 */
export function markerSheet(marker: Marker): OutputSheet {
  const rows: OutValue[][] = [[markerIntro], [markerLabels.book, marker.book]];
  if (marker.code !== undefined) rows.push([markerLabels.code, marker.code]);
  if (marker.formVersion !== undefined) rows.push([markerLabels.formVersion, String(marker.formVersion)]);
  if (marker.schoolYear !== undefined) rows.push([markerLabels.schoolYear, marker.schoolYear]);
  if (marker.sentOn !== undefined) rows.push([markerLabels.sentOn, markerTimes.localText(marker.sentOn)]);
  if (marker.sentValues !== undefined) rows.push([markerLabels.sentValues, marker.sentValues]);
  if (marker.collected !== undefined) {
    rows.push([], [markerLabels.collected], [...collectedHeaders]);
    for (const f of marker.collected) {
      rows.push([f.code, f.file, markerTimes.instantText(f.saved), markerTimes.localText(f.collected), f.values]);
    }
  }
  const width = Math.max(...rows.map((r) => r.length));
  return {
    name: tabNames.marker,
    rows,
    format: {
      hidden: 'very',
      text: [{ row: 0, column: 0, rows: rows.length, columns: width }],
      columnWidths: [200, 320, 160, 130, 130],
      // Nothing editable: the tab is protected whole.
      editable: [],
    },
  };
}
