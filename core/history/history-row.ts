import type { IsoDate } from '../dates/iso-date';

/** One line of the append-only `История` (long format): a figure of an area on a date. */
export interface HistoryRow {
  readonly date: IsoDate;
  /** `build`: any «Собрать сводку»; `monthly`: the monthly email's snapshot. */
  readonly kind: 'build' | 'monthly';
  /** `Город` or a district's name. */
  readonly area: string;
  /** A stable indicator key (`coverage`, `levels.main`). */
  readonly indicator: string;
  readonly numerator: number;
  readonly denominator: number;
}

/** The area name of the whole city in `История` and `Сводка`. */
export const cityArea = 'Город';
export const historyHeaders = [
  'Дата',
  'Вид',
  'Территория',
  'Код показателя',
  'Показатель',
  'Числитель',
  'Знаменатель',
] as const;
export const historyKindLabels = { build: 'сборка', monthly: 'ежемесячная' } as const;
