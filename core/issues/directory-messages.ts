import { countOf } from './count-of';
import type { DirectoryIssueCode } from './directory-issue-codes';
import type { MessageCatalogue } from './message-catalogue';
import { dateText, numberText, quotedList } from './message-text';

/** The headers a list of organisations may have: the «Организации» tab's, or the same in English. */
function expectedHeaders(p: {
  readonly headers: readonly string[];
  readonly optional: readonly string[];
  readonly englishHeaders: readonly string[];
  readonly englishOptional: readonly string[];
}): string {
  const line = (names: readonly string[], optional: readonly string[], joiner: string) =>
    `${names.join(joiner)}${optional.length > 0 ? ` (и, если нужно, ${optional.join(joiner)})` : ''}`;
  return `В первой строке ожидаются заголовки, как на листе «Организации»: ${line(p.headers, p.optional, ', ')} — или те же по-английски: ${line(p.englishHeaders, p.englishOptional, ',')}.`;
}

export const directoryMessages: MessageCatalogue<DirectoryIssueCode> = {
  directory_missing: (_, shell) =>
    shell === 'addon'
      ? 'Нет листа «Организации» — справочника организаций, без которого Профкарта не работает. Выполните «Профкарта» → «Настроить таблицу» и заполните справочник.'
      : 'В книге нет листа «Организации» — справочника организаций, без которого проверять нечего. Книгу со справочником создаёт команда «npx profkarta template».',
  directory_header_missing: (p) =>
    p.headers.length === 1
      ? `На листе «${p.tab}» нет столбца ${quotedList(p.headers)}: верните заголовок в строку заголовков таблицы.`
      : `На листе «${p.tab}» нет столбцов ${quotedList(p.headers)}: верните заголовки в строку заголовков таблицы.`,
  directory_empty: () => 'В справочнике «Организации» нет ни одной организации.',
  code_missing: (p) => `У организации «${p.name}» не указан код: строка не учитывается, пока код не заполнен.`,
  code_malformed: (p) => `Код «${p.found}» недопустим: разрешены буквы, цифры, «_» и «-». Строка не учитывается.`,
  code_too_long: (p) =>
    `Код «${p.found}» длиннее 31 символа (в нём ${countOf(p.length, ['символ', 'символа', 'символов'])}): лист с таким именем создать нельзя. Строка не учитывается.`,
  code_duplicate: (p) =>
    `Код «${p.found}» уже есть в строке ${p.firstRow} (прописные и строчные буквы не различаются): строка не учитывается.`,
  code_reserved: (p) =>
    `Код «${p.found}» совпадает с названием служебного листа: выберите другой код. Строка не учитывается.`,
  name_missing: (p) => `У организации с кодом «${p.code}» не указано наименование.`,
  type_missing: (p) =>
    `У организации «${p.code}» не указан тип: ожидается ${quotedList(p.expected, 'или')}. Строка не учитывается.`,
  type_unknown: (p) =>
    `Тип «${p.found}» неизвестен: ожидается ${quotedList(p.expected, 'или')}. Строка не учитывается.`,
  district_missing: (p) => `У организации «${p.code}» не указан район.`,
  inn_missing: (p) => `У организации «${p.code}» не указан ИНН.`,
  emails_missing: (p) =>
    `У организации «${p.code}» нет адреса электронной почты: доступ к её листу не будет открыт, напоминания не дойдут.`,
  active_unreadable: (p) =>
    `В столбце «Действует» ожидается «да» или «нет», а в ячейке «${p.found}»: организация считается действующей.`,
  settings_missing: () => 'Нет листа «Настройки»: используются значения по умолчанию.',
  settings_duplicate_label: (p) =>
    `Параметр «${p.label}» указан ещё раз (первый раз — в строке ${p.firstRow}): используется первое значение.`,
  school_year_unreadable: (p) =>
    `Учебный год «${p.found}» не распознан: ожидается, например, 2023/2024. Пока используется ${p.fallback}.`,
  reports_spreadsheet_unreadable: (p) =>
    `«${p.found}» не похоже ни на ссылку на Google Таблицу, ни на её идентификатор: укажите ссылку вида https://docs.google.com/spreadsheets/d/… или оставьте ячейку пустой.`,
  reports_mode_unknown: (p) =>
    `«${p.found}» — не вариант «Отчёты организаций»: укажите «в отдельных файлах», «в таблице отчётов» или «в этой таблице». Пока используется «${p.fallback}».`,
  reports_folder_unreadable: (p) =>
    `«${p.found}» не похоже ни на ссылку на папку Google Диска, ни на её идентификатор: укажите ссылку вида https://drive.google.com/drive/folders/… или оставьте ячейку пустой.`,
  threshold_not_positive: (p) =>
    `Порог «${p.label}» должен быть больше нуля, а указано «${p.found}»: пока используется ${numberText(p.fallback)}.`,
  thresholds_out_of_order: (p) =>
    `Часы уровней должны расти от базового к продвинутому, а указано: базовый — ${numberText(p.basic)} ч, основной — ${numberText(p.main)} ч, продвинутый — ${numberText(p.advanced)} ч.`,
  csv_empty: (p) => `Файл «${p.tab}» пуст. ${expectedHeaders(p)}`,
  csv_header_missing: (p) => `В файле «${p.tab}» нет столбца «${p.header}» (или «${p.english}»). ${expectedHeaders(p)}`,
  term_unreadable: (p) =>
    `«${p.label}»: «${p.found}» не читается как даты четверти. Укажите начало и конец через тире, например 01.09.2025–24.10.2025; пока действуют месяцы по умолчанию.`,
  term_outside_year: (p) =>
    `«${p.label}» (${p.found}) лежит вне учебного года ${p.schoolYear}: проверьте годы; пока действуют месяцы по умолчанию.`,
  terms_overlap: (p) => `«${p.label}» начинается раньше, чем заканчивается «${p.previous}»: проверьте даты четвертей.`,
  csv_too_many_rows: (p) =>
    `В файле «${p.tab}» ${countOf(p.rows, ['строка', 'строки', 'строк'])}, а организаций может быть не больше ${numberText(p.max)}: проверьте, тот ли это файл.`,
  report_date_outside_school_year: (p, shell) =>
    `Дата отчёта ${dateText(p.date)} (${p.source}) лежит вне учебного года ${p.schoolYear}: сроки пунктов дорожной карты считаются на эту дату, и статусы «просрочено» или «не наступил срок» могут быть неверны. ${
      shell === 'addon'
        ? 'Укажите нужную дату в «Настройках» → «Дата отчёта» или исправьте «Учебный год».'
        : 'Укажите нужную дату: --as-of ДАТА или «Дата отчёта» на листе «Настройки».'
    }`,
  tab_name_clash: (p) =>
    `В книге есть лист «${p.found}», а сводка записывает лист «${p.reserved}»: имена совпадают без учёта регистра букв и ё/е. Переименуйте свой лист, чтобы он не был заменён, и запустите команду снова.`,
};
