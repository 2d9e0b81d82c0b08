import type { JournalAction } from '../../core/history/journal';
import { UserFacingError } from '../adapter/sheets-service';
import { PartialWriteError } from '../adapter/write-batches';
import type { SidebarResult } from '../sidebar-protocol';
import { Books } from './books';
import { type LocalTime, localNow } from './clock';
import { activeUserEmail, committeeRefusal, effectiveUserEmail } from './committee-guard';
import { LeaseRefusedError } from './lease';
import { appendJournal } from './journal';

/** What every job gets: who runs it, when, and the spreadsheets (reads cached for the whole action). */
export interface ActionContext {
  /** The active user's email ('' in a trigger). */
  readonly user: string;
  /** What `Журнал` records as «кто»: the user, else «триггер». */
  readonly who: string;
  readonly books: Books;
  /** The moment the action started, in the committee's zone. */
  readonly now: LocalTime;
  /** True for a time-driven run (no user, no UI). */
  readonly trigger: boolean;
}

/** A job's answer: the sidebar result, and whether the job already wrote its `Журнал` line in its own batch. */
export type ActionOutcome = SidebarResult & { readonly journaled?: boolean };

export interface ActionOptions {
  /** The `Журнал` action. */
  readonly what: JournalAction;
  /** A trigger: no committee guard (the trigger was installed by a committee member), `who` = «триггер». */
  readonly trigger?: boolean;
  /** Skip the committee guard (only for read-only calls such as the sidebar's `state`). */
  readonly open?: boolean;
}

function failureText(error: unknown): string {
  if (error instanceof UserFacingError || error instanceof LeaseRefusedError) return error.message;
  if (error instanceof PartialWriteError) {
    const done = error.written.length ? ` Записаны листы: ${error.written.join(', ')}.` : '';
    return `Запись прервалась: ${error.message}.${done} Остальные листы не тронуты; повторите действие.`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `Не удалось выполнить действие: ${message}`;
}

/**
 * The one wrapper of every entry point: opens the spreadsheets, refuses anyone but
 * `Сотрудники комитета` (or the owner before that list exists), runs the job, and turns any
 * failure into a Russian message, a `Журнал` line and a `console.error` line. Never throws.
 *
 * @param options - the `Журнал` action; trigger or not
 * @param body - the job: reads, core, writes; returns the sidebar result
 * @example runAction({ what: 'check' }, (ctx) => checkJob(ctx))
 */
export function runAction(options: ActionOptions, body: (ctx: ActionContext) => ActionOutcome): SidebarResult {
  let ctx: ActionContext | null = null;
  try {
    const books = new Books();
    const user = options.trigger ? '' : activeUserEmail();
    ctx = {
      user,
      who: options.trigger ? 'триггер' : user || 'неизвестный пользователь',
      books,
      now: localNow(books.timeZone()),
      trigger: options.trigger === true,
    };
    if (!options.trigger && !options.open) {
      const refusal = committeeRefusal(user, books);
      if (refusal) return { ok: false, message: refusal };
    }
    if (options.trigger) {
      // A trigger runs as whoever installed it: once the staff list exists, only staff triggers run.
      const runner = effectiveUserEmail();
      const staff = books.settings().committeeStaff.map((e) => e.trim().toLowerCase());
      if (runner && staff.length > 0 && !staff.includes(runner)) {
        const message = `Триггер установил ${runner}, которого нет в «Сотрудниках комитета»: действие не выполнено. Переустановите рассылку от имени сотрудника комитета.`;
        appendJournal(books.committeeId, null, [
          {
            date: ctx.now.date,
            time: ctx.now.time,
            who: runner,
            what: options.what,
            outcome: 'отказ',
            failure: message,
          },
        ]);
        return { ok: false, message };
      }
    }
    const outcome = body(ctx);
    const { journaled, ...result } = outcome;
    if (!journaled && !options.open) {
      appendJournal(books.committeeId, null, [
        {
          date: ctx.now.date,
          time: ctx.now.time,
          who: ctx.who,
          what: options.what,
          outcome: result.message,
          failure: result.ok ? '' : result.message,
        },
      ]);
    }
    return result as SidebarResult;
  } catch (error) {
    const message = failureText(error);
    console.error(
      `Профкарта: ${options.what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    if (ctx) {
      appendJournal(ctx.books.committeeId, null, [
        { date: ctx.now.date, time: ctx.now.time, who: ctx.who, what: options.what, outcome: 'сбой', failure: message },
      ]);
    }
    return { ok: false, message };
  }
}

/** Shows an action's outcome to a user who ran it from the menu (a toast; nothing in a trigger). */
export function notify(result: SidebarResult): SidebarResult {
  try {
    SpreadsheetApp.getActiveSpreadsheet()?.toast(result.message, 'Профкарта', 10);
  } catch {
    // No document (a trigger): the result is in `Журнал`.
  }
  return result;
}
