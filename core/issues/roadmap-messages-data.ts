import type { MessageTemplates } from './message-catalogue';
import type { RoadmapIssueCode } from './roadmap-issue-codes';

/**
 * Russian templates of core/roadmap's issue codes (`formatMessage` says how they read). A deadline's
 * code carries `item` on the roadmap tab and none when `period` reads a phrase alone: its `none`
 * branch. Data only: the add-on carries it packed (`scripts/build.ts`, `packedModules`).
 */
export const roadmapMessages = {
  period_empty:
    '{item, select, none {Срок не указан.} other {Пункт {item}: срок не указан.}} Пишите, например: «Октябрь», «Март – май», «В течение года», «2 раза в год», «до 15 сентября» (месяц без года — месяц учебного года).',
  period_unknown_words:
    '{period, select, none {{item, select, none {Срок «{words}» не распознан.} other {Пункт {item}: срок «{words}» не распознан, у пункта нет срока.}}} other {{item, select, none {В сроке «{period}» не распознана часть «{words}».} other {Пункт {item}: в сроке «{period}» не распознана часть «{words}», у пункта нет срока.}}}} Пишите, например: «Октябрь», «Март – май», «В течение года», «2 раза в год», «до 15 сентября» (месяц без года — месяц учебного года).',
  period_bad_date:
    '{item, select, none {Срок «{words}» содержит несуществующую дату.} other {Пункт {item}: срок «{words}» содержит несуществующую дату, у пункта нет срока.}} Проверьте день и месяц.',
  period_reversed:
    '{item, select, none {Срок «{words}» начинается позже, чем заканчивается.} other {Пункт {item}: срок «{words}» начинается позже, чем заканчивается, у пункта нет срока.}} Укажите сначала начало, потом окончание.',
  period_out_of_year:
    '{item, select, none {Срок «{words}» отстоит от учебного года {schoolYear} больше чем на год.} other {Пункт {item}: срок «{words}» отстоит от учебного года {schoolYear} больше чем на год, у пункта нет срока.}} Проверьте год.',
  period_bad_count:
    '{item, select, none {Срок «{words}» называет меньше одного или больше двенадцати раз в год.} other {Пункт {item}: срок «{words}» называет меньше одного или больше двенадцати раз в год, у пункта нет срока.}} Укажите от 1 до 12 раз в год.',
  period_count_mismatch:
    '{item, select, none {Срок «{words}» называет {count, plural, one {# раз} few {# раза} many {# раз}}, а в скобках — {named, plural, one {# срок} few {# срока} many {# сроков}}.} other {Пункт {item}: срок «{words}» называет {count, plural, one {# раз} few {# раза} many {# раз}}, а в скобках — {named, plural, one {# срок} few {# срока} many {# сроков}}, у пункта нет срока.}} Согласуйте число раз и сроки в скобках.',
  period_no_date:
    '{item, select, none {Срок «{words}» не называет даты: такой пункт останется без срока, и его исполнение по сроку не проверяется. Если срок есть, укажите его, например «Октябрь» или «до 15 октября».} other {Пункт {item}: срок «{words}» не называет даты, у пункта нет срока: его исполнение не проверяется по сроку. Если срок известен, укажите его, например «Октябрь» или «до 15 октября».}}',
  period_remark_ignored:
    '{item, select, none {Пояснение} other {Пункт {item}: пояснение}} «{words}» в сроке «{period}» не называет дат и не учитывается.',
  period_outside_school_year:
    '{item, select, none {Срок} other {Пункт {item}: срок}} «{words}» ({window}) лежит вне учебного года {schoolYear}. Проверьте год.',
  roadmap_missing_header: 'На листе «Дорожная карта» нет столбца «{header}». Верните заголовок в строку заголовков.',
  roadmap_no_items: 'На листе «Дорожная карта» нет ни одного пункта: заполните его таблицей приказа.',
  roadmap_missing_item_number:
    'У мероприятия «{title}» нет номера пункта; строка пропущена. Укажите номер, например «5.2.9».',
  roadmap_bad_item_number:
    '«{value}» не похоже на номер пункта; строка пропущена. Ожидаются цифры через точку, например «5.1.2».',
  roadmap_item_number_was_date:
    'Номер пункта превратился в дату ({value}) и прочитан как «{guess}». Проверьте номер и задайте столбцу «Пункт» формат «Обычный текст».',
  roadmap_duplicate_item:
    'Пункт {item} уже есть в строке {firstRow}; эта строка пропущена. Номера пунктов не должны повторяться.',
  roadmap_missing_title: 'Пункт {item}: не указано название мероприятия.',
  roadmap_unknown_reporter:
    'Пункт {item}: в столбце «Отчитываются» {value, plural, =1 {неизвестный тип} other {неизвестные типы}} организаций: {value, list}. Допустимы ООО, ДОО, ОДО (или слова приказа: «образовательные организации», «ОО», «ДОУ», «УДО») через запятую; «комитет» — пункт комитета; пусто — по формулировке пункта.',
  roadmap_unknown_kind:
    'Пункт {item}: неизвестный вид «{value}»; считается «{used}». Допустимые значения: «пункт» и «мероприятие».',
  roadmap_unknown_status:
    'Пункт {item}: неизвестный статус «{value}»; считается «не начато». Допустимые значения: «не начато», «в работе», «выполнено» и «не участвуем».',
  roadmap_bad_done_date:
    'Пункт {item}: «{value}» в столбце «Дата выполнения» — не дата. Ожидается дата, например 15.10.2023.',
  roadmap_builtin_other_year:
    '{shell, select, addon {Встроенная дорожная карта составлена на 2023/2024 учебный год, а в «Настройках» указан {schoolYear}. Вставьте на лист «Дорожная карта» таблицу приказа на этот год.} cli {Встроенная дорожная карта составлена на 2023/2024 учебный год, а нужна на {schoolYear}. Заполните в книге лист «Дорожная карта» на этот год: из приказа его делает команда «npx profkarta import-roadmap», новой книге его даёт «npx profkarta template --roadmap ФАЙЛ».}}',
  roadmap_item_numbered:
    'Строке без номера («{title}») дан номер {item} — по пункту {parent} над ней. Если номер другой, впишите его в столбец «Пункт».',
  roadmap_reporters_derived:
    'Пункт {item}: столбец «Отчитываются» пуст; по формулировке пункта ({rule}) {reporters, plural, =0 {это пункт комитета: организации по нему не отчитываются} other {отчитываются {reporters, join}}}. Если это не так, впишите типы организаций (ООО, ДОО, ОДО) или «комитет».',
  roadmap_kind_derived:
    'Пункт {item}: столбец «Вид» пуст; считается «{value}»{value, select, мероприятие { (пункт стоит в перечне мероприятий: организации отчитываются об участии)} other {}}. Если это не так, выберите вид: «пункт» или «мероприятие».',
} as const satisfies MessageTemplates<RoadmapIssueCode>;
