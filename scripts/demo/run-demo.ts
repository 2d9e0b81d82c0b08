import { committeeTabNames, tabNames } from '../../core/grid/tab-names';
import { basename, join } from 'node:path';
import { checkWorkbook } from '../../core/check/check-workbook';
import type { SheetData } from '../../core/grid/sheet-data';
import { historySheet } from '../../core/history/history-sheet';
import { formatIssues } from '../../core/issues/format-issue';
import { formatRuDate } from '../../core/dates/format-ru-date';
import { buildOutputs } from '../../core/outputs/build-outputs';
import type { IsoDate } from '../../core/dates/iso-date';
import { formatPercent } from '../../core/report/format-figure';
import type { OutputSheet } from '../../core/grid/output-sheet';
import { type Summarised, summariseBook } from '../summary/summarise-book';
import { prepareOutFolder, writeFileAtomically } from '../cli/safe-output';
import { writeWorkbookFile } from '../xlsx/write-workbook-file';
import { type DemoCity, demoOptions, generateCity } from './generate-city';
import { foreignFiles, stampDemoFiles } from './demo-stamp';
import { sheetDataOf } from './sheet-data-of';

/**
 * A monthly snapshot of 1 January in `История`, so the demo shows the change over the month: the
 * book as it stood then (`workbookOn`) — only the forms first seen submitted by then filled in,
 * `Состояние` with those dates only — checked as of 2024-01-01. So the snapshot counts exactly the
 * submissions `Состояние` records by that day.
 */
function januarySnapshot(city: DemoCity): { ok: true; sheet: SheetData } | { ok: false; message: string } {
  const date = '2024-01-01';
  const checked = checkWorkbook(city.workbookOn(date), { today: date, asOf: date });
  if (!checked.ok) return { ok: false, message: formatIssues(checked.refusal, 'cli') };
  const rows = buildOutputs(checked.report, {
    generatedAt: { date, time: '08:00' },
    history: [],
    kind: 'monthly',
    shell: 'cli',
  }).historyAppend;
  return { ok: true, sheet: sheetDataOf(historySheet(rows)) };
}

export type DemoRun =
  | { readonly ok: false; readonly message: string }
  | { readonly ok: true; readonly book: string; readonly html: string; readonly lines: readonly string[] };

/** The demo's tabs in the order written, and the summary they come from. */
export type DemoBook =
  | { readonly ok: false; readonly message: string }
  | {
      readonly ok: true;
      readonly sheets: readonly OutputSheet[];
      readonly result: Extract<Summarised, { ok: true }>;
    };

/**
 * The demo's book in memory: a generated fictional city checked and summarised as of 2024-02-01 —
 * committee tabs, every output tab, each organisation's form with its section 7 recommendations.
 *
 * @param generatedAt - the time of the run, for «Сформировано …»
 * @example demoBook({ date: '2026-11-27', time: '09:00' }).ok // true
 */
export function demoBook(generatedAt: { date: IsoDate; time: string }): DemoBook {
  const city = generateCity(demoOptions);
  const january = januarySnapshot(city);
  if (!january.ok) return january;
  const workbook = { ...city.workbook, committee: [...city.workbook.committee, january.sheet] };
  const result = summariseBook(workbook, {
    today: demoOptions.asOf,
    asOf: demoOptions.asOf,
    generatedAt,
    who: 'демонстрация',
  });
  if (!result.ok) return result;
  const committeeTabs: readonly string[] = committeeTabNames;
  // `Состояние` comes from the build, with the rest of the outputs.
  const committee = city.sheets.filter(
    (s) => s.name === tabNames.marker || (s.name !== tabNames.state && committeeTabs.includes(s.name)),
  );
  return { ok: true, sheets: [...committee, ...result.sheets], result };
}

/**
 * The demo: `demoBook` written to `DIR/demo.xlsx` and its report to `DIR/summary.html`; returns
 * the short Russian summary to print. It replaces only files an earlier demo run wrote there and
 * nobody changed since (a stamp beside them records their SHA-256): a user's own `summary.html` of
 * the same name is refused unless `force`.
 *
 * @param dir - the folder to write into (created when missing)
 * @param generatedAt - the real time of the run, for «Сформировано …»
 * @param options - `force` to replace files the demo did not write; the folder as the user named it
 * @example await runDemo('out/demo', { date: '2026-11-27', time: '09:00' })
 */
export async function runDemo(
  dir: string,
  generatedAt: { date: IsoDate; time: string },
  options: { readonly force?: boolean; readonly shownAs?: string } = {},
): Promise<DemoRun> {
  const book = join(dir, 'demo.xlsx');
  const html = join(dir, 'summary.html');
  await prepareOutFolder(dir, options.shownAs ?? dir);
  const foreign = options.force ? [] : await foreignFiles(dir, [book, html]);
  if (foreign.length > 0) {
    const names = foreign.map((f) => `«${basename(f)}»`).join(' и ');
    return {
      ok: false,
      message: `В папке «${options.shownAs ?? dir}» уже есть ${names}, и ${foreign.length === 1 ? 'его записала' : 'их записала'} не демонстрация (или ${foreign.length === 1 ? 'он изменён' : 'они изменены'} после неё): укажите другую папку (--out ПАПКА) или добавьте --force, чтобы заменить.`,
    };
  }
  const demo = demoBook(generatedAt);
  if (!demo.ok) return demo;
  const { result } = demo;
  const written = await writeWorkbookFile(book, demo.sheets);
  if (!written.ok) return written;
  await writeFileAtomically(html, result.html);
  await stampDemoFiles(dir, [book, html]);
  const c = result.outputs.json.city;
  const errors = result.report.issues.filter((i) => i.severity === 'error').length;
  const warnings = result.report.issues.filter((i) => i.severity === 'warning').length;
  return {
    ok: true,
    book,
    html,
    lines: [
      `Демонстрационный город (вымышленный) на ${formatRuDate(demoOptions.asOf)}, учебный год ${result.outputs.json.schoolYear}.`,
      `Организаций: ${c.expected} (ООО ${c.expectedByType.ООО}, ДОО ${c.expectedByType.ДОО}, ОДО ${c.expectedByType.ОДО}).`,
      `Сдали без ошибок: ${c.submitted}, с ошибками: ${c.withErrors}, не сдали: ${c.empty + c.missing}; в срок: ${formatPercent(c.onTime.value)}.`,
      `Ошибок: ${errors}, предупреждений: ${warnings}.`,
      `Охват профминимумом 6–11 классов: ${formatPercent(c.coverage.value)}; «Билет в будущее»: ${formatPercent(c.bvbRegistered.value)}.`,
      `Исполнение дорожной карты: ${formatPercent(c.roadmapDone.value)} (${c.roadmapDone.numerator} из ${c.roadmapDone.denominator}), просрочено: ${c.overdue}.`,
      `Книга: ${book}`,
      `Отчёт: ${html}`,
    ],
  };
}
