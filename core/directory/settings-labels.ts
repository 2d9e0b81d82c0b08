import { normalizeLabel } from '../values/normalize-label';

/** The keys of `Настройки`, in the template's order. */
export type SettingKey =
  | 'schoolYear'
  | 'reportDate'
  | 'deadline'
  | 'reportsMode'
  | 'reportsSpreadsheet'
  | 'reportsFolder'
  | 'notifyOnShare'
  | 'summaryRecipients'
  | 'committeeStaff'
  | 'sendHour'
  | 'remindEveryDays'
  | 'basic'
  | 'main'
  | 'advanced'
  | 'course'
  | 'training'
  | 'term1'
  | 'term2'
  | 'term3'
  | 'term4';

/** The labels of column A of `Настройки` (design §3), and a hint for column C. */
export const settingsLabels: Readonly<Record<SettingKey, { readonly label: string; readonly hint: string }>> = {
  schoolYear: { label: 'Учебный год', hint: 'Например, 2023/2024. Учебный год — с 1 сентября по 31 августа.' },
  reportDate: { label: 'Дата отчёта', hint: 'Дата, на которую проверяются сроки. Пусто — сегодня.' },
  deadline: {
    label: 'Срок сдачи',
    hint: 'До какой даты организации сдают отчёт; нужен для показателя «сдано в срок».',
  },
  reportsMode: {
    label: 'Отчёты организаций',
    hint: '«в отдельных файлах» — у каждой организации своя таблица в папке отчётов, доступ только у неё и комитета (рекомендуется); «в таблице отчётов» или «в этой таблице» — листы организаций в одной таблице, не больше 100 организаций и 600 адресов.',
  },
  reportsSpreadsheet: {
    label: 'Таблица отчётов',
    hint: 'Для «в таблице отчётов»: ссылка на таблицу с листами организаций.',
  },
  reportsFolder: {
    label: 'Папка отчётов',
    hint: 'Для «в отдельных файлах»: ссылка на папку Google Диска или её идентификатор. Пусто — «Настроить таблицу» создаст папку.',
  },
  notifyOnShare: {
    label: 'Уведомлять при открытии доступа',
    hint: 'да — Google пришлёт организации письмо об открытом доступе к её файлу; по умолчанию нет.',
  },
  summaryRecipients: { label: 'Получатели сводки', hint: 'Адреса через запятую: кому 1-го числа уходит сводка.' },
  committeeStaff: {
    label: 'Сотрудники комитета',
    hint: 'Адреса через запятую: кто может запускать проверку и сводку. Пусто — только владелец таблицы.',
  },
  sendHour: { label: 'Час отправки сводки', hint: 'Час от 0 до 23 по времени таблицы; по умолчанию 8.' },
  remindEveryDays: {
    label: 'Напоминать не чаще, дней',
    hint: 'Одной организации — не чаще раза в столько дней; по умолчанию 7.',
  },
  basic: { label: 'Часов: базовый', hint: 'Минимум часов в год для базового уровня профминимума; по умолчанию 40.' },
  main: { label: 'Часов: основной', hint: 'Минимум часов в год для основного уровня; по умолчанию 60.' },
  advanced: { label: 'Часов: продвинутый', hint: 'Минимум часов в год для продвинутого уровня; по умолчанию 80.' },
  course: {
    label: 'Часов: «Россия — мои горизонты»',
    hint: 'Часов внеурочного курса, входящего в каждый уровень; по умолчанию 34.',
  },
  training: { label: 'Часов КПК ответственного', hint: 'Минимум часов повышения квалификации; по умолчанию 36.' },
  term1: {
    label: 'Четверть I',
    hint: 'Даты четверти для сроков «I четверть», «по итогам четверти», например 01.09.2025–24.10.2025. Пусто — сентябрь–октябрь.',
  },
  term2: { label: 'Четверть II', hint: 'Даты II четверти, например 05.11.2025–28.12.2025. Пусто — ноябрь–декабрь.' },
  term3: { label: 'Четверть III', hint: 'Даты III четверти, например 09.01.2026–20.03.2026. Пусто — январь–март.' },
  term4: { label: 'Четверть IV', hint: 'Даты IV четверти, например 30.03.2026–26.05.2026. Пусто — апрель–май.' },
};

/** The setting of each school term's dates. */
export const termSettingKeys = { 1: 'term1', 2: 'term2', 3: 'term3', 4: 'term4' } as const;

export const settingKeys = Object.keys(settingsLabels) as SettingKey[];

const byLabel = new Map<string, SettingKey>(settingKeys.map((k) => [normalizeLabel(settingsLabels[k].label), k]));

/**
 * The setting a column-A label names, tolerant to case, quotes, dashes, `ё` and a trailing colon.
 *
 * @param label - the text of column A
 * @example settingKeyOfLabel('часов: "Россия - мои горизонты":') // 'course'
 */
export function settingKeyOfLabel(label: string): SettingKey | null {
  return byLabel.get(normalizeLabel(label)) ?? null;
}
