import { cityArea } from '../history/history-row';
import type { Snapshot } from '../history/previous-monthly';
import type { Ratio } from '../indicators/ratio';
import type { SummaryJson } from '../outputs/summary-json';
import { formatRuDate } from '../dates/format-ru-date';
import { escapeHtml } from './escape-html';
import { formatChange, formatCount, formatRatio } from './format-figure';

/** The figures the email and the report lead with, by history key. */
export const keyFigures = [
  ['completeness', 'Сдали отчёт без ошибок'],
  ['onTime', 'Сдали в срок'],
  ['responsibleAssigned', 'Назначен ответственный за профориентацию'],
  ['coverage', 'Охват профминимумом, 6–11 классы'],
  ['bvbRegistered', 'Зарегистрированы на «Билете в будущее»'],
  ['levelConfirmed', 'Уровень профминимума подтверждён часами'],
  ['trainedAtHigherLevels', 'Есть педагог с КПК (основной и продвинутый уровни)'],
  ['roadmapDone', 'Исполнение дорожной карты (наступившие сроки)'],
] as const;

const cell = 'padding:6px 10px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top;';
const head = `${cell}background:#e8eef7;font-weight:bold;`;

/**
 * The key figures of the city as an email-safe HTML table (inline styles only, no script, no
 * image): each figure with its numerator and denominator, and the change since the previous
 * monthly snapshot when one is given. Aggregated figures only: no names, phones or emails.
 *
 * @param json - the summary
 * @param previous - the last monthly snapshot of the previous month, or null
 * @example keyFiguresHtml(json, null) // '<table …><tr><td …>Сдали отчёт без ошибок</td><td …>40,0 % (2 из 5)</td>…'
 */
export function keyFiguresHtml(
  json: Pick<SummaryJson, 'city' | 'asOf'>,
  previous?: { readonly date: string; readonly figures: Snapshot } | null,
): string {
  const before = previous?.figures.get(cityArea);
  const c = json.city;
  const rows = keyFigures.map(([key, label]) => {
    const figure: Ratio = c[key];
    const old = before?.get(key);
    const change = old && old.denominator > 0 ? formatChange(figure.value, old.numerator / old.denominator) : '';
    const changeCell = previous ? `<td style="${cell}">${escapeHtml(change)}</td>` : '';
    return `<tr><td style="${cell}">${escapeHtml(label)}</td><td style="${cell}white-space:nowrap;">${escapeHtml(formatRatio(figure))}</td>${changeCell}</tr>`;
  });
  const counts = [
    [
      'Организаций',
      `${formatCount(c.expected)} (ООО ${c.expectedByType.ООО}, ДОО ${c.expectedByType.ДОО}, ОДО ${c.expectedByType.ОДО})`,
    ],
    ['С ошибками / не сдали', `${formatCount(c.withErrors)} / ${formatCount(c.empty + c.missing)}`],
    ['Просроченных пунктов (организация × срок)', formatCount(c.overdue)],
  ].map(
    ([label, value]) =>
      `<tr><td style="${cell}">${escapeHtml(label ?? '')}</td><td style="${cell}">${escapeHtml(value ?? '')}</td>${previous ? `<td style="${cell}"></td>` : ''}</tr>`,
  );
  const changeHead = previous ? `<th style="${head}">Изменение с ${escapeHtml(formatRuDate(previous.date))}</th>` : '';
  return [
    `<table style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:14px;" cellpadding="0" cellspacing="0">`,
    `<tr><th style="${head}">Показатель на ${escapeHtml(formatRuDate(json.asOf))}</th><th style="${head}">Значение</th>${changeHead}</tr>`,
    ...counts,
    ...rows,
    '</table>',
  ].join('');
}
