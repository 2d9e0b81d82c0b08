import type { IssueParams } from './issue';
import type { MessageCatalogue } from './message-catalogue';
import { param } from './message-catalogue';
import type { RoadmapIssueCode } from './roadmap-issue-codes';

const examples =
  'Пишите, например: «Октябрь 2023 г.», «Март – май 2024 г.», «В течение года», «2 раза в год», «до 15.09.2023».';

/** «Пункт 3.2: » when the issue concerns an item, so the same code serves `period` and the tab. */
function item(params: IssueParams): string {
  return params.item === undefined ? '' : `Пункт ${param(params, 'item')}: `;
}

/** «Пункт 3.2: текст», or «Текст» when the issue concerns no item. */
function atItem(params: IssueParams, text: string): string {
  const lead = item(params);
  return lead === '' ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : `${lead}${text}`;
}

/** A sentence about a deadline: «Срок «…» …», or «Пункт 3.2: срок «…» …, у пункта нет срока.» on the tab. */
function period(params: IssueParams, problem: string, hint: string): string {
  const words = `«${param(params, 'words')}»`;
  if (params.item === undefined) return `Срок ${words} ${problem}. ${hint}`;
  return `${item(params)}срок ${words} ${problem}, у пункта нет срока. ${hint}`;
}

export const roadmapMessages: MessageCatalogue<RoadmapIssueCode> = {
  period_empty: (p) => `${p.item === undefined ? 'Срок' : `${item(p)}срок`} не указан. ${examples}`,
  period_unknown_words: (p) => period(p, 'не распознан', examples),
  period_bad_date: (p) => period(p, 'содержит несуществующую дату', 'Проверьте день и месяц.'),
  period_reversed: (p) => period(p, 'начинается позже, чем кончается', 'Укажите сначала начало, потом окончание.'),
  period_out_of_year: (p) =>
    period(p, `лежит дальше года от учебного года ${param(p, 'schoolYear')}`, 'Проверьте год.'),
  period_bad_count: (p) => period(p, 'называет больше 12 или меньше 1 раза в год', 'Укажите от 1 до 12 раз в год.'),
  period_count_mismatch: (p) =>
    period(
      p,
      `называет ${param(p, 'count')} раз(а), а в скобках — ${param(p, 'named')} срок(а)`,
      'Приведите число раз и сроки в скобках в согласие.',
    ),
  period_no_date: (p) =>
    p.item === undefined
      ? `Срок «${param(p, 'words')}» не называет даты: у пункта с таким сроком не будет срока, и его исполнение не проверяется по сроку. Если срок есть, укажите его, например «Октябрь 2024 г.».`
      : `${item(p)}срок «${param(p, 'words')}» не называет даты, у пункта нет срока: его исполнение не проверяется по сроку. Если срок известен, укажите его, например «Октябрь 2024 г.».`,
  period_remark_ignored: (p) =>
    atItem(p, `пояснение «${param(p, 'words')}» в сроке «${param(p, 'period')}» не называет дат и не учитывается.`),
  period_outside_school_year: (p) =>
    atItem(
      p,
      `срок «${param(p, 'words')}» (${param(p, 'window')}) лежит вне учебного года ${param(p, 'schoolYear')}. Проверьте год.`,
    ),
  roadmap_missing_header: (p) =>
    `На листе «Дорожная карта» нет столбца «${param(p, 'header')}». Верните заголовок в строку заголовков.`,
  roadmap_no_items: () =>
    'На листе «Дорожная карта» нет ни одного пункта. Заполните лист или удалите его, чтобы действовала встроенная дорожная карта.',
  roadmap_missing_item_number: (p) =>
    `У мероприятия «${param(p, 'title')}» нет номера пункта; строка пропущена. Укажите номер, например «5.2.9».`,
  roadmap_bad_item_number: (p) =>
    `Номер пункта «${param(p, 'value')}» не похож на номер; строка пропущена. Ожидаются цифры через точку, например «5.1.2».`,
  roadmap_item_number_was_date: (p) =>
    `Номер пункта превратился в дату (${param(p, 'value')}); прочитан как «${param(p, 'guess')}». Проверьте номер и задайте столбцу «Пункт» формат «Обычный текст».`,
  roadmap_duplicate_item: (p) =>
    `Пункт ${param(p, 'item')} уже есть в строке ${param(p, 'firstRow')}; эта строка пропущена. Номера пунктов не должны повторяться.`,
  roadmap_missing_title: (p) => `${item(p)}не указано название мероприятия.`,
  roadmap_unknown_reporter: (p) =>
    `${item(p)}неизвестный тип организаций «${param(p, 'value')}» в столбце «Отчитываются». Допустимы ООО, ДОО, ОДО (или слова приказа: «образовательные организации», «ОО», «ДОУ», «УДО») через запятую; «комитет» — пункт комитета; пусто — по формулировке пункта.`,
  roadmap_unknown_kind: (p) =>
    `${item(p)}неизвестный вид «${param(p, 'value')}»; считается «${param(p, 'used')}». Допустимо: пункт, мероприятие.`,
  roadmap_unknown_status: (p) =>
    `${item(p)}неизвестный статус «${param(p, 'value')}»; считается «не начато». Допустимо: не начато, в работе, выполнено, не участвуем.`,
  roadmap_bad_done_date: (p) =>
    `${item(p)}«${param(p, 'value')}» в столбце «Дата выполнения» не дата. Ожидается дата, например 15.10.2023.`,
  roadmap_builtin_other_year: (p) =>
    `Встроенная дорожная карта составлена на 2023/2024 учебный год, а выбран ${param(p, 'schoolYear')}. Заполните лист «Дорожная карта» на этот год (или укажите файл дорожной карты).`,
  roadmap_item_numbered: (p) =>
    `Строке без номера («${param(p, 'title')}») дан номер ${param(p, 'item')} — по пункту ${param(p, 'parent')} над ней. Если номер другой, впишите его в столбец «Пункт».`,
  roadmap_reporters_derived: (p) =>
    `${item(p)}столбец «Отчитываются» пуст; по формулировке пункта (${param(p, 'rule')}) ${param(p, 'value') === 'комитет' ? 'это пункт комитета: организации по нему не отчитываются' : `отчитываются ${param(p, 'value')}`}. Если это не так, впишите типы организаций (ООО, ДОО, ОДО) или «комитет».`,
  roadmap_kind_derived: (p) =>
    `${item(p)}столбец «Вид» пуст; считается «${param(p, 'value')}»${param(p, 'value') === 'мероприятие' ? ' (пункт стоит в перечне мероприятий: организации отчитываются об участии)' : ''}. Если это не так, выберите вид: пункт или мероприятие.`,
};
