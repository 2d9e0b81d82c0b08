import { describe, expect, it } from 'vitest';
import { headerRowOf } from '../../test/fixtures/filled-org-sheet';
import { sampleOrg, sampleSettings } from '../../test/fixtures/sample-org';
import { sheetFromOutput } from '../../test/fixtures/sheet-from-output';
import { recommendationCodeColumn } from '../form/form-spec';
import { readSubmission } from '../form/read-submission';
import { renderOrgTab } from '../form/render-org-tab';
import { builtinRoadmap } from '../roadmap/builtin-roadmap';
import { type Recommendation, recommendation } from './recommendation';
import { sectionSevenLines } from './section-seven-lines';

function rec(code: string, priority: number, message: string): Recommendation {
  return { org: 'SCH001', code, priority, message } as Recommendation;
}

const overdue = (item: string, title: string) =>
  recommendation('SCH001', 'item_overdue', { item, title, end: '31.12.2023' }, item);

describe('sectionSevenLines', () => {
  it('orders by priority and keeps at most seven', () => {
    const many = Array.from({ length: 9 }, (_, i) => rec(`rule_${i}`, 9 - i, `Рекомендация ${i}`));
    const lines = sectionSevenLines(many);
    expect(lines).toHaveLength(7);
    expect(lines[0]).toEqual({ key: 'rule_8', code: 'rule_8', message: 'Рекомендация 8' });
  });

  it('keys each line by its code and subject, never by its text', () => {
    const lines = sectionSevenLines([
      overdue('3.2/1', 'Классные часы'),
      overdue('4.1', 'Экскурсии'),
      rec('has_errors', 2, 'Исправьте ошибки'),
    ]);
    expect(lines.map((l) => l.key)).toEqual(['has_errors', 'item_overdue:3.2/1', 'item_overdue:4.1']);
  });

  it('does not change its input', () => {
    const input = [overdue('4.1', 'Экскурсии'), rec('has_errors', 2, 'Исправьте ошибки')];
    const before = JSON.stringify(input);
    sectionSevenLines(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('section 7 decisions kept by key', () => {
  const org = sampleOrg();
  const roadmap = builtinRoadmap();
  const settings = sampleSettings();
  const ctx = { org, roadmap, settings, asOf: '2024-02-01', timeZone: 'UTC' } as const;

  it('keeps the decision on its recommendation when overdue items go from two to one, with no second copy', () => {
    const two = [overdue('1.2', 'Назначить ответственного'), overdue('2.2', 'Разработать план')];
    const first = sheetFromOutput(renderOrgTab(org, roadmap, settings, undefined, sectionSevenLines(two)));
    const header = headerRowOf(first, '7. Рекомендации комитета');
    // The school records its decision on the second overdue item, 2.2.
    expect(first.values[header + 2]?.[0]).toContain('п. 2.2');
    first.values[header + 2]![1] = 'План утверждён приказом № 5';
    const one = [overdue('2.2', 'Разработать план')];
    const second = sheetFromOutput(renderOrgTab(org, roadmap, settings, first, sectionSevenLines(one)));
    const decisions = readSubmission(second, ctx).submission.decisions;
    expect(decisions.map((d) => [d.code, d.recommendation, d.decision])).toEqual([
      ['item_overdue:2.2', one[0]?.message, 'План утверждён приказом № 5'],
    ]);
  });

  it('takes a decision recorded under an old text-based key over to the stable key', () => {
    const message = overdue('1.2', 'Назначить ответственного').message;
    const first = sheetFromOutput(
      renderOrgTab(org, roadmap, settings, undefined, [
        { key: `item_overdue:${message.slice(0, 40)}`, code: 'item_overdue', message },
      ]),
    );
    const header = headerRowOf(first, '7. Рекомендации комитета');
    first.values[header + 1]![1] = 'Назначен приказом № 3';
    const second = sheetFromOutput(
      renderOrgTab(org, roadmap, settings, first, sectionSevenLines([overdue('1.2', 'Назначить ответственного')])),
    );
    const decisions = readSubmission(second, ctx).submission.decisions;
    expect(decisions.map((d) => [d.code, d.decision])).toEqual([['item_overdue:1.2', 'Назначен приказом № 3']]);
  });

  it('writes keys only in the hidden column', () => {
    const tab = renderOrgTab(org, roadmap, settings, undefined, sectionSevenLines([overdue('1.2', 'Пункт')]));
    expect(tab.format.hiddenColumns).toEqual([recommendationCodeColumn]);
    const cells = tab.rows.flatMap((row, r) => row.map((v, c) => ({ v, r, c })));
    const keys = cells.filter(({ v }) => typeof v === 'string' && /^item_overdue/.test(v));
    expect(keys.map((k) => k.c)).toEqual([recommendationCodeColumn]);
  });
});
