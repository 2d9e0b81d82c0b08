import { noOwnerNoStaff } from './committee-guard';

/**
 * Asks the user, in a dialog of the spreadsheet (`Ui.alert` with «Да»/«Нет»: it works from the
 * menu and from a sidebar call, and suspends the script until answered), whether to record them as
 * the first member of `Сотрудники комитета` of a spreadsheet that has no owner (a shared drive).
 * False when they say no, close the dialog, or there is no UI to ask in.
 *
 * @param user - the active user's email
 */
export function confirmFirstMember(user: string): boolean {
  try {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.alert(
      'Профкарта: первый сотрудник комитета',
      `${noOwnerNoStaff}, поэтому действия Профкарты пока никому не доступны.\n\nЗаписать ваш адрес ${user} первым сотрудником комитета? После этого настройку и остальные действия сможете выполнять вы и те, кого вы впишете в «Настройки» → «Сотрудники комитета».`,
      ui.ButtonSet.YES_NO,
    );
    return answer === ui.Button.YES;
  } catch {
    return false;
  }
}

/** The answer when the user did not confirm. */
export const firstMemberDeclined =
  'Настройка не выполнена: вы не подтвердили, что становитесь первым сотрудником комитета. Выберите «Настроить таблицу» ещё раз и ответьте «Да», или попросите коллегу, который будет вести Профкарту.';
