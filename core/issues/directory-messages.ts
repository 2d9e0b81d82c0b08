import type { IssueParams } from './issue';
import { type MessageCatalogue, param } from './message-catalogue';
import type { DirectoryIssueCode } from './directory-issue-codes';

/** A count with its thousands apart, as Russians write it: `50 000`. */
function grouped(params: IssueParams, name: string): string {
  const value = params[name];
  return typeof value === 'number' ? value.toLocaleString('ru-RU').replace(/\u00a0/g, ' ') : param(params, name);
}

export const directoryMessages: MessageCatalogue<DirectoryIssueCode> = {
  directory_missing: () =>
    'Нет листа «Организации»: без справочника организаций проверить отчёты нельзя. Создайте лист через меню «Профкарта» → «Настроить таблицу».',
  directory_header_missing: (p) =>
    `На листе «${param(p, 'tab')}» нет столбца «${param(p, 'header')}»: верните заголовок в строку заголовков таблицы.`,
  directory_empty: () => 'В справочнике «Организации» нет ни одной организации.',
  code_missing: (p) =>
    `У организации «${param(p, 'name')}» не указан код: строка не учитывается, пока код не заполнен.`,
  code_malformed: (p) =>
    `Код «${param(p, 'found')}» недопустим: разрешены буквы, цифры, «_» и «-». Строка не учитывается.`,
  code_too_long: (p) =>
    `Код «${param(p, 'found')}» длиннее 31 символа (${param(p, 'length')}): имя листа не может быть таким длинным. Строка не учитывается.`,
  code_duplicate: (p) =>
    `Код «${param(p, 'found')}» уже встречается в строке ${param(p, 'firstRow')} (регистр букв не различается): строка не учитывается.`,
  code_reserved: (p) =>
    `Код «${param(p, 'found')}» совпадает с названием служебного листа: выберите другой код. Строка не учитывается.`,
  name_missing: (p) => `У организации с кодом «${param(p, 'code')}» не указано наименование.`,
  type_missing: (p) =>
    `У организации «${param(p, 'code')}» не указан тип: ожидается ${param(p, 'expected')}. Строка не учитывается.`,
  type_unknown: (p) =>
    `Тип «${param(p, 'found')}» неизвестен: ожидается ${param(p, 'expected')}. Строка не учитывается.`,
  district_missing: (p) => `У организации «${param(p, 'code')}» не указан район.`,
  inn_missing: (p) => `У организации «${param(p, 'code')}» не указан ИНН.`,
  emails_missing: (p) =>
    `У организации «${param(p, 'code')}» нет адреса электронной почты: лист не будет открыт для неё, напоминания не дойдут.`,
  active_unreadable: (p) =>
    `В столбце «Действует» ожидается «да» или «нет», а в ячейке «${param(p, 'found')}»: организация считается действующей.`,
  settings_missing: () => 'Нет листа «Настройки»: используются значения по умолчанию.',
  settings_duplicate_label: (p) =>
    `Параметр «${param(p, 'label')}» указан ещё раз (первый раз в строке ${param(p, 'firstRow')}): используется первое значение.`,
  school_year_unreadable: (p) =>
    `Учебный год «${param(p, 'found')}» не распознан: ожидается вида 2023/2024. Используется ${param(p, 'fallback')}.`,
  reports_spreadsheet_unreadable: (p) =>
    `«${param(p, 'found')}» не похоже на ссылку на Google Таблицу или её идентификатор: укажите ссылку вида https://docs.google.com/spreadsheets/d/… или оставьте ячейку пустой.`,
  reports_mode_unknown: (p) =>
    `«${param(p, 'found')}» — не вариант «Отчёты организаций»: укажите «в отдельных файлах», «в таблице отчётов» или «в этой таблице». Пока используется «${param(p, 'fallback')}».`,
  reports_folder_unreadable: (p) =>
    `«${param(p, 'found')}» не похоже на ссылку на папку Google Диска или её идентификатор: укажите ссылку вида https://drive.google.com/drive/folders/… или оставьте ячейку пустой.`,
  threshold_not_positive: (p) =>
    `Порог «${param(p, 'label')}» должен быть больше нуля, а указано «${param(p, 'found')}»: используется ${param(p, 'fallback')}.`,
  thresholds_out_of_order: (p) =>
    `Пороги уровней должны расти: базовый ${param(p, 'basic')} < основной ${param(p, 'main')} < продвинутый ${param(p, 'advanced')}.`,
  csv_empty: (p) => `Файл «${param(p, 'tab')}» пуст: ожидается строка заголовков code,name,type,district,inn,emails.`,
  csv_header_missing: (p) =>
    `В файле «${param(p, 'tab')}» нет столбца «${param(p, 'header')}»: ожидается заголовок code,name,type,district,inn,emails (и, по желанию, active).`,
  term_unreadable: (p) =>
    `«${param(p, 'label')}»: «${param(p, 'found')}» не читается как даты четверти. Укажите начало и конец через тире, например 01.09.2025–24.10.2025; пока действуют месяцы по умолчанию.`,
  term_outside_year: (p) =>
    `«${param(p, 'label')}» (${param(p, 'found')}) лежит вне учебного года ${param(p, 'schoolYear')}: проверьте годы; пока действуют месяцы по умолчанию.`,
  terms_overlap: (p) =>
    `«${param(p, 'label')}» начинается раньше, чем кончается «${param(p, 'previous')}»: проверьте даты четвертей.`,
  csv_too_many_rows: (p) =>
    `В файле «${param(p, 'tab')}» строк: ${grouped(p, 'rows')}, а организаций может быть не больше ${grouped(p, 'max')}: проверьте, тот ли это файл.`,
  report_date_outside_school_year: (p) =>
    `Дата отчёта ${param(p, 'date')} (${param(p, 'source')}) лежит вне учебного года ${param(p, 'schoolYear')}: сроки пунктов дорожной карты считаются на эту дату, и статусы «просрочено» или «не наступил срок» могут быть неверны.`,
  tab_name_clash: (p) =>
    `В книге есть лист «${param(p, 'found')}», а сводка записывает лист «${param(p, 'reserved')}»: имена совпадают без учёта регистра букв и ё/е. Переименуйте свой лист, чтобы он не был заменён, и запустите команду снова.`,
};
