import { checkSheet } from '../../core/outputs/check-sheet';
import { generatedLine } from '../../core/outputs/generated-line';
import { russianDateTime } from '../infra/clock';
import { assertLease } from '../infra/lease';
import { lastCheckProperty } from '../infra/stored-values';
import { type ActionContext, type ActionOutcome, journalEntry } from '../infra/run-action';
import { whileReading } from '../files/reading-pending';
import { evaluate } from './evaluate';
import { checkCounts, countsLine, worstProblems } from './problems';
import { refusedLine, writeResults } from './write-results';

/**
 * «Проверить отчёты» (and, with `onlyChanged`, the hourly job), under the action's lease: reads
 * every tab, checks in memory, then in one write: `Проверка`, `Состояние` (hashes, first
 * submission), the result line, notes and fills of each organisation tab (only those whose content hash changed for
 * the hourly job; nothing at all is written when none changed), and the `Журнал` line. With one file
 * per organisation, only changed files are read and only files whose result changed are written
 * (the hourly job writes nothing when no file changed); while files are left to read, it answers
 * with the progress and writes nothing.
 *
 * @param ctx - the action
 * @param onlyChanged - the hourly job: skip tabs whose hash equals `Состояние`'s
 * @param maxReads - organisation files this call may read (the sidebar's step)
 */
export function checkJob(ctx: ActionContext, onlyChanged = false, maxReads?: number): ActionOutcome {
  assertLease(ctx, 'checkJob');
  return whileReading(() => check(ctx, onlyChanged, maxReads));
}

const nothingChanged = 'Изменений в листах организаций нет: проверять нечего.';

function check(ctx: ActionContext, onlyChanged: boolean, maxReads: number | undefined): ActionOutcome {
  const ev = evaluate(ctx, null, maxReads);
  const counts = checkCounts(ev.report);
  const files = ev.loaded.files;
  let only: Set<string> | undefined;
  if (onlyChanged && !files) {
    only = new Set(
      ev.report.orgs
        .filter((o) => ev.hashes.has(o.org.code) && ev.report.state.get(o.org.code)?.hash !== ev.hashes.get(o.org.code))
        .map((o) => o.org.code),
    );
    if (only.size === 0) return { ok: true, journaled: true, message: nothingChanged, counts };
  }
  const line = generatedLine({
    generatedAt: ctx.now,
    asOf: ev.report.asOf,
    schoolYear: ev.report.settings.schoolYear,
  });
  const changed = files ? files.read.size : (only?.size ?? 0);
  const message = `${onlyChanged ? `Перепроверено изменённых листов: ${changed}. Всего ` : 'Проверено '}${countsLine(counts)}.`;
  const written = writeResults(ctx, ev, {
    ...(only ? { only } : {}),
    ...(onlyChanged ? { quiet: true } : {}),
    committeeSheets: [checkSheet(ev.report, line, (tab, a1) => ev.loaded.cellUrl(tab, a1), 'addon')],
    journal: journalEntry(ctx, 'check', message),
  });
  if (written.batches === 0) return { ok: true, journaled: true, message: nothingChanged, counts };
  lastCheckProperty.write({ at: russianDateTime(ctx.now), who: ctx.who });
  return {
    ok: true,
    journaled: true,
    message: `${message}${refusedLine(written.refused)}${written.filesLine ?? ''}`,
    counts,
    ...worstProblems(ev.report, ev.loaded),
  };
}
