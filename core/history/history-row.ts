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
/** The columns of `История`: what a person reads first, the indicator's stable key last, in a hidden column. */
export const historyHeaders = [
  'Дата',
  'Вид',
  'Территория',
  'Показатель',
  'Числитель',
  'Знаменатель',
  'Код показателя',
] as const;

/** The header of the hidden column that keeps each row's indicator key. */
export const historyCodeHeader = 'Код показателя';
export const historyKindLabels = { build: 'сборка', monthly: 'ежемесячная' } as const;
