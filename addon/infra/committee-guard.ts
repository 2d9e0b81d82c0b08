import type { Books } from './books';

/** An email Apps Script gives, trimmed and lower-case; '' when Google does not disclose it. */
function emailOf(read: () => string | null | undefined): string {
  try {
    return (read() || '').trim().toLowerCase();
  } catch {
    return '';
  }
}

/** The email of the user running the action; '' when Google does not disclose it. */
export function activeUserEmail(): string {
  return emailOf(() => Session.getActiveUser().getEmail());
}

/** The email of the account the script runs as (a trigger's installer); '' when hidden. */
export function effectiveUserEmail(): string {
  return emailOf(() => Session.getEffectiveUser().getEmail());
}

/** The owner of the committee's spreadsheet ('' when unknown, e.g. a shared drive). */
function ownerEmail(committeeId: string): string {
  return emailOf(() => SpreadsheetApp.openById(committeeId).getOwner()?.getEmail());
}

/**
 * Whether someone may run a committee action: allowed, or a Russian refusal. `firstMember`: the
 * spreadsheet has no owner (a shared drive) and `Сотрудники комитета` is empty, so set-up may
 * record this user, once they confirm, as the first member.
 */
export type CommitteeAccess =
  | { readonly ok: true }
  | { readonly ok: false; readonly message: string; readonly firstMember: boolean };

/** The shared drive's situation, said once: the guard's refusals and set-up's question begin with it. */
export const noOwnerNoStaff =
  'У таблицы комитета нет владельца (она на общем диске), а список «Сотрудники комитета» в «Настройках» пуст';

const sharedDriveHowTo =
  'Чтобы начать работу, выберите «Настроить таблицу» в меню Профкарты или в её панели и подтвердите, что вы — первый сотрудник комитета: ваш адрес будет записан в «Настройки» → «Сотрудники комитета», остальных сотрудников впишите туда же.';

function refuse(message: string, firstMember = false): CommitteeAccess {
  return { ok: false, message, firstMember };
}

/**
 * Who may run a committee action (design §10), on every path: members of `Сотрудники комитета`;
 * until that list is filled, only the owner of the committee's spreadsheet; in a shared drive (no
 * owner) nobody until set-up records its first member. A trigger is judged by the account it runs
 * as (its installer).
 *
 * @param user - the active user's email, or for a trigger the effective user's ('' when unreadable)
 * @param books - the committee's spreadsheet (its `Настройки`)
 * @param trigger - a time-driven run: the refusal speaks of the trigger's installer
 * @example committeeAccess('petrov@example.org', books, false) // { ok: false, message: 'Действие доступно только…', firstMember: false }
 */
export function committeeAccess(user: string, books: Books, trigger = false): CommitteeAccess {
  if (!user) {
    return refuse(
      trigger
        ? 'Не удалось определить, от чьего имени работает триггер, поэтому действие по расписанию не выполнено. Включите рассылку заново из панели Профкарты под учётной записью сотрудника комитета.'
        : 'Не удалось определить ваш адрес электронной почты, поэтому действие комитета не выполнено. Войдите в Google под рабочей учётной записью комитета и повторите.',
    );
  }
  const staff = books.settings().committeeStaff.map((e) => e.trim().toLowerCase());
  if (staff.length > 0) {
    if (staff.includes(user)) return { ok: true };
    return refuse(
      trigger
        ? `Триггер установил ${user}, которого нет в «Сотрудниках комитета»: действие не выполнено. Переустановите рассылку от имени сотрудника комитета.`
        : `Действие доступно только сотрудникам комитета (Настройки → «Сотрудники комитета»); адреса ${user} в этом списке нет.`,
    );
  }
  const owner = ownerEmail(books.committeeId);
  if (owner === user) return { ok: true };
  if (!owner) {
    return trigger
      ? refuse(`${noOwnerNoStaff}, поэтому действие по расписанию от имени ${user} не выполнено. ${sharedDriveHowTo}`)
      : refuse(`${noOwnerNoStaff}. ${sharedDriveHowTo}`, true);
  }
  return refuse(
    trigger
      ? `Триггер установил ${user}, а список «Сотрудники комитета» пуст: до его заполнения действия выполняются только от имени владельца таблицы (${owner}). Действие не выполнено.`
      : `Список «Сотрудники комитета» в «Настройках» пуст: до его заполнения действия доступны только владельцу таблицы комитета (${owner}). Попросите владельца вписать ваш адрес в «Настройки» → «Сотрудники комитета».`,
  );
}
