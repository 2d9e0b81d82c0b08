import * as z from 'zod/mini';
import { dateWindowSchema, type Frozen, isoDateSchema } from '../dates/date-schemas';

const hours = z.number().check(z.gt(0));

/**
 * Where the organisation forms live (`Отчёты организаций`, design §2): one spreadsheet per
 * organisation in `Папка отчётов`, or tabs of the `Таблица отчётов`, or tabs of this spreadsheet.
 */
export const reportsModes = ['files', 'reportsSpreadsheet', 'thisSpreadsheet'] as const;
export type ReportsMode = (typeof reportsModes)[number];

/** The words of `Отчёты организаций` for each mode, as the committee types them. */
export const reportsModeWords: Readonly<Record<ReportsMode, string>> = {
  files: 'в отдельных файлах',
  reportsSpreadsheet: 'в таблице отчётов',
  thisSpreadsheet: 'в этой таблице',
};

/** Planned-hours thresholds of the профминимум levels and of staff training (item 2.1 lets the committee change them). */
const thresholdsSchema = z.object({
  basic: hours,
  main: hours,
  advanced: hours,
  /** «Россия — мои горизонты»: extracurricular hours every level includes. */
  course: hours,
  /** Further training of the responsible person, academic hours. */
  training: hours,
});
export type Thresholds = Frozen<z.infer<typeof thresholdsSchema>>;

export const defaultThresholds: Thresholds = { basic: 40, main: 60, advanced: 80, course: 34, training: 36 };

/** Exact term dates by term number 1–4, each a date window; a term not set is absent. */
const termDatesSchema = z.object({
  1: z.exactOptional(dateWindowSchema),
  2: z.exactOptional(dateWindowSchema),
  3: z.exactOptional(dateWindowSchema),
  4: z.exactOptional(dateWindowSchema),
});

/**
 * The `Настройки` tab, read and checked, defaults filled in (design §3). `readSettings` turns each
 * cell into a value or a Russian issue at that cell; the object it assembles fits this schema,
 * which defines the type and states each value's range once.
 */
export const settingsSchema = z.object({
  schoolYear: z.object({ start: z.int().check(z.gte(1990), z.lte(2100)) }),
  /** `Дата отчёта`; null means today. */
  reportDate: z.nullable(isoDateSchema),
  /** `Срок сдачи`; null when not set. */
  deadline: z.nullable(isoDateSchema),
  /** `Отчёты организаций`: where the organisation forms live. */
  reportsMode: z.enum(reportsModes),
  /** `Таблица отчётов`: a spreadsheet id, or '' for this spreadsheet. */
  reportsSpreadsheet: z.string().check(z.regex(/^(?:[A-Za-z0-9_-]{20,})?$/)),
  /** `Папка отчётов`: the Drive folder id of the organisations' files, or '' (set-up creates one). */
  reportsFolder: z.string().check(z.regex(/^(?:[A-Za-z0-9_-]{10,})?$/)),
  /** `Уведомлять при открытии доступа`: Google's notification email when a file is shared. */
  notifyOnShare: z.boolean(),
  summaryRecipients: z.array(z.string()),
  committeeStaff: z.array(z.string()),
  /** `Час отправки сводки`, 0–23. */
  sendHour: z.int().check(z.gte(0), z.lte(23)),
  /** `Напоминать не чаще, дней`. */
  remindEveryDays: z.int().check(z.gte(0), z.lte(365)),
  thresholds: thresholdsSchema,
  /** `Четверть I` … `Четверть IV`: exact term dates of the school year; a term not set keeps its default months. */
  terms: termDatesSchema,
});

/** The `Настройки` tab, read and checked, defaults filled in. */
export type Settings = Frozen<z.infer<typeof settingsSchema>>;
