import { tabNames } from '../grid/tab-names';
import type { CheckReport } from '../check/check-report';
import { personKey } from '../indicators/person-key';
import { formatRuDate } from '../dates/format-ru-date';
import { byDistrict } from './levels-registry-sheet';
import type { Fill, OutputSheet, OutValue } from '../grid/output-sheet';
import { schoolText } from './school-text';
import { tableSheet } from './table-sheet';

/**
 * `Ответственные` (item 5.1.2): one row per organisation with its responsible person, the
 * appointment order and whether that person trained ≥ `Часов КПК ответственного` hours (matched
 * in section 6 by surname and initials).
 *
 * @param report - the check
 * @param stampLine - the «Сформировано …» line
 * @example responsibleSheet(report, line).rows[2][9] // 'да'
 */
export function responsibleSheet(report: CheckReport, stampLine: string): OutputSheet {
  const minimum = report.settings.thresholds.training;
  const fills: { row: number; column: number; fill: Fill }[] = [];
  const rows: OutValue[][] = byDistrict(report.orgs).map((check, i) => {
    const reported = check.status !== 'missing' && check.status !== 'empty';
    const r = reported ? (check.submission?.responsible ?? null) : null;
    const key = personKey(r?.fullName ?? null);
    const trained =
      key !== null &&
      (check.submission?.training ?? []).some(
        (t) => t.hours !== null && t.hours >= minimum && personKey(t.fullName) === key,
      );
    const order = [r?.orderNumber ? `№ ${r.orderNumber}` : '', r?.orderDate ? `от ${formatRuDate(r.orderDate)}` : '']
      .filter(Boolean)
      .join(' ');
    const trainedText = !reported ? 'нет данных' : trained ? 'да' : 'нет';
    if (reported) fills.push({ row: i, column: 9, fill: trained ? 'green' : 'red' });
    if (!r?.fullName) fills.push({ row: i, column: 4, fill: 'red' });
    return [
      check.org.district,
      check.org.code,
      check.org.name,
      check.org.type,
      schoolText(r?.fullName),
      schoolText(r?.position),
      r?.phone ?? '',
      r?.email ?? '',
      schoolText(order),
      trainedText,
    ];
  });
  return tableSheet({
    name: tabNames.responsible,
    intro: [[stampLine]],
    headers: [
      'Район',
      'Код',
      'Наименование',
      'Тип',
      'ФИО',
      'Должность',
      'Телефон',
      'Электронная почта',
      'Приказ о назначении',
      `КПК не менее ${minimum} ч`,
    ],
    rows,
    widths: [140, 90, 320, 60, 240, 200, 150, 200, 180, 110],
    textColumns: [1, 6, 8],
    wrapColumns: [2],
    fills,
    frozenColumns: 2,
  });
}
