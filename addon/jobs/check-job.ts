import { checkSheet } from '../../core/outputs/check-sheet';
import { generatedLine } from '../../core/outputs/generated-line';
import { russianDateTime } from '../infra/clock';
import { assertLease } from '../infra/lease';
import { lastCheckProperty } from '../infra/stored-values';
import type { ActionContext, ActionOutcome } from '../infra/run-action';
import { evaluate } from './evaluate';
import { checkCounts, countsLine, worstProblems } from './problems';
import { refusedLine, writeResults } from './write-results';

/**
 * «Проверить отчёты» (and, with `onlyChanged`, the hourly job), under the action's lease: reads
 * every tab, checks in memory, then in one write: `Проверка`, `Состояние` (hashes, first
 * submission), the result line, notes and fills of each organisation tab (only those whose content hash changed for
 * the hourly job; nothing at all is written when none changed), and the `Журнал` line.
 *
 * @param ctx - the action
 * @param onlyChanged - the hourly job: skip tabs whose hash equals `Состояние`'s
 */
export function checkJob(ctx: ActionContext, onlyChanged = false): ActionOutcome {
  assertLease(ctx, 'checkJob');
  const ev = evaluate(ctx, null);
  const counts = checkCounts(ev.report);
  let only: Set<string> | undefined;
  if (onlyChanged) {
    only = new Set(
      ev.report.orgs
        .filter((o) => ev.hashes.has(o.org.code) && ev.report.state.get(o.org.code)?.hash !== ev.hashes.get(o.org.code))
        .map((o) => o.org.code),
    );
    if (only.size === 0)
      return {
        ok: true,
        journaled: true,
        message: 'Изменений в листах организаций нет: проверять нечего.',
        counts,
      };
  }
  const line = generatedLine({
    generatedAt: ctx.now,
    asOf: ev.report.asOf,
    schoolYear: ev.report.settings.schoolYear,
  });
  const message = `${onlyChanged ? `Перепроверено изменённых листов: ${only?.size ?? 0}. Всего ` : 'Проверено '}${countsLine(counts)}.`;
  const written = writeResults(ctx, ev, {
    ...(only ? { only } : {}),
    committeeSheets: [checkSheet(ev.report, line, (tab, a1) => ev.loaded.cellUrl(tab, a1), 'addon')],
    journal: { date: ctx.now.date, time: ctx.now.time, who: ctx.who, what: 'check', outcome: message, failure: '' },
  });
  lastCheckProperty.write({ at: russianDateTime(ctx.now), who: ctx.who });
  return {
    ok: true,
    journaled: true,
    message: `${message}${refusedLine(written.refused)}`,
    counts,
    problems: worstProblems(ev.report, ev.loaded),
  };
}
