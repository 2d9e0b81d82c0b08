import { checkWorkbook } from '../../core/check/check-workbook';
import type { HistoryRow } from '../../core/history/history-row';
import { buildOutputs } from '../../core/outputs/build-outputs';
import { keyFiguresHtml } from '../../core/report/key-figures-html';
import { smallCity } from '../fixtures/small-city';

/**
 * The small city's key figures as of 2024-02-01, with a January snapshot in `История` where
 * one organisation fewer had submitted: the figures and their change, as the email shows them.
 */
export function smallCityKeyFigures(): { html: string; completeness: { numerator: number; denominator: number } } {
  const checked = checkWorkbook(smallCity().workbook, { today: '2024-02-01' });
  if (!checked.ok) throw new Error(checked.refusal.map((i) => i.code).join());
  const first = buildOutputs(checked.report, {
    generatedAt: { date: '2024-01-01', time: '08:00' },
    history: [],
    kind: 'monthly',
    shell: 'addon',
  });
  const january: HistoryRow[] = first.historyAppend.map((row) => ({
    ...row,
    date: '2024-01-01',
    numerator: row.indicator === 'completeness' ? row.numerator - 1 : row.numerator,
  }));
  const outputs = buildOutputs(checked.report, {
    generatedAt: { date: '2024-02-01', time: '08:00' },
    history: january,
    kind: 'monthly',
    shell: 'addon',
  });
  return {
    html: keyFiguresHtml(outputs.json, outputs.previous, checked.report.settings.thresholds),
    completeness: outputs.json.city.completeness,
  };
}
