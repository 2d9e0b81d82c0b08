import { cityArea } from '../history/history-row';
import type { Snapshot } from '../history/previous-monthly';
import { countedText } from '../indicators/counted-text';
import type { Thresholds } from '../directory/settings';
import { indicatorSpec, indicatorsShown } from '../indicators/indicator-catalogue';
import { indicatorLabel } from '../indicators/indicator-labels';
import type { SummaryJson } from '../outputs/summary-json';
import { formatRuDate } from '../dates/format-ru-date';
import { escapeHtml } from './escape-html';
import { formatChange, formatCount, formatCountFigure, formatRatio } from './format-figure';

const cell = 'padding:6px 10px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top;';
const head = `${cell}background:#e8eef7;font-weight:bold;`;
/** Who was counted: a smaller grey line under the figure. */
const whoStyle = 'color:#5f6368;font-size:12px;';

/**
 * The key figures of the city as an email-safe HTML table (inline styles only, no script, no
 * image): the organisations expected, then each indicator the catalogue shows at `keyFigures`,
 * with its numerator and denominator, who was counted and why the others were not (and, for the
 * pupil figures, how ОО-1 entered them; a count that every organisation entered says nothing), and the change since the previous monthly snapshot when
 * one is given. Aggregated figures only: no names, phones or emails.
 *
 * @param json - the summary
 * @param previous - the last monthly snapshot of the previous month, or null
 * @param thresholds - the thresholds in force, for the names that speak of one (`Настройки`)
 * @example keyFiguresHtml(json, null) // '<table …><tr><td …>Сдали отчёт без ошибок</td><td …><span …>40,0 % (2 из 5)</span><div …>учтено 5 из 5 организаций</div></td>…'
 */
export function keyFiguresHtml(
  json: Pick<SummaryJson, 'city' | 'asOf'>,
  previous?: { readonly date: string; readonly figures: Snapshot } | null,
  thresholds?: Thresholds,
): string {
  const before = previous?.figures.get(cityArea);
  const c = json.city;
  const changeCell = (text: string) => (previous ? `<td style="${cell}">${escapeHtml(text)}</td>` : '');
  const rows = indicatorsShown('keyFigures').map((key) => {
    const spec = indicatorSpec(key);
    const figure = c.figures[key];
    const old = before?.get(key);
    const value = spec.unit === 'share' ? formatRatio(figure) : formatCountFigure(figure);
    const change =
      spec.unit === 'share' && old && old.denominator > 0
        ? formatChange(figure.value, old.numerator / old.denominator)
        : '';
    // A count over every organisation needs no «учтено 190 из 190».
    const explained = spec.unit === 'share' || figure.contributors < figure.of;
    const who = explained ? `<div style="${whoStyle}">${escapeHtml(countedText(figure, spec))}</div>` : '';
    const figureCell = `<td style="${cell}"><span style="white-space:nowrap;">${escapeHtml(value)}</span>${who}</td>`;
    return `<tr><td style="${cell}">${escapeHtml(indicatorLabel(key, thresholds) ?? spec.label)}</td>${figureCell}${changeCell(change)}</tr>`;
  });
  const expected = `${formatCount(c.expected)} (ООО ${c.expectedByType.ООО}, ДОО ${c.expectedByType.ДОО}, ОДО ${c.expectedByType.ОДО})`;
  const changeHead = previous ? `<th style="${head}">Изменение с ${escapeHtml(formatRuDate(previous.date))}</th>` : '';
  return [
    `<table style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:14px;" cellpadding="0" cellspacing="0">`,
    `<tr><th style="${head}">Показатель на ${escapeHtml(formatRuDate(json.asOf))}</th><th style="${head}">Значение</th>${changeHead}</tr>`,
    `<tr><td style="${cell}">Организаций</td><td style="${cell}">${escapeHtml(expected)}</td>${changeCell('')}</tr>`,
    ...rows,
    '</table>',
  ].join('');
}
