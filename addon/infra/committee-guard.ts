import type { Books } from './books';

/** The email of the user running the action; '' when Google does not disclose it. */
export function activeUserEmail(): string {
  try {
    return (Session.getActiveUser().getEmail() || '').trim().toLowerCase();
  } catch {
    return '';
  }
}

/** The email of the account the script runs as (a trigger's installer); '' when hidden. */
export function effectiveUserEmail(): string {
  try {
    return (Session.getEffectiveUser().getEmail() || '').trim().toLowerCase();
  } catch {
    return '';
  }
}

/** The owner of the committee's spreadsheet ('' when unknown, e.g. a shared drive). */
export function ownerEmail(committeeId: string): string {
  try {
    return (SpreadsheetApp.openById(committeeId).getOwner()?.getEmail() ?? '').trim().toLowerCase();
  } catch {
    return '';
  }
}

/**
 * Why `user` may not run a committee action, in Russian, or null when they may: members of
 * `Сотрудники комитета`; until that list is filled, only the owner of the committee's spreadsheet.
 *
 * @param user - the active user's email ('' when unreadable)
 * @param books - the committee's spreadsheet (its `Настройки`)
 */
export function committeeRefusal(user: string, books: Books): string | null {
  if (!user) {
    return 'Не удалось определить ваш адрес электронной почты, поэтому действие комитета не выполнено. Войдите в Google под рабочей учётной записью комитета и повторите.';
  }
  const staff = books.settings().committeeStaff.map((e) => e.trim().toLowerCase());
  if (staff.length > 0) {
    return staff.includes(user)
      ? null
      : `Действие доступно только сотрудникам комитета (Настройки → «Сотрудники комитета»); адреса ${user} в этом списке нет.`;
  }
  const owner = ownerEmail(books.committeeId);
  return owner && owner === user
    ? null
    : 'Список «Сотрудники комитета» в «Настройках» пуст: до его заполнения действия доступны только владельцу таблицы комитета.';
}
