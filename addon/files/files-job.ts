import { assertLease } from '../infra/lease';
import type { ActionContext, ActionOutcome } from '../infra/run-action';
import { filesProgressProperty } from '../infra/stored-values';
import { evaluate } from '../jobs/evaluate';
import { clearFilesContinuation } from './files-continuation';
import { ReadingPending, whileReading } from './reading-pending';
import { syncOrgFiles, usesOrgFiles } from './sync-org-files';
import { orgFileWrites, writeDueFiles } from './write-org-files';

/**
 * «Чтение файлов организаций» (the sidebar's step) and its continuation trigger, under the lease:
 * reads the organisation files left to read (`syncOrgFiles`, paced, kept in `Кэш отчётов`), then
 * writes the results a check or build left unwritten (`pending`) into the files that are due. While
 * anything is left, the answer is the progress and the trigger runs again in a minute; `Журнал`
 * gets a line per run («Прочитано файлов организаций: 250 из 410…»).
 *
 * @param ctx - the action
 * @param maxReads - files this call may read (the sidebar's step)
 */
export function filesJob(ctx: ActionContext, maxReads?: number): ActionOutcome {
  assertLease(ctx, 'filesJob');
  clearFilesContinuation();
  const progress = filesProgressProperty(ctx.books.committeeId);
  if (!usesOrgFiles(ctx.books)) {
    progress.write(null);
    return { ok: true, message: 'Отчёты организаций хранятся не в отдельных файлах: читать нечего.' };
  }
  const pending = progress.read()?.pending;
  return whileReading(() => {
    if (!pending) {
      const files = syncOrgFiles(ctx, maxReads);
      if (files.left > 0) throw new ReadingPending(files.total - files.left, files.total);
      return {
        ok: true,
        message: `Прочитаны все файлы организаций: ${files.total}.`,
        progress: { done: files.total, total: files.total },
      };
    }
    const ev = evaluate(ctx, pending === 'build' ? 'build' : null, maxReads);
    const files = ev.loaded.files!;
    const { due } = orgFileWrites(ctx, ev, files);
    const { line, written, left } = writeDueFiles(ctx, files, due, pending);
    files.cache.flush();
    const message = left > 0 ? line.trim() : `Результаты записаны в файлы организаций: ${written}.${line}`;
    return { ok: true, message, progress: { done: files.total, total: files.total } };
  });
}
