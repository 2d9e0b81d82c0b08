import { tabNames } from '../../core/grid/tab-names';
import type { CheckReport } from '../../core/check/check-report';
import { checkWorkbook } from '../../core/check/check-workbook';
import { tabKey } from '../../core/check/find-tab';
import { gridHash } from '../../core/check/grid-hash';
import type { OrgState } from '../../core/directory/org-state';
import { checkLineCell } from '../../core/form/plan-org-tab';
import { readHistory } from '../../core/history/read-history';
import { nextState } from '../../core/history/next-state';
import { formatIssues } from '../../core/issues/format-issue';
import { type BuildOutputs, buildOutputs } from '../../core/outputs/build-outputs';
import { UserFacingError } from '../adapter/sheets-service';
import type { ActionContext } from '../infra/run-action';
import { type LoadedWorkbook, loadWorkbook } from './load-workbook';

/** A check (and for a build, the outputs) computed in memory before anything is written. */
export interface Evaluation {
  readonly loaded: LoadedWorkbook;
  readonly report: CheckReport;
  /** Content hash of each organisation tab read, by code. */
  readonly hashes: ReadonlyMap<string, string>;
  /** `Состояние` to write: `nextState` with this run's hashes. */
  readonly state: readonly OrgState[];
  /** The outputs, for a build. */
  readonly outputs: BuildOutputs | null;
}

/**
 * Reads everything and runs the core: `checkWorkbook`, and for a build `buildOutputs` with
 * `История` and cell links. Nothing is written here.
 *
 * @param ctx - the action
 * @param build - null for a check; the `История` kind for a build
 * @param maxReads - organisation files this call may read (the sidebar's step)
 */
export function evaluate(ctx: ActionContext, build: 'build' | 'monthly' | null, maxReads?: number): Evaluation {
  const loaded = loadWorkbook(ctx, maxReads);
  const checked = checkWorkbook(loaded.workbook, { today: ctx.now.date });
  if (!checked.ok) throw new UserFacingError(formatIssues(checked.refusal, 'addon'));
  const report = checked.report;
  const hashes = new Map<string, string>();
  for (const check of report.orgs) {
    const tab = loaded.reportTabs.get(tabKey(check.org.code));
    if (!tab) continue;
    // The check-result line changes at every check: it is no change of the school's.
    const line = checkLineCell(tab);
    hashes.set(check.org.code, gridHash(tab, new Set([`${line.row},${line.column}`])));
  }
  const outputs = build
    ? buildOutputs(report, {
        generatedAt: ctx.now,
        history: readHistory(ctx.books.committeeTab(tabNames.history), ctx.books.timeZone()),
        kind: build,
        cellUrl: (tab, a1) => loaded.cellUrl(tab, a1),
        shell: 'addon',
      })
    : null;
  const base = outputs ? outputs.state : nextState(report);
  const state = base.map((s) => (hashes.has(s.code) ? { ...s, hash: hashes.get(s.code)! } : s));
  return { loaded, report, hashes, state, outputs };
}
