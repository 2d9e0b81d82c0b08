import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundlePath } from '../../test/apps-script/load-bundle';
import { type CallReport, measureCalls as measure } from '../../test/apps-script/measure-calls';
import {
  type FilesReport,
  type FilesRun,
  measureFiles as measureFilesInFake,
  sumCalls,
} from '../../test/apps-script/measure-files';
import { buildAddon } from '../build';

export type { CallReport, FilesReport };

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

/**
 * «Собрать сводку» over `n` organisation files (`в отдельных файлах`) in the fake running
 * dist/Code.js: the first time, and after 10 % of the files changed.
 *
 * @param n - organisation files
 */
export async function measureFiles(n: number): Promise<FilesReport> {
  if (!existsSync(bundlePath)) await buildAddon();
  return measureFilesInFake(n);
}

/** One line of runs: executions, fake minutes of each, file reads and writes, listings, other Sheets calls, 429s. */
function filesLine(label: string, runs: readonly FilesRun[]): string {
  const calls = sumCalls(runs);
  const reads = runs.reduce((sum, r) => sum + r.reads, 0);
  const writes = runs.reduce((sum, r) => sum + r.writes, 0);
  const sheets = Object.entries(calls)
    .filter(([name]) => name.startsWith('Sheets.'))
    .reduce((sum, [, count]) => sum + count, 0);
  const minutes = runs.map((r) => r.minutes.toFixed(1).replace('.', ',')).join(' + ');
  const quota = runs.reduce((sum, r) => sum + r.quotaErrors, 0);
  return `  ${label}: выполнений ${runs.length} (${minutes} мин), листингов Drive ${calls['Drive.Files.list'] ?? 0}, чтений файлов ${reads}, записей в файлы ${writes}, прочих вызовов Sheets ${sheets - reads - writes}, ответов 429: ${quota}`;
}

/** A short Russian table of the organisation files' figures. */
export function formatFiles(report: FilesReport): string {
  return [
    `${report.n} файлов организаций («в отдельных файлах»)`,
    filesLine('первое чтение', report.firstRead),
    filesLine('затем сборка и запись во все файлы', report.firstBuild),
    filesLine('после изменения 10 % файлов', report.changed),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildAddon();
  for (const n of [10, 500]) process.stdout.write(`${formatCalls(await measureCalls(n))}\n`);
  for (const n of [10, 100, 410]) process.stdout.write(`${formatFiles(await measureFiles(n))}\n`);
}
