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

/** The labels of column A of `Настройки` (design §3); their hints for column C are `settingsHints`. */
export const settingsLabels: Readonly<Record<SettingKey, { readonly label: string }>> = {
  schoolYear: { label: 'Учебный год' },
  reportDate: { label: 'Дата отчёта' },
  deadline: { label: 'Срок сдачи' },
  reportsMode: { label: 'Отчёты организаций' },
  reportsSpreadsheet: { label: 'Таблица отчётов' },
  reportsFolder: { label: 'Папка отчётов' },
  notifyOnShare: { label: 'Уведомлять при открытии доступа' },
  summaryRecipients: { label: 'Получатели сводки' },
  committeeStaff: { label: 'Сотрудники комитета' },
  sendHour: { label: 'Час отправки сводки' },
  remindEveryDays: { label: 'Напоминать не чаще, дней' },
  basic: { label: 'Часов: базовый' },
  main: { label: 'Часов: основной' },
  advanced: { label: 'Часов: продвинутый' },
  course: { label: 'Часов: «Россия — мои горизонты»' },
  training: { label: 'Часов КПК ответственного' },
  term1: { label: 'Четверть I' },
  term2: { label: 'Четверть II' },
  term3: { label: 'Четверть III' },
  term4: { label: 'Четверть IV' },
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
