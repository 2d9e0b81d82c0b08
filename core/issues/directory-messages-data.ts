import type { DirectoryIssueCode } from './directory-issue-codes';
import type { MessageTemplates } from './message-catalogue';

/**
 * Russian templates of core/directory's issue codes (`formatMessage` says how they read). Data
 * only: the add-on carries it packed (`scripts/build.ts`, `packedModules`).
 */
export const directoryMessages = {
  directory_missing:
    '{shell, select, addon {Нет листа «Организации» — справочника организаций, без которого Профкарта не работает. Выполните «Профкарта» → «Настроить таблицу» и заполните справочник.} cli {В книге нет листа «Организации» — справочника организаций, без которого проверять нечего. Книгу со справочником создаёт команда «npx profkarta template».}}',
  directory_header_missing:
    '{headers, plural, =1 {На листе «{tab}» нет столбца {headers, list}: верните заголовок в строку заголовков таблицы.} other {На листе «{tab}» нет столбцов {headers, list}: верните заголовки в строку заголовков таблицы.}}',
  directory_empty: 'В справочнике «Организации» нет ни одной организации.',
  code_missing: 'У организации «{name}» не указан код: строка не учитывается, пока код не заполнен.',
  code_malformed: 'Код «{found}» недопустим: разрешены буквы, цифры, «_» и «-». Строка не учитывается.',
  code_too_long:
    'Код «{found}» длиннее 31 символа (в нём {length, plural, one {# символ} few {# символа} many {# символов}}): лист с таким именем создать нельзя. Строка не учитывается.',
  code_duplicate:
    'Код «{found}» уже есть в строке {firstRow} (прописные и строчные буквы не различаются): строка не учитывается.',
  code_reserved: 'Код «{found}» совпадает с названием служебного листа: выберите другой код. Строка не учитывается.',
  name_missing: 'У организации с кодом «{code}» не указано наименование.',
  type_missing: 'У организации «{code}» не указан тип: ожидается {expected, list, or}. Строка не учитывается.',
  type_unknown: 'Тип «{found}» неизвестен: ожидается {expected, list, or}. Строка не учитывается.',
  district_missing: 'У организации «{code}» не указан район.',
  inn_missing: 'У организации «{code}» не указан ИНН.',
  emails_missing:
    'У организации «{code}» нет адреса электронной почты: доступ к её листу не будет открыт, напоминания не дойдут.',
  active_unreadable:
    'В столбце «Действует» ожидается «да» или «нет», а в ячейке «{found}»: организация считается действующей.',
  settings_missing: 'Нет листа «Настройки»: используются значения по умолчанию.',
  settings_duplicate_label:
    'Параметр «{label}» указан ещё раз (первый раз — в строке {firstRow}): используется первое значение.',
  school_year_unreadable:
    'Учебный год «{found}» не распознан: ожидается, например, 2023/2024. Пока используется {fallback}.',
  reports_spreadsheet_unreadable:
    '«{found}» не похоже ни на ссылку на Google Таблицу, ни на её идентификатор: укажите ссылку вида https://docs.google.com/spreadsheets/d/… или оставьте ячейку пустой.',
  reports_mode_unknown:
    '«{found}» — не вариант «Отчёты организаций»: укажите «в отдельных файлах», «в таблице отчётов» или «в этой таблице». Пока используется «{fallback}».',
  reports_folder_unreadable:
    '«{found}» не похоже ни на ссылку на папку Google Диска, ни на её идентификатор: укажите ссылку вида https://drive.google.com/drive/folders/… или оставьте ячейку пустой.',
  threshold_not_positive:
    'Порог «{label}» должен быть больше нуля, а указано «{found}»: пока используется {fallback, number}.',
  thresholds_out_of_order:
    'Часы уровней должны расти от базового к продвинутому, а указано: базовый — {basic, number} ч, основной — {main, number} ч, продвинутый — {advanced, number} ч.',
  csv_empty:
    'Файл «{tab}» пуст. В первой строке ожидаются заголовки, как на листе «Организации»: {headers, join}{optional, plural, =0 {} other { (и, если нужно, {optional, join})}} — или те же по-английски: {englishHeaders, join, csv}{englishOptional, plural, =0 {} other { (и, если нужно, {englishOptional, join, csv})}}.',
  csv_header_missing:
    'В файле «{tab}» нет столбца «{header}» (или «{english}»). В первой строке ожидаются заголовки, как на листе «Организации»: {headers, join}{optional, plural, =0 {} other { (и, если нужно, {optional, join})}} — или те же по-английски: {englishHeaders, join, csv}{englishOptional, plural, =0 {} other { (и, если нужно, {englishOptional, join, csv})}}.',
  term_unreadable:
    '«{label}»: «{found}» не читается как даты четверти. Укажите начало и конец через тире, например 01.09.2025–24.10.2025; пока действуют месяцы по умолчанию.',
  term_outside_year:
    '«{label}» ({found}) лежит вне учебного года {schoolYear}: проверьте годы; пока действуют месяцы по умолчанию.',
  terms_overlap: '«{label}» начинается раньше, чем заканчивается «{previous}»: проверьте даты четвертей.',
  csv_too_many_rows:
    'В файле «{tab}» {rows, plural, one {# строка} few {# строки} many {# строк}}, а организаций может быть не больше {max, number}: проверьте, тот ли это файл.',
  report_date_outside_school_year:
    'Дата отчёта {date, date} ({source}) лежит вне учебного года {schoolYear}: сроки пунктов дорожной карты считаются на эту дату, и статусы «просрочено» или «не наступил срок» могут быть неверны. {shell, select, addon {Укажите нужную дату в «Настройках» → «Дата отчёта» или исправьте «Учебный год».} cli {Укажите нужную дату: --as-of ДАТА или «Дата отчёта» на листе «Настройки».}}',
  tab_name_clash:
    'В книге есть лист «{found}», а сводка записывает лист «{reserved}»: имена совпадают без учёта регистра букв и ё/е. Переименуйте свой лист, чтобы он не был заменён, и запустите команду снова.',
} as const satisfies MessageTemplates<DirectoryIssueCode>;
