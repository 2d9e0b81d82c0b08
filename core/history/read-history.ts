import type { IsoDate } from '../dates/iso-date';
import { isoDateInZone } from '../dates/iso-date-in-zone';
import type { SheetData } from '../grid/sheet-data';
import { type HistoryRow, historyKindLabels } from './history-row';

const serialEpoch = Date.UTC(1899, 11, 30);

/** A date cell of `История`: a `Date`, a serial number, `YYYY-MM-DD` or `DD.MM.YYYY`. */
function historyDate(cell: unknown, timeZone: string): IsoDate | null {
  if (cell instanceof Date) return isoDateInZone(cell, timeZone);
  if (typeof cell === 'number' && Number.isFinite(cell) && cell > 0) {
    return new Date(serialEpoch + Math.floor(cell) * 86_400_000).toISOString().slice(0, 10);
  }
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
 * @example readHistory(tab, 'UTC')[0] // { date: '2024-01-01', kind: 'monthly', area: 'Город', … }
 */
export function readHistory(sheet: SheetData | undefined, timeZone = 'UTC'): HistoryRow[] {
  if (!sheet) return [];
  const header = sheet.values.findIndex((row) => row.some((c) => typeof c === 'string' && c.trim() === 'Дата'));
  if (header < 0) return [];
  const names = (sheet.values[header] ?? []).map((c) => (typeof c === 'string' ? c.trim() : ''));
  const col = (name: string) => names.indexOf(name);
  const at = { date: col('Дата'), kind: col('Вид'), area: col('Территория'), code: col('Код показателя') };
  const n = col('Числитель');
  const d = col('Знаменатель');
  const rows: HistoryRow[] = [];
  for (const row of sheet.values.slice(header + 1)) {
    const date = historyDate(row[at.date], timeZone);
    const kind = kinds[String(row[at.kind] ?? '').trim()];
    const area = String(row[at.area] ?? '').trim();
    const indicator = String(row[at.code] ?? '').trim();
    const numerator = historyNumber(row[n]);
    const denominator = historyNumber(row[d]);
    if (!date || !kind || !area || !indicator || numerator === null || denominator === null) continue;
    rows.push({ date, kind, area, indicator, numerator, denominator });
  }
  return rows;
}
