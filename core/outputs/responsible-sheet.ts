import { tabNames } from '../grid/tab-names';
import type { CheckReport } from '../check/check-report';
import { personKey } from '../indicators/person-key';
import { formatRuDate } from '../dates/format-ru-date';
import { byDistrict } from './levels-registry-sheet';
import type { Fill, OutputSheet, OutValue } from '../grid/output-sheet';
import { schoolText } from './school-text';
import { tableSheet } from './table-sheet';
import type { Responsible } from '../form/submission';
import { withoutNumberSign } from '../values/without-number-sign';

/** The note on a value the school typed wrong, shown as typed. */
const typedWrongNote = 'Указано с ошибкой (как введено); см. лист «Проверка».';

/**
 * `Ответственные` (item 5.1.2): one row per organisation with its responsible person, the
 * appointment order («№ 88-о от 01.09.2024», one «№» whatever was typed) and whether that person
 * trained ≥ `Часов КПК ответственного` hours (matched in section 6 by surname and initials). A value
 * typed wrong (a phone a digit short) shows as typed, filled red, with a note.
 *
 * @param report - the check
 * @param stampLine - the «Сформировано …» line
 * @example responsibleSheet(report, line).rows[2][9] // 'да'
 */
export function responsibleSheet(report: CheckReport, stampLine: string): OutputSheet {
  const minimum = report.settings.thresholds.training;
  const fills: { row: number; column: number; fill: Fill }[] = [];
  const notes: { row: number; column: number; text: string }[] = [];
  const rows: OutValue[][] = byDistrict(report.orgs).map((check, i) => {
    const reported = check.status !== 'missing' && check.status !== 'empty';
    const r = reported ? (check.submission?.responsible ?? null) : null;
    const key = personKey(r?.fullName ?? null);
    const trained =
      key !== null &&
      (check.submission?.training ?? []).some(
        (t) => t.hours !== null && t.hours >= minimum && personKey(t.fullName) === key,
      );
    // A value typed wrong shows as typed, red, with a note: a blank would say nothing was typed.
    const wrong = (column: number, ...keys: readonly (keyof Responsible['typed'])[]) => {
      if (!keys.some((k) => r?.typed[k] !== undefined)) return;
      fills.push({ row: i, column, fill: 'red' });
      notes.push({ row: i, column, text: typedWrongNote });
    };
    const shown = (k: 'position' | 'phone' | 'email') => schoolText(r?.[k] ?? r?.typed[k]);
    const number = r?.orderNumber ?? r?.typed.orderNumber;
    const date = r?.orderDate ? formatRuDate(r.orderDate) : r?.typed.orderDate;
    const order = [number ? `№ ${withoutNumberSign(number)}` : '', date ? `от ${date}` : ''].filter(Boolean).join(' ');
    const trainedText = !reported ? 'нет данных' : trained ? 'да' : 'нет';
    if (reported) fills.push({ row: i, column: 9, fill: trained ? 'green' : 'red' });
    if (!r?.fullName) fills.push({ row: i, column: 4, fill: 'red' });
    wrong(5, 'position');
    wrong(6, 'phone');
    wrong(7, 'email');
    wrong(8, 'orderNumber', 'orderDate');
    return [
      check.org.district,
      check.org.code,
      check.org.name,
      check.org.type,
      schoolText(r?.fullName),
      shown('position'),
      shown('phone'),
      shown('email'),
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
    notes,
    frozenColumns: 2,
  });
}
