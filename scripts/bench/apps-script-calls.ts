import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundlePath } from '../../test/apps-script/load-bundle';
import { type CallReport, measureCalls as measure } from '../../test/apps-script/measure-calls';
import { buildAddon } from '../build';

export type { CallReport };

/**
 * The Apps Script service calls of tab creation, «Проверить отчёты» and «Собрать сводку» over `n`
 * organisation tabs, measured in the in-memory fake running the built dist/Code.js.
 *
 * @param n - organisation tabs
 */
export async function measureCalls(n: number): Promise<CallReport> {
  if (!existsSync(bundlePath)) await buildAddon();
  return measure(n);
}

/** A short Russian table of the counts, one line per action. */
export function formatCalls(report: CallReport): string {
  const line = (label: string, counts: Record<string, number>) => {
    const main = ['Sheets.Spreadsheets.Values.batchGet', 'Sheets.Spreadsheets.get', 'Sheets.Spreadsheets.batchUpdate'];
    const shown = main.map((k) => `${k.replace('Sheets.Spreadsheets.', '')} ${counts[k] ?? 0}`).join(', ');
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    return `  ${label}: ${shown}; всего вызовов ${total}`;
  };
  return [
    `${report.n} листов организаций (ячеек в таблице: ${report.cells.toLocaleString('ru-RU')})`,
    line('создание листов', report.createTabs),
    line('проверка', report.check),
    line('сводка', report.build),
    `  размер записи сводки: ${report.buildBatchBytes.map((b) => `${(b / 1e6).toFixed(1)} МБ`).join(' + ')}`,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildAddon();
  for (const n of [10, 500]) process.stdout.write(`${formatCalls(await measureCalls(n))}\n`);
}
