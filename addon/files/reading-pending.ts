import { UserFacingError } from '../adapter/sheets-service';
import type { ActionOutcome } from '../infra/run-action';

/**
 * A check, build or reminder round that found organisation files still to read (design §2): it
 * writes nothing from a partial read. The message says how many are read and left; the job turns
 * it into progress, and the continuation trigger reads on.
 */
export class ReadingPending extends UserFacingError {
  constructor(
    readonly done: number,
    readonly total: number,
  ) {
    super(
      `Прочитано файлов организаций: ${done} из ${total}, осталось ${total - done}. Проверка и сводка делаются только по всем файлам: чтение продолжится само через минуту.`,
    );
  }
}

/**
 * Runs a job that reads the organisation files; while files are left to read, its answer is the
 * progress («прочитано 120 из 410»), which the sidebar follows by calling again.
 *
 * @param job - the check or build
 */
export function whileReading(job: () => ActionOutcome): ActionOutcome {
  try {
    return job();
  } catch (error) {
    if (!(error instanceof ReadingPending)) throw error;
    return { ok: true, message: error.message, progress: { done: error.done, total: error.total } };
  }
}
