import type { FormIssueCode } from './form-issue-codes';
import type { MessageTemplates } from './message-catalogue';

/**
 * Russian templates of core/form's issue codes (`formatMessage` says how they read). `section` is
 * the section's title with its number; dates come as ISO and are shown ДД.ММ.ГГГГ. Data only: the
 * add-on carries it packed (`scripts/build.ts`, `packedModules`).
 */
export const formMessages = {
  form_tab_missing:
    'Нет листа организации «{code}»: лист с названием, равным коду, не найден (переименован или удалён). Отчёт не сдан.',
  form_tabs_unmatched:
    'Листы, названия которых не совпадают ни с одним кодом справочника, не проверялись: {tabs, list}.',
  form_section_missing:
    'Нет раздела «{section}»: его заголовок удалён или переименован. Верните строку «{section}» в столбец A.',
  form_field_missing:
    'В разделе «{section}» нет строки «{label}»: верните подпись в столбец A, значение — в столбец B.',
  form_headers_missing:
    'В разделе «{section}» нет заголовков столбцов {headers, list}. Верните строку заголовков — без неё таблица не читается.',
  form_code_mismatch:
    'Код в разделе 1 — «{code}», а лист называется «{tab}»: код и название листа должны совпадать (лист скопирован с листа другой организации или переименован).',
  form_empty: 'Лист не заполнен: ни в одной белой ячейке нет значения.',
  form_item_row_missing:
    'В разделе «4. Исполнение дорожной карты» нет строки пункта {key}: её удалили. Попросите комитет обновить лист — введённое сохранится.',
  form_item_row_unknown:
    'Пункта «{key}» нет среди пунктов дорожной карты для вашей организации: строка не учитывается.',
  form_item_key_missing:
    'В строке раздела 4 что-то заполнено, но нет номера пункта: строка не учитывается. Строки этого раздела задаёт дорожная карта — заполняйте их.',
  form_item_row_duplicate:
    'Пункт {key} встречается второй раз (первый раз — в строке {first}): учитывается первая строка.',
  form_item_key_was_date:
    'Номер пункта превратился в «{found}» и прочитан как {key}: задайте столбцу «Пункт» формат «Обычный текст».',
  form_required: 'Не заполнено обязательное поле «{label}».',
  form_covered_exceeds_pupils:
    'Охвачено {covered, number}, а обучающихся {band} классов всего {pupils, number}: охват не может быть больше числа обучающихся.',
  form_count_exceeds_pupils:
    '«{label}» — {value, number}, а обучающихся 6–11 классов всего {pupils, number}: больше быть не может.',
  form_level_hours_short:
    'Заявлен {level} уровень, а в плане {hours, number} ч на обучающегося при минимуме {threshold, number} ч: уровень не подтверждается.',
  form_level_course_short:
    'Внеурочной деятельности в плане {hours, number} ч, а на курс «Россия — мои горизонты» нужно не меньше {course, number} ч: уровень не подтверждается.',
  form_level_needs_bvb:
    'Заявлен {level} уровень, но на платформе «Билет в будущее» не зарегистрирован ни один обучающийся.',
  form_level_needs_trained:
    'Заявлен {level} уровень, но в разделе 6 нет ни ответственного, ни другого педагога с повышением квалификации не меньше {threshold, number} ч.',
  form_pupils_differ_oo1:
    'Обучающихся {band} классов указано {value, number}, а по форме ОО-1 — {oo1, number}: расхождение больше 5 %. В показателях используется ОО-1.',
  form_done_without_date: 'Пункт {key} отмечен как «выполнено», но не указана дата выполнения.',
  form_done_without_evidence:
    'Пункт {key} отмечен как «выполнено», но нет подтверждения: укажите номер и дату документа или ссылку.',
  form_date_without_done:
    'У пункта {key} указана дата выполнения, а статус — «{status}»: если пункт выполнен, выберите «выполнено».',
  form_done_date_future:
    'Дата выполнения {date, date} позже даты отчёта {asOf, date}: укажите дату, когда пункт уже выполнен.',
  form_done_date_too_early:
    'Дата выполнения {date, date} раньше начала прошлого учебного года ({from, date}): проверьте год.',
  form_order_date_future: 'Дата приказа {date, date} позже даты отчёта {asOf, date}: проверьте дату.',
  form_event_unknown:
    'Мероприятие «{found}» не найдено в дорожной карте: выберите его из списка (номер пункта в начале).',
  form_event_not_for_type:
    'По дорожной карте мероприятие {event} не предназначено для организаций типа {type}: проверьте выбор.',
  form_event_date_outside_year: 'Дата мероприятия {date, date} вне учебного года {year}: проверьте дату.',
  form_event_date_future:
    'Дата мероприятия {date, date} ещё не наступила (отчёт — на {asOf, date}): участие указывается после мероприятия.',
  form_event_outside_window:
    'Дата {date, date} вне срока мероприятия {event} по дорожной карте («{period}»): проверьте дату.',
  form_event_duplicate:
    'Мероприятие {event} с датой {date, date} уже указано в строке {first}: проверьте, не повтор ли это.',
  form_winners_exceed_participants:
    'Победителей и призёров {winners, number}, а участников {participants, number}: победителей не может быть больше, чем участников.',
  form_grades_for_preschool: 'У дошкольной организации классы не указываются: оставьте ячейку пустой.',
  form_training_date_future:
    'Дата окончания {date, date} позже даты отчёта {asOf, date}: указывается уже завершённое обучение.',
  form_training_outdated:
    'Обучение окончено {date, date} — больше трёх лет назад, а повышать квалификацию нужно не реже раза в три года.',
  form_write_refused_unrecognised:
    'Лист «{tab}» не похож на форму организации (не найдено ни одного раздела формы), а значений в нём: {count, number}. Профкарта в этот лист не писала, чтобы ничего не потерять. Верните в лист разделы формы или переименуйте его.',
  form_write_refused_too_many:
    'В листе «{tab}» {count, plural, one {# значение стоит} few {# значения стоят} many {# значений стоят}} не на местах формы, и {count, plural, one {его} other {их}} пришлось бы перенести в блок «Перенесённые значения»: Профкарта в этот лист не писала, чтобы ничего не потерять. Верните разделы и заголовки формы на места.',
} as const satisfies MessageTemplates<FormIssueCode>;
