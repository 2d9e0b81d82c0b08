import { describe, expect, it } from 'vitest';
import { checkReport, org, orgCheck, submission } from '../../test/fixtures/report-fixture';
import { recommendation } from '../recommendations/recommendation';
import { recommendationsSheet } from './recommendations-sheet';

describe('recommendationsSheet', () => {
  it('shows beside each overdue item the decision the school recorded under its key', () => {
    const school = org('S1', 'ООО', 'Центральный');
    const decisions = [
      {
        code: 'item_overdue:2.2',
        recommendation: 'старый текст',
        decision: 'План утверждён',
        document: 'Приказ № 5',
        row: 90,
      },
    ];
    const report = checkReport([orgCheck(school, 'submitted', submission('S1', 'ООО', { decisions }))]);
    const overdue = (item: string) =>
      recommendation('S1', 'item_overdue', { item, title: 'Пункт', end: '31.12.2023' }, item);
    const sheet = recommendationsSheet(report, new Map([['S1', [overdue('1.2'), overdue('2.2')]]]), 'Сформировано');
    const rows = sheet.rows.filter((r) => r[1] === 'S1').map((r) => [String(r[4]).slice(0, 18), r[5], r[6]]);
    expect(rows).toEqual([
      ['Просрочено: п. 1.2', '', ''],
      ['Просрочено: п. 2.2', 'План утверждён', 'Приказ № 5'],
    ]);
  });
});
