import type { IsoDate } from '../dates/iso-date';
import { isoDateInZone } from '../dates/iso-date-in-zone';
import { type DateSystem, serialToIsoDate } from '../dates/serial-date';
import type { SheetData } from '../grid/sheet-data';
import { indicatorKeys } from '../indicators/indicator-catalogue';
import { indicatorLabel } from '../indicators/indicator-labels';
import { type HistoryRow, historyCodeHeader, historyKindLabels } from './history-row';

const keyOfLabel = new Map(indicatorKeys().map((key) => [indicatorLabel(key), key] as const));

/** A date cell of `История`: a `Date`, a serial number, `YYYY-MM-DD` or `DD.MM.YYYY`. */
function historyDate(cell: unknown, timeZone: string, system: DateSystem): IsoDate | null {
  if (cell instanceof Date) return isoDateInZone(cell, timeZone);
  if (typeof cell === 'number' && Number.isFinite(cell) && cell > 0) return serialToIsoDate(cell, system);
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  return ru ? `${ru[3]}-${(ru[2] ?? '').padStart(2, '0')}-${(ru[1] ?? '').padStart(2, '0')}` : null;
}

function historyNumber(cell: unknown): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  const n = Number(cell.replace(/\s/g, '').replace(',', '.'));
  return cell.trim() !== '' && Number.isFinite(n) ? n : null;
}

const kinds: Readonly<Record<string, HistoryRow['kind']>> = {
  build: 'build',
  monthly: 'monthly',
  [historyKindLabels.build]: 'build',
  [historyKindLabels.monthly]: 'monthly',
};

/**
 * `История` as written by `historySheet`/`historyRowValues`. Columns are found by the header row;
 * a row that cannot be read (edited by hand, a note) is skipped, never a failure.
 *
 * @param sheet - the tab, or undefined when it does not exist yet
 * @param timeZone - the zone in which `Date` cells stand for midnight
 * @param dateSystem - how the workbook counts serial day numbers
 * @example readHistory(tab, 'UTC')[0] // { date: '2024-01-01', kind: 'monthly', area: 'Город', … }
 */
export function readHistory(
  sheet: SheetData | undefined,
  timeZone = 'UTC',
  dateSystem: DateSystem = '1900',
): HistoryRow[] {
  if (!sheet) return [];
  const header = sheet.values.findIndex((row) => row.some((c) => typeof c === 'string' && c.trim() === 'Дата'));
  if (header < 0) return [];
  const names = (sheet.values[header] ?? []).map((c) => (typeof c === 'string' ? c.trim() : ''));
  const col = (name: string) => names.indexOf(name);
  const at = { date: col('Дата'), kind: col('Вид'), area: col('Территория'), code: col(historyCodeHeader) };
  const label = col('Показатель');
  const n = col('Числитель');
  const d = col('Знаменатель');
  const rows: HistoryRow[] = [];
  for (const row of sheet.values.slice(header + 1)) {
    const date = historyDate(row[at.date], timeZone, dateSystem);
    const kind = kinds[String(row[at.kind] ?? '').trim()];
    const area = String(row[at.area] ?? '').trim();
    // The key of the hidden column; a row whose key was cleared is known by its Russian name.
    const indicator = String(row[at.code] ?? '').trim() || (keyOfLabel.get(String(row[label] ?? '').trim()) ?? '');
    const numerator = historyNumber(row[n]);
    const denominator = historyNumber(row[d]);
    if (!date || !kind || !area || !indicator || numerator === null || denominator === null) continue;
    rows.push({ date, kind, area, indicator, numerator, denominator });
  }
  return rows;
}

/**
 * The header row of `История` as it stands (trimmed names), to append rows in its own column order;
 * null when the tab or its header is missing.
 *
 * @param sheet - the tab
 * @example historyHeaderOf(tab) // ['Дата', 'Вид', 'Территория', 'Показатель', 'Числитель', 'Знаменатель', 'Код показателя']
 */
export function historyHeaderOf(sheet: SheetData | undefined): string[] | null {
  const row = sheet?.values.find((r) => r.some((c) => typeof c === 'string' && c.trim() === 'Дата'));
  return row ? row.map((c) => (typeof c === 'string' ? c.trim() : '')) : null;
}
