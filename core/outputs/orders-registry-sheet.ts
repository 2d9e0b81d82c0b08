import { tabNames } from '../grid/tab-names';
import type { CheckReport } from '../check/check-report';
import type { Evidence } from '../values/evidence';
import { byDistrict } from './levels-registry-sheet';
import type { OutputSheet, OutValue } from '../grid/output-sheet';
import { safeUrl, schoolText } from './school-text';
import { tableSheet } from './table-sheet';
import { withoutNumberSign } from '../values/without-number-sign';

/** The document as cited: a link when it has an http(s) one, else the text as written. */
function documentCell(evidence: Evidence): OutValue {
  const url = safeUrl(evidence.link);
  const text = schoolText(evidence.text);
  return url ? { kind: 'link', url, text: text || url } : text;
}

/**
 * `Реестр приказов` (item 5.1.1): every document an organisation cites — the appointment order of
 * its responsible person and each `Подтверждение` / `Документ` — with the number and date picked out.
 *
 * @param report - the check
 * @param stampLine - the «Сформировано …» line
 * @example ordersRegistrySheet(report, line).rows[2] // ['Калининский', 'S1', 'МБОУ …', 'назначение ответственного', '01-05/12', {date}, '']
 */
export function ordersRegistrySheet(report: CheckReport, stampLine: string): OutputSheet {
  const rows: OutValue[][] = [];
  const titles = new Map(report.roadmap.items.map((i) => [i.id, i.title]));
  for (const check of byDistrict(report.orgs)) {
    const sub = check.status === 'missing' || check.status === 'empty' ? null : check.submission;
    if (!sub) continue;
    const lead = [check.org.district, check.org.code, check.org.name];
    const r = sub.responsible;
    if (r.orderNumber || r.orderDate) {
      rows.push([
        ...lead,
        'назначение ответственного',
        // The number column holds the number: «№ 88-о» typed reads «88-о», as a Подтверждение's does.
        schoolText(r.orderNumber ? withoutNumberSign(r.orderNumber) : null),
        r.orderDate ? { kind: 'date', date: r.orderDate } : null,
        '',
      ]);
    }
    const cite = (basis: string, evidence: Evidence | null) => {
      if (!evidence) return;
      rows.push([
        ...lead,
        schoolText(basis),
        schoolText(evidence.number),
        evidence.date ? { kind: 'date', date: evidence.date } : null,
        documentCell(evidence),
      ]);
    };
    for (const row of sub.roadmap) {
      const title = titles.get(row.itemId) ?? '';
      cite(`п. ${row.itemId}${row.window > 1 ? `/${row.window}` : ''} ${title}`.trim(), row.evidence);
    }
    for (const row of sub.events) cite(`мероприятие: ${row.title}`, row.evidence);
    for (const row of sub.training) cite(`повышение квалификации: ${row.fullName ?? ''}`, row.document);
  }
  return tableSheet({
    name: tabNames.orders,
    intro: [[stampLine]],
    headers: ['Район', 'Код', 'Организация', 'Основание', 'Номер', 'Дата', 'Документ (ссылка или текст)'],
    rows,
    widths: [140, 90, 300, 340, 110, 90, 400],
    textColumns: [1, 4],
    wrapColumns: [2, 3, 6],
    numberFormats: [{ column: 5, pattern: 'dd.mm.yyyy' }],
    frozenColumns: 2,
  });
}
