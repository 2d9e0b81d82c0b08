import { formatRuDate } from '../dates/format-ru-date';
import type { DateWindow } from '../dates/iso-date';
import { tabNames } from '../grid/tab-names';
import { schoolYearLabel } from '../dates/school-year';
import type { OutputSheet, OutValue } from '../grid/output-sheet';
import { reportsModes, reportsModeWords, type Settings } from './settings';
import { settingsHints } from './settings-hints-data';
import { type SettingKey, settingKeys, settingsLabels } from './settings-labels';

const termOfKey = { term1: 1, term2: 2, term3: 3, term4: 4 } as const;

/** `01.09.2025–24.10.2025`, as the committee types it. */
function termText(window: DateWindow | undefined): OutValue {
  return window ? `${formatRuDate(window.start)}–${formatRuDate(window.end)}` : null;
}

function settingValue(settings: Settings, key: SettingKey): OutValue {
  const date = (d: string | null): OutValue => (d ? { kind: 'date', date: d } : null);
  switch (key) {
    case 'schoolYear':
      return schoolYearLabel(settings.schoolYear);
    case 'reportDate':
      return date(settings.reportDate);
    case 'deadline':
      return date(settings.deadline);
    case 'reportsMode':
      return reportsModeWords[settings.reportsMode];
    case 'reportsSpreadsheet':
      return settings.reportsSpreadsheet === '' ? null : settings.reportsSpreadsheet;
    case 'reportsFolder':
      return settings.reportsFolder === '' ? null : settings.reportsFolder;
    case 'notifyOnShare':
      return settings.notifyOnShare ? 'да' : 'нет';
    case 'summaryRecipients':
      return settings.summaryRecipients.join(', ') || null;
    case 'committeeStaff':
      return settings.committeeStaff.join(', ') || null;
    case 'sendHour':
      return settings.sendHour;
    case 'remindEveryDays':
      return settings.remindEveryDays;
    case 'term1':
    case 'term2':
    case 'term3':
    case 'term4':
      return termText(settings.terms[termOfKey[key]]);
    default:
      return settings.thresholds[key];
  }
}

/**
 * The `Настройки` tab of a new workbook: label in A, value in B, a Russian hint in C;
 * text format for the school year, the spreadsheet link and the address lists, a date
 * format for dates, a 0–23 dropdown for the hour. With `keys`, only those rows (a roadmap
 * workbook of `import-roadmap` records its `Учебный год` alone).
 *
 * @param settings - the settings to write
 * @param keys - the rows to write, in order (default: every setting)
 * @example settingsSheet(defaultSettings()).rows[1] // ['Учебный год', '2023/2024', 'Например, …']
 * @example settingsSheet(defaultSettings({ start: 2024 }), ['schoolYear']).rows // [['Параметр', …], ['Учебный год', '2024/2025', …]]
 */
export function settingsSheet(settings: Settings, keys: readonly SettingKey[] = settingKeys): OutputSheet {
  const rows: OutValue[][] = [
    ['Параметр', 'Значение', 'Пояснение'],
    ...keys.map((k) => [settingsLabels[k].label, settingValue(settings, k), settingsHints[k]]),
  ];
  const rowOf = (key: SettingKey) => keys.indexOf(key) + 1;
  const has = (key: SettingKey) => keys.includes(key);
  const textKeys: SettingKey[] = [
    'schoolYear',
    'reportsMode',
    'reportsSpreadsheet',
    'reportsFolder',
    'notifyOnShare',
    'summaryRecipients',
    'committeeStaff',
    'term1',
    'term2',
    'term3',
    'term4',
  ];
  const numberKeys: SettingKey[] = ['sendHour', 'remindEveryDays'];
  return {
    name: tabNames.settings,
    rows,
    format: {
      frozenRows: 1,
      columnWidths: [260, 260, 520],
      bold: [{ row: 0, column: 0, columns: 3 }],
      fills: [{ row: 0, column: 0, columns: 3, fill: 'header' }],
      wrap: [{ row: 1, column: 2, rows: keys.length }],
      italic: [{ row: 1, column: 2, rows: keys.length }],
      text: textKeys.filter(has).map((k) => ({ row: rowOf(k), column: 1 })),
      numberFormats: [
        ...(['reportDate', 'deadline'] as const)
          .filter(has)
          .map((k) => ({ row: rowOf(k), column: 1, pattern: 'dd.mm.yyyy' })),
        ...numberKeys.filter(has).map((k) => ({ row: rowOf(k), column: 1, pattern: '0' })),
      ],
      dropdowns: [
        { key: 'reportsMode' as const, values: reportsModes.map((m) => reportsModeWords[m]) },
        { key: 'notifyOnShare' as const, values: ['да', 'нет'] },
        { key: 'sendHour' as const, values: Array.from({ length: 24 }, (_, h) => String(h)) },
      ]
        .filter((d) => has(d.key))
        .map((d) => ({ row: rowOf(d.key), column: 1, values: d.values })),
    },
  };
}
