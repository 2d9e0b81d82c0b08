import { countOf } from './count-of';
import type { MessageCatalogue } from './message-catalogue';
import { quotedList } from './message-text';
import type { RoadmapIssueCode } from './roadmap-issue-codes';

const examples =
  'Пишите, например: «Октябрь 2023 г.», «Март – май 2024 г.», «В течение года», «2 раза в год», «до 15.09.2023».';

/** «Пункт 3.2: » when the issue concerns an item, so the same code serves `period` and the tab. */
function item(params: { readonly item?: string }): string {
  return params.item === undefined ? '' : `Пункт ${params.item}: `;
}

/** «Пункт 3.2: текст», or «Текст» when the issue concerns no item. */
function atItem(params: { readonly item?: string }, text: string): string {
  const lead = item(params);
  return lead === '' ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : `${lead}${text}`;
}

/** A sentence about a deadline: «Срок «…» …», or «Пункт 3.2: срок «…» …, у пункта нет срока.» on the tab. */
function period(params: { readonly item?: string; readonly words: string }, problem: string, hint: string): string {
  const words = `«${params.words}»`;
  if (params.item === undefined) return `Срок ${words} ${problem}. ${hint}`;
  return `${item(params)}срок ${words} ${problem}, у пункта нет срока. ${hint}`;
}

export const roadmapMessages: MessageCatalogue<RoadmapIssueCode> = {
  period_empty: (p) => `${atItem(p, 'срок не указан.')} ${examples}`,
  period_unknown_words: (p) => period(p, 'не распознан', examples),
  period_bad_date: (p) => period(p, 'содержит несуществующую дату', 'Проверьте день и месяц.'),
  period_reversed: (p) => period(p, 'начинается позже, чем заканчивается', 'Укажите сначала начало, потом окончание.'),
  period_out_of_year: (p) => period(p, `отстоит от учебного года ${p.schoolYear} больше чем на год`, 'Проверьте год.'),
  period_bad_count: (p) =>
    period(p, 'называет меньше одного или больше двенадцати раз в год', 'Укажите от 1 до 12 раз в год.'),
  period_count_mismatch: (p) =>
    period(
      p,
      `называет ${countOf(p.count, ['раз', 'раза', 'раз'])}, а в скобках — ${countOf(p.named, ['срок', 'срока', 'сроков'])}`,
      'Согласуйте число раз и сроки в скобках.',
    ),
  period_no_date: (p) =>
    p.item === undefined
      ? `Срок «${p.words}» не называет даты: у пункта с таким сроком не будет срока, и его исполнение не проверяется по сроку. Если срок есть, укажите его, например «Октябрь 2024 г.».`
      : `${item(p)}срок «${p.words}» не называет даты, у пункта нет срока: его исполнение не проверяется по сроку. Если срок известен, укажите его, например «Октябрь 2024 г.».`,
  period_remark_ignored: (p) =>
    atItem(p, `пояснение «${p.words}» в сроке «${p.period}» не называет дат и не учитывается.`),
  period_outside_school_year: (p) =>
    atItem(p, `срок «${p.words}» (${p.window}) лежит вне учебного года ${p.schoolYear}. Проверьте год.`),
  roadmap_missing_header: (p) =>
    `На листе «Дорожная карта» нет столбца «${p.header}». Верните заголовок в строку заголовков.`,
  roadmap_no_items: () => 'На листе «Дорожная карта» нет ни одного пункта: заполните его таблицей приказа.',
  roadmap_missing_item_number: (p) =>
    `У мероприятия «${p.title}» нет номера пункта; строка пропущена. Укажите номер, например «5.2.9».`,
  roadmap_bad_item_number: (p) =>
    `«${p.value}» не похоже на номер пункта; строка пропущена. Ожидаются цифры через точку, например «5.1.2».`,
  roadmap_item_number_was_date: (p) =>
    `Номер пункта превратился в дату (${p.value}) и прочитан как «${p.guess}». Проверьте номер и задайте столбцу «Пункт» формат «Обычный текст».`,
  roadmap_duplicate_item: (p) =>
    `Пункт ${p.item} уже есть в строке ${p.firstRow}; эта строка пропущена. Номера пунктов не должны повторяться.`,
  roadmap_missing_title: (p) => `${item(p)}не указано название мероприятия.`,
  roadmap_unknown_reporter: (p) =>
    `${item(p)}в столбце «Отчитываются» ${p.value.length === 1 ? 'неизвестный тип' : 'неизвестные типы'} организаций: ${quotedList(p.value)}. Допустимы ООО, ДОО, ОДО (или слова приказа: «образовательные организации», «ОО», «ДОУ», «УДО») через запятую; «комитет» — пункт комитета; пусто — по формулировке пункта.`,
  roadmap_unknown_kind: (p) =>
    `${item(p)}неизвестный вид «${p.value}»; считается «${p.used}». Допустимые значения: «пункт» и «мероприятие».`,
  roadmap_unknown_status: (p) =>
    `${item(p)}неизвестный статус «${p.value}»; считается «не начато». Допустимые значения: «не начато», «в работе», «выполнено» и «не участвуем».`,
  roadmap_bad_done_date: (p) =>
    `${item(p)}«${p.value}» в столбце «Дата выполнения» — не дата. Ожидается дата, например 15.10.2023.`,
  roadmap_builtin_other_year: (p, shell) =>
    shell === 'addon'
      ? `Встроенная дорожная карта составлена на 2023/2024 учебный год, а в «Настройках» указан ${p.schoolYear}. Вставьте на лист «Дорожная карта» таблицу приказа на этот год.`
      : `Встроенная дорожная карта составлена на 2023/2024 учебный год, а нужна на ${p.schoolYear}. Заполните в книге лист «Дорожная карта» на этот год: из приказа его делает команда «npx profkarta import-roadmap», новой книге его даёт «npx profkarta template --roadmap ФАЙЛ».`,
  roadmap_item_numbered: (p) =>
    `Строке без номера («${p.title}») дан номер ${p.item} — по пункту ${p.parent} над ней. Если номер другой, впишите его в столбец «Пункт».`,
  roadmap_reporters_derived: (p) =>
    `${item(p)}столбец «Отчитываются» пуст; по формулировке пункта (${p.rule}) ${p.reporters.length === 0 ? 'это пункт комитета: организации по нему не отчитываются' : `отчитываются ${p.reporters.join(', ')}`}. Если это не так, впишите типы организаций (ООО, ДОО, ОДО) или «комитет».`,
  roadmap_kind_derived: (p) =>
    `${item(p)}столбец «Вид» пуст; считается «${p.value}»${p.value === 'мероприятие' ? ' (пункт стоит в перечне мероприятий: организации отчитываются об участии)' : ''}. Если это не так, выберите вид: «пункт» или «мероприятие».`,
};
