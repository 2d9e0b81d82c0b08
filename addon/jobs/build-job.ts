import { tabNames } from '../../core/grid/tab-names';
import { spreadsheetUrl } from '../adapter/a1-range';
import type { CheckReport } from '../../core/check/check-report';
import type { BuildOutputs } from '../../core/outputs/build-outputs';
import { russianDateTime } from '../infra/clock';
import { assertLease } from '../infra/lease';
import { lastBuildProperty } from '../infra/stored-values';
import { type ActionContext, type ActionOutcome, journalEntry } from '../infra/run-action';
import { whileReading } from '../files/reading-pending';
import { evaluate } from './evaluate';
import { checkCounts, countsLine, worstProblems } from './problems';
import { refusedLine, writeResults } from './write-results';

/** What a finished build hands to the summary email (the mail helper's `SummaryPorts.build`). */
export interface BuildResult {
  readonly report: CheckReport;
  readonly outputs: BuildOutputs;
  readonly committeeId: string;
  readonly committeeUrl: string;
  /** gid of `Сводка` after the write (for the PDF export). */
  readonly summaryGid: number | null;
  readonly outcome: ActionOutcome;
}

/**
 * «Собрать сводку», under the action's lease (`runAction` with `lease`): reads every tab, checks
 * and builds every output in memory (nothing written before all is computed), then writes all
 * output tabs, `Состояние`, the rows of `История`, section 7 and the check marks of each
 * organisation tab and the `Журнал` line — one `batchUpdate` per spreadsheet where the size allows.
 *
 * @param ctx - the action
 * @param kind - `build` from the menu and sidebar, `monthly` from the monthly trigger
 * @param maxReads - organisation files this call may read (the sidebar's step)
 */
export function runBuild(ctx: ActionContext, kind: 'build' | 'monthly' = 'build', maxReads?: number): BuildResult {
  assertLease(ctx, 'runBuild');
  const ev = evaluate(ctx, kind, maxReads);
  const outputs = ev.outputs!;
  const counts = checkCounts(ev.report);
  const message = `Сводка собрана. Всего ${countsLine(counts)}.`;
  const written = writeResults(ctx, ev, {
    committeeSheets: outputs.sheets,
    journal: journalEntry(ctx, 'build', message),
  });
  ctx.books.refresh();
  lastBuildProperty.write({ at: russianDateTime(ctx.now), who: ctx.who });
  const summary = ctx.books.committeeMeta().sheets.find((s) => s.title === tabNames.summary);
  return {
    report: ev.report,
    outputs,
    committeeId: ctx.books.committeeId,
    committeeUrl: spreadsheetUrl(ctx.books.committeeId),
    summaryGid: summary?.sheetId ?? null,
    outcome: {
      ok: true,
      journaled: true,
      message: `${message}${refusedLine(written.refused)}${written.filesLine ?? ''}`,
      counts,
      ...worstProblems(ev.report, ev.loaded),
    },
  };
}

/**
 * The sidebar's and the menu's build: `runBuild`, its outcome only; while organisation files are
 * left to read, the progress (nothing built).
 *
 * @param ctx - the action
 * @param maxReads - organisation files this call may read (the sidebar's step)
 */
export function buildJob(ctx: ActionContext, maxReads?: number): ActionOutcome {
  return whileReading(() => runBuild(ctx, 'build', maxReads).outcome);
}
