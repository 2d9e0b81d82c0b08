import type { JournalAction, JournalEntry } from '../../core/history/journal';
import { errorText, UserFacingError } from '../adapter/sheets-service';
import { PartialWriteError } from '../adapter/write-batches';
import type { SidebarResult } from '../sidebar-protocol';
import { Books } from './books';
import { type LocalTime, localNow, russianDateTime } from './clock';
import { activeUserEmail, committeeAccess, effectiveUserEmail } from './committee-guard';
import { confirmFirstMember, firstMemberDeclined } from './first-member';
import { type Lease, leaseRefusal, releaseLease, takeLease } from './lease';
import { appendJournal } from './journal';
import { isLockTimeout, lockBusyMessage } from './script-lock';

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
  /** The lease this action holds (a writing action), else null. */
  readonly lease: Lease | null;
  /**
   * The user confirmed becoming the first member of `Сотрудники комитета` of a spreadsheet with no
   * owner (only set-up asks): the job records them.
   */
  readonly firstMember: boolean;
}

/** A job's answer: the sidebar result, and whether the job already wrote its `Журнал` line in its own batch. */
export type ActionOutcome = SidebarResult & { readonly journaled?: boolean };

export interface ActionOptions {
  /** The `Журнал` action. */
  readonly what: JournalAction;
  /** A time-driven run: judged by the account it runs as (its installer); `who` = «триггер». */
  readonly trigger?: boolean;
  /** Skip the committee guard (only for read-only calls such as the sidebar's `state`). */
  readonly open?: boolean;
  /**
   * A writing action (design §10): it runs holding the one lease, and this says what runs, in
   * Russian («сборка сводки»), to a second caller.
   */
  readonly lease?: string;
  /** Set-up: in a shared drive with no staff yet, the user may confirm and become the first member. */
  readonly firstMember?: boolean;
  /** Instead of refusing when the lease is busy (e.g. the monthly send schedules a retry). */
  readonly whenBusy?: (ctx: ActionContext, holder: Lease | null) => ActionOutcome;
}

function failureText(error: unknown): string {
  if (error instanceof UserFacingError) return error.message;
  if (isLockTimeout(error)) return lockBusyMessage;
  if (error instanceof PartialWriteError) {
    const done = error.written.length ? ` Записаны листы: ${error.written.join(', ')}.` : '';
    return `Запись прервалась: ${error.message}.${done} Остальные листы не тронуты; повторите действие.`;
  }
  return `Не удалось выполнить действие: ${errorText(error)}`;
}

/**
 * A `Журнал` line of an action, at the action's time, by its user (or «триггер»).
 *
 * @example journalEntry(ctx, 'check', 'Проверено организаций: 3 …') // { date, time, who, what: 'check', … }
 */
export function journalEntry(
  ctx: Pick<ActionContext, 'now' | 'who'>,
  what: JournalAction,
  outcome: string,
  failure = '',
  who = ctx.who,
): JournalEntry {
  return { date: ctx.now.date, time: ctx.now.time, who, what, outcome, failure };
}

/**
 * Who may act, asked before anything is written: null when allowed, else the refusal. A trigger's
 * refusal is written to `Журнал` (nobody sees its answer). Set-up in a shared drive with no staff
 * asks the user to confirm becoming the first member.
 */
function guard(options: ActionOptions, ctx: ActionContext, runner: string): { refusal: string | null; first: boolean } {
  if (options.open) return { refusal: null, first: false };
  const access = committeeAccess(runner, ctx.books, ctx.trigger);
  if (access.ok) return { refusal: null, first: false };
  if (access.firstMember && options.firstMember && !ctx.trigger) {
    return confirmFirstMember(runner) ? { refusal: null, first: true } : { refusal: firstMemberDeclined, first: false };
  }
  if (ctx.trigger) {
    appendJournal(ctx.books.committeeId, null, [
      journalEntry(ctx, options.what, 'отказ', access.message, runner || ctx.who),
    ]);
  }
  return { refusal: access.message, first: false };
}

/**
 * The one wrapper of every entry point: opens the spreadsheets, refuses anyone but
 * `Сотрудники комитета` (or the owner before that list exists) on every path, triggers included;
 * runs a writing job holding the one lease (taken under the script lock); and turns any failure
 * into a Russian message, a `Журнал` line and a `console.error` line. Never throws.
 *
 * @param options - the `Журнал` action; trigger or not; the lease's «what»
 * @param body - the job: reads, core, writes; returns the sidebar result
 * @example runAction({ what: 'check', lease: 'проверка отчётов' }, (ctx) => checkJob(ctx))
 */
export function runAction(options: ActionOptions, body: (ctx: ActionContext) => ActionOutcome): SidebarResult {
  let ctx: ActionContext | null = null;
  let lease: Lease | null = null;
  try {
    const books = new Books();
    const trigger = options.trigger === true;
    const user = trigger ? '' : activeUserEmail();
    ctx = {
      user,
      who: trigger ? 'триггер' : user || 'неизвестный пользователь',
      books,
      now: localNow(books.timeZone()),
      trigger,
      lease: null,
      firstMember: false,
    };
    const { refusal, first } = guard(options, ctx, trigger ? effectiveUserEmail() : user);
    if (refusal) return { ok: false, message: refusal };
    if (first) ctx = { ...ctx, firstMember: true };
    let outcome: ActionOutcome;
    if (options.lease) {
      const taken = takeLease(books.committeeId, {
        who: ctx.who,
        what: options.lease,
        since: russianDateTime(ctx.now),
        trigger,
      });
      if (!taken.ok) {
        if (options.whenBusy) outcome = options.whenBusy(ctx, taken.holder);
        else {
          const message = leaseRefusal(taken.holder);
          // A user reads the refusal; nobody reads a trigger's, so it goes to `Журнал`.
          if (trigger) appendJournal(books.committeeId, null, [journalEntry(ctx, options.what, 'пропущено', message)]);
          outcome = { ok: false, message, journaled: true };
        }
      } else {
        lease = taken.lease;
        outcome = body({ ...ctx, lease });
      }
    } else {
      outcome = body(ctx);
    }
    const { journaled, ...result } = outcome;
    if (!journaled && !options.open) {
      appendJournal(books.committeeId, null, [
        journalEntry(ctx, options.what, result.message, result.ok ? '' : result.message),
      ]);
    }
    return result as SidebarResult;
  } catch (error) {
    const message = failureText(error);
    console.error(
      `Профкарта: ${options.what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    if (ctx) appendJournal(ctx.books.committeeId, null, [journalEntry(ctx, options.what, 'сбой', message)]);
    return { ok: false, message };
  } finally {
    if (ctx && lease) releaseLease(ctx.books.committeeId, lease);
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
