import { tabNames } from '../grid/tab-names';
import type { DateSystem } from '../dates/serial-date';
import type { SchoolYear } from '../dates/school-year';
import { schoolYearLabel } from '../dates/school-year';
import type { SheetData } from '../grid/sheet-data';
import type { Issue } from '../issues/issue';
import type { CellRead } from '../values/cell-read';
import { foundText } from '../values/found-text';
import { cellText } from '../values/cell-text';
import { readCount } from '../values/read-count';
import { readDate } from '../values/read-date';
import { readEmails } from '../values/read-emails';
import { readHours } from '../values/read-hours';
import { readIssues } from '../values/read-issues';
import { readYesNo } from '../values/read-yes-no';
import { normalizeLabel } from '../values/normalize-label';
import { screenCell } from '../values/screen-cell';
import { gridRow } from './grid-row';
import { parseSchoolYear } from './parse-school-year';
import { readTermDates } from './read-term-dates';
import {
  defaultThresholds,
  type ReportsMode,
  reportsModes,
  reportsModeWords,
  type Settings,
  settingsSchema,
  type Thresholds,
} from './settings';
import { type SettingKey, settingKeyOfLabel, settingsLabels } from './settings-labels';

/** The school year assumed when `Учебный год` is blank or unreadable: the built-in roadmap's. */
export const defaultSchoolYear: SchoolYear = { start: 2023 };

/**
 * Settings with every default: design §3.
 *
 * @param schoolYear - the school year
 * @example defaultSettings({ start: 2023 }).sendHour // 8
 */
export function defaultSettings(schoolYear: SchoolYear = defaultSchoolYear): Settings {
  return {
    schoolYear,
    reportDate: null,
    deadline: null,
    reportsMode: 'files',
    reportsSpreadsheet: '',
    reportsFolder: '',
    notifyOnShare: false,
    summaryRecipients: [],
    committeeStaff: [],
    sendHour: 8,
    remindEveryDays: 7,
    thresholds: defaultThresholds,
    terms: {},
  };
}

/**
 * A Google spreadsheet id from a URL (`…/spreadsheets/d/ID/edit…`) or a bare id; null otherwise.
 *
 * @param text - a URL or an id
 * @example spreadsheetIdOf('https://docs.google.com/spreadsheets/d/1AbC_dEf-123456789012345/edit') // '1AbC_dEf-123456789012345'
 */
export function spreadsheetIdOf(text: string): string | null {
  const url = /\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{20,})/.exec(text);
  if (url?.[1]) return url[1];
  return /^[A-Za-z0-9_-]{25,}$/.test(text.trim()) ? text.trim() : null;
}

/**
 * A Google Drive folder id from a folder URL (`…/drive/folders/ID`, `…/drive/u/0/folders/ID`,
 * `…/open?id=ID`) or a bare id; null otherwise.
 *
 * @param text - a URL or an id
 * @example driveFolderIdOf('https://drive.google.com/drive/folders/1AbCdEfGhIjK?usp=sharing') // '1AbCdEfGhIjK'
 */
export function driveFolderIdOf(text: string): string | null {
  const url = /drive\.google\.com\/(?:drive\/(?:u\/\d+\/)?folders\/|open\?id=)([A-Za-z0-9_-]{10,})/.exec(text);
  if (url?.[1]) return url[1];
  return /^[A-Za-z0-9_-]{10,}$/.test(text.trim()) ? text.trim() : null;
}

const modeByWords = new Map<string, ReportsMode>(
  reportsModes.flatMap((mode) => {
    const words = normalizeLabel(reportsModeWords[mode]);
    return [
      [words, mode],
      [words.replace(/^в /, ''), mode],
    ];
  }),
);

/**
 * Reads and checks `Настройки` (label in A, value in B, labels matched tolerantly); blank
 * or bad values keep their defaults and bad ones give issues at their B cells.
 *
 * @param sheet - the tab, or undefined when there is none (defaults and one warning)
 * @param timeZone - the zone of `Date` cells
 * @param dateSystem - how the workbook counts serial day numbers
 * @example readSettings(undefined, 'UTC').settings.thresholds.main // 60
 */
