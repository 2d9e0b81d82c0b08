import type { Exclusion, Figure } from './figure';
import { formatCount } from './format-count';
import type { IndicatorSpec } from './indicator-catalogue';

/**
 * The genitive a number governs after «из», «у», «на»: singular for 1, 21, 31… (not 11), plural
 * otherwise («из 1 организации», «из 5 организаций», «у 21 школы»).
 */
function genitive(n: number, singular: string, plural: string): string {
  return n % 10 === 1 && n % 100 !== 11 ? singular : plural;
}

/**
 * Why an organisation was not counted, as a list item says it (`fields_invalid` names the fields the
 * figure needs: the reader gives nothing for an empty field and for a wrong one alike).
 */
const exclusionWords: Readonly<Record<Exclusion, string>> = {
  not_school: 'не ООО',
  no_report: 'нет отчёта',
  level_not_declared: 'не указан уровень',
  not_higher_level: 'базовый уровень',
  fields_invalid: 'пропуски или ошибки',
  nothing_due: 'сроки не истекли',
  no_deadline: 'не указан «Срок сдачи»',
  no_state: 'в «Состоянии» нет дат',
};

/**
 * Why an organisation was not counted, as a list item says it.
 *
 * @param reason - the reason
 * @param spec - the figure's catalogue entry (for the fields it needs)
 * @example exclusionText('fields_invalid', indicatorSpec('coverage')) // 'пропуски или ошибки в численности или охвате'
 */
export function exclusionText(reason: Exclusion, spec: IndicatorSpec): string {
  const words = exclusionWords[reason];
  return reason === 'fields_invalid' ? `${words} ${spec.needs || 'в нужных полях'}` : words;
}

/**
 * «учтено 120 из 190 организаций»: who entered a figure, of the area's organisations.
 *
 * @param figure - the figure
 * @example countedPhrase(city.figures.coverage) // 'учтено 120 из 190 организаций'
 */
export function countedPhrase(figure: Pick<Figure, 'contributors' | 'of'>): string {
  const n = figure.contributors;
  // The same rule as the genitive: «учтена 1 (21, 31…)», «учтено 2, 5, 11…».
  return `${genitive(n, 'учтена', 'учтено')} ${formatCount(n)} из ${formatCount(figure.of)} ${genitive(figure.of, 'организации', 'организаций')}`;
}

/** Reasons with their counts, the largest group first (ties in alphabetical order): «не ООО — 40, нет отчёта — 15». */
function reasonList(counts: Readonly<Partial<Record<Exclusion, number>>>, spec: IndicatorSpec): string {
  return (Object.entries(counts) as [Exclusion, number][])
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => [exclusionText(reason, spec), n] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([text, n]) => `${text} — ${formatCount(n)}`)
    .join(', ');
}

/**
 * Why the others were not counted, the largest group first (ties in alphabetical order): «не ООО — 40, нет отчёта — 15»; '' when
 * every organisation was.
 *
 * @param figure - the figure
 * @param spec - its catalogue entry (for the fields it needs)
 * @example notCountedPhrase(city.figures.coverage, indicatorSpec('coverage')) // 'не ООО — 40, нет отчёта — 17, пропуски или ошибки в численности или охвате — 10'
 */
export function notCountedPhrase(figure: Pick<Figure, 'excluded'>, spec: IndicatorSpec): string {
  return reasonList(figure.excluded, spec);
}

/**
 * Why organisations in a figure's denominator are not in its numerator, where the figure's parts
 * said why: «не засчитаны: пропуски или ошибки в сведениях — 1, нет отчёта — 2» for «Ответственный назначен,
 * сведения без ошибок»; '' otherwise.
 *
 * @param figure - the figure
 * @param spec - its catalogue entry (for the fields it needs)
 * @example unmetPhrase(district.figures.responsibleAssigned, indicatorSpec('responsibleAssigned')) // 'не засчитаны: пропуски или ошибки в сведениях — 1'
 */
export function unmetPhrase(figure: Pick<Figure, 'unmet'>, spec: IndicatorSpec): string {
  const list = reasonList(figure.unmet ?? {}, spec);
  return list ? `не засчитаны: ${list}` : '';
}

/**
 * How a pupil figure used the directory's ОО-1 counts: the schools whose denominator is their ОО-1
 * count (the others' is their own), and those whose own figure passed it and was capped at it;
 * '' for another figure or when no school has ОО-1.
 *
 * @param figure - the figure
 * @example oo1Phrase(city.figures.coverage) // 'численность по ОО-1 — у 61 школы; у 27 из них учтено не больше ОО-1: на 140 обучающихся меньше, чем по отчётам'
 */
export function oo1Phrase(figure: Pick<Figure, 'oo1'>): string {
  const use = figure.oo1;
  if (!use || use.schools === 0) return '';
  const base = `численность по ОО-1 — у ${formatCount(use.schools)} ${genitive(use.schools, 'школы', 'школ')}`;
  if (use.capped === 0) return base;
  return `${base}; у ${formatCount(use.capped)} из них учтено не больше ОО-1: на ${formatCount(use.cappedPupils)} ${genitive(use.cappedPupils, 'обучающегося', 'обучающихся')} меньше, чем по отчётам`;
}

/**
 * Who a figure counts, in one sentence to stand beside it: «учтено 123 из 190 организаций; не
 * учтены: не ООО — 40, нет отчёта — 17», why some counted add nothing to the numerator where the
 * figure says so (`unmetPhrase`) and, for a pupil figure, how ОО-1 was used.
 *
 * @param figure - the figure
 * @param spec - its catalogue entry
 * @example countedText(city.figures.completeness, indicatorSpec('completeness')) // 'учтено 190 из 190 организаций'
 */
export function countedText(figure: Figure, spec: IndicatorSpec): string {
  const others = notCountedPhrase(figure, spec);
  const oo1 = oo1Phrase(figure);
  return [countedPhrase(figure), others ? `не учтены: ${others}` : '', unmetPhrase(figure, spec), oo1]
    .filter(Boolean)
    .join('; ');
}
