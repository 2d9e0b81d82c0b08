import { schoolYearLabel } from '../../core/dates/school-year';
import { cityArea } from '../../core/history/history-row';
import type { OutValue } from '../../core/outputs/output-sheet';
import { escapeHtml } from '../../core/report/escape-html';
import { keyFiguresHtml as coreKeyFiguresHtml } from '../../core/report/key-figures-html';
import { rawRecipients } from '../mail/summary-ports';
import type { BuiltSummary } from '../mail/mail-ports';
import type { ActionContext } from '../infra/run-action';
import type { BuildResult } from './build-job';
import { runBuild } from './build-job';

function shown(value: OutValue): string {
  if (value === null) return '';
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : `${(value * 100).toFixed(1).replace('.', ',')} %`;
  if (typeof value === 'object') return 'text' in value ? value.text : value.date;
  return String(value);
}

/**
 * The city's rows of `Сводка` (aggregated figures only: no names, phones or emails) as an escaped
 * HTML table, for the body of the summary email.
 *
 * @param built - a finished build
 */
export function keyFiguresHtml(built: BuildResult): string {
  const summary = built.outputs.sheets.find((s) => s.name === 'Сводка');
  const rows = (summary?.rows ?? []).filter((r) => r[0] === cityArea && r[2] !== null && r[2] !== undefined);
  const cells = rows.map((r) => {
    const change =
      typeof r[6] === 'number' ? ` (${r[6] >= 0 ? '+' : ''}${(r[6] * 100).toFixed(1).replace('.', ',')} п. п.)` : '';
    return `<tr><td>${escapeHtml(shown(r[1] ?? null))}</td><td>${escapeHtml(shown(r[2] ?? null))}${escapeHtml(change)}</td></tr>`;
  });
  return `<table>${cells.join('')}</table>`;
}

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
    keyFiguresHtml: coreKeyFiguresHtml(built.outputs.json, built.outputs.previous),
  };
}
