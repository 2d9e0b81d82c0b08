import { schoolYearLabel } from '../../core/dates/school-year';
import { keyFiguresHtml as coreKeyFiguresHtml } from '../../core/report/key-figures-html';
import { rawRecipients } from '../mail/summary-ports';
import type { BuiltSummary } from '../mail/mail-ports';
import type { ActionContext } from '../infra/run-action';
import { runBuild } from './build-job';

/**
 * The add-on's `SummaryBuilder` for the summary email: runs the build (lease, every output tab,
 * `История` row of `kind`) and hands the mail what it needs.
 *
 * @param ctx - the action
 * @param kind - `monthly` from the trigger, `build` on demand
 */
export function buildForMail(ctx: ActionContext, kind: 'monthly' | 'build'): BuiltSummary {
  const built = runBuild(ctx, kind);
  return {
    asOf: built.report.asOf,
    schoolYear: schoolYearLabel(built.report.settings.schoolYear),
    committeeSpreadsheetId: built.committeeId,
    committeeSpreadsheetUrl: built.committeeUrl,
    summaryGid: built.summaryGid ?? 0,
    recipients: rawRecipients(ctx),
    // The core's key figures with their change since the last monthly snapshot (design §7).
    keyFiguresHtml: coreKeyFiguresHtml(built.outputs.json, built.outputs.previous, built.report.settings.thresholds),
  };
}