export function readSettings(
  sheet: SheetData | undefined,
  timeZone: string,
  dateSystem: DateSystem = '1900',
): { settings: Settings; issues: Issue[] } {
  const issues: Issue[] = [];
  if (!sheet) {
    issues.push({
      code: 'settings_missing',
      severity: 'warning',
      tab: tabNames.settings,
      row: null,
      column: null,
      params: {},
    });
    return { settings: defaultSettings(), issues };
  }
  const tab = sheet.name;
  const cells = new Map<SettingKey, { value: unknown; link: string | null; row: number }>();
  sheet.values.forEach((_, r) => {
    const row = gridRow(sheet.values, r);
    const key = settingKeyOfLabel(cellText(row[0]));
    if (!key) return;
    const first = cells.get(key);
    if (first) {
      const params = { label: settingsLabels[key].label, firstRow: first.row };
      issues.push({ code: 'settings_duplicate_label', severity: 'warning', tab, row: r + 1, column: 1, params });
      return;
    }
    const link: unknown = sheet.links?.[r]?.[1];
    cells.set(key, { value: row[1], link: typeof link === 'string' ? link : null, row: r + 1 });
  });
  const at = (key: SettingKey) => ({ tab, row: cells.get(key)?.row ?? 0, column: 2 });
  function take<T>(key: SettingKey, reader: (cell: unknown) => CellRead<T>, fallback: T): T {
    const entry = cells.get(key);
    if (!entry) return fallback;
    const read = reader(entry.value);
    issues.push(...readIssues(read, at(key), 'error', 'error'));
    return read.kind === 'ok' ? read.value : fallback;
  }
  const defaults = defaultSettings();
  // A formula error or a non-value where text is expected: the same issue every reader gives.
  const reportScreened = (value: unknown, key: SettingKey): void => {
    const screened = screenCell(value);
    if (screened) issues.push(...readIssues(screened, at(key), 'error'));
  };

  let schoolYear = defaults.schoolYear;
  const yearEntry = cells.get('schoolYear');
  if (yearEntry && !screenCell(yearEntry.value)) {
    const text = cellText(yearEntry.value, timeZone);
    const parsed = parseSchoolYear(text);
    if (parsed) schoolYear = parsed;
    else {
      const params = { found: foundText(yearEntry.value, timeZone), fallback: schoolYearLabel(schoolYear) };
      issues.push({ code: 'school_year_unreadable', severity: 'error', ...at('schoolYear'), params });
    }
  } else if (yearEntry) reportScreened(yearEntry.value, 'schoolYear');

  let reportsSpreadsheet = '';
  const sheetEntry = cells.get('reportsSpreadsheet');
  if (sheetEntry && !screenCell(sheetEntry.value)) {
    const text = cellText(sheetEntry.value);
    const id = spreadsheetIdOf(text) ?? (sheetEntry.link ? spreadsheetIdOf(sheetEntry.link) : null);
    if (id) reportsSpreadsheet = id;
    else
      issues.push({
        code: 'reports_spreadsheet_unreadable',
        severity: 'error',
        ...at('reportsSpreadsheet'),
        params: { found: foundText(sheetEntry.value) },
      });
  } else if (sheetEntry) reportScreened(sheetEntry.value, 'reportsSpreadsheet');

  // Without the row (a set-up older than per-organisation files) the mode follows `Таблица отчётов`.
  const legacyMode: ReportsMode = reportsSpreadsheet ? 'reportsSpreadsheet' : 'thisSpreadsheet';
  let reportsMode: ReportsMode = legacyMode;
  const modeEntry = cells.get('reportsMode');
  if (modeEntry && !screenCell(modeEntry.value)) {
    const text = cellText(modeEntry.value);
    const mode = modeByWords.get(normalizeLabel(text));
    if (mode) reportsMode = mode;
    else if (text.trim() !== '') {
      const params = { found: foundText(modeEntry.value), fallback: reportsModeWords[legacyMode] };
      issues.push({ code: 'reports_mode_unknown', severity: 'error', ...at('reportsMode'), params });
    }
  } else if (modeEntry) reportScreened(modeEntry.value, 'reportsMode');

  let reportsFolder = '';
  const folderEntry = cells.get('reportsFolder');
  if (folderEntry && !screenCell(folderEntry.value)) {
    const text = cellText(folderEntry.value);
    const id =
      text.trim() === ''
        ? ''
        : (driveFolderIdOf(text) ?? (folderEntry.link ? driveFolderIdOf(folderEntry.link) : null));
    if (id !== null) reportsFolder = id;
    else {
      const params = { found: foundText(folderEntry.value) };
      issues.push({ code: 'reports_folder_unreadable', severity: 'error', ...at('reportsFolder'), params });
    }
  } else if (folderEntry) reportScreened(folderEntry.value, 'reportsFolder');

  const threshold = (key: 'basic' | 'main' | 'advanced' | 'course' | 'training'): number => {
    const fallback = defaultThresholds[key];
    const value = take(key, (c) => readHours(c), fallback);
    if (value > 0) return value;
    const params = { label: settingsLabels[key].label, found: foundText(cells.get(key)?.value), fallback };
    issues.push({ code: 'threshold_not_positive', severity: 'error', ...at(key), params });
    return fallback;
  };
  const thresholds: Thresholds = {
    basic: threshold('basic'),
    main: threshold('main'),
    advanced: threshold('advanced'),
    course: threshold('course'),
    training: threshold('training'),
  };
  if (!(thresholds.basic < thresholds.main && thresholds.main < thresholds.advanced)) {
    const place = cells.has('main') ? at('main') : { tab, row: null, column: null };
    issues.push({ code: 'thresholds_out_of_order', severity: 'warning', ...place, params: { ...thresholds } });
  }

  const terms = readTermDates(cells, schoolYear, tab, timeZone);
  issues.push(...terms.issues);

  // The readers made every value and reported every bad cell; the schema states what settings are (a failure is a reader's bug).
  const settings = settingsSchema.parse({
    schoolYear,
    reportDate: take('reportDate', (c) => readDate(c, timeZone, dateSystem), null),
    deadline: take('deadline', (c) => readDate(c, timeZone, dateSystem), null),
    reportsMode,
    reportsSpreadsheet,
    reportsFolder,
    notifyOnShare: take('notifyOnShare', readYesNo, defaults.notifyOnShare),
    summaryRecipients: take('summaryRecipients', readEmails, []),
    committeeStaff: take('committeeStaff', readEmails, []),
    sendHour: take('sendHour', (c) => readCount(c, { max: 23 }), defaults.sendHour),
    remindEveryDays: take('remindEveryDays', (c) => readCount(c, { max: 365 }), defaults.remindEveryDays),
    thresholds,
    terms: terms.terms,
  } satisfies Settings);
  return { settings, issues };
}
