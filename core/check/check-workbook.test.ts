import { describe, expect, it } from 'vitest';
import { formatIssues } from '../issues/format-issue';
import { smallCity } from '../../test/fixtures/small-city';
import { checkJson } from './check-json';
import { checkWorkbook } from './check-workbook';
import { formatCheckText } from './format-check-text';

function check(book = smallCity().workbook, options: Parameters<typeof checkWorkbook>[1] = { today: '2024-03-01' }) {
  const result = checkWorkbook(book, options);
  if (!result.ok) throw new Error(formatIssues(result.refusal, 'cli'));
  return result.report;
}

describe('checkWorkbook', () => {
  it('gives every active organisation of the small city its status, skipping the inactive one', () => {
    const city = smallCity();
    const json = checkJson(check(city.workbook));
    expect(Object.fromEntries(json.orgs.map((o) => [o.code, o.status]))).toEqual(city.expected);
  });

  it('reports only the planted problems: the covered cell, the empty tab and the missing tab', () => {
    const json = checkJson(check());
    expect(json.issues.map((i) => [i.org, i.cell, i.severity, i.code])).toEqual([
      ['SCH003', 'B23', 'error', 'form_covered_exceeds_pupils'],
      ['ODO001', null, 'warning', 'form_empty'],
      ['SCH004', null, 'error', 'form_tab_missing'],
    ]);
  });

  it('names a tab that matches no code, but not an empty one (a new spreadsheet\'s «Лист1»)', () => {
    const book = smallCity().workbook;
    const reports = [...book.reports, { name: 'Лист1', values: [[null, '']] }, { name: 'SCH01', values: [['Код']] }];
    const issues = check({ ...book, reports }).issues.filter((i) => i.code === 'form_tabs_unmatched');
    expect(issues.map((i) => i.params)).toEqual([{ tabs: ['SCH01'] }]);
  });

  it('takes the report date from --as-of, else «Дата отчёта», else today', () => {
    expect(check(undefined, { today: '2024-03-01', asOf: '2024-02-10' }).asOf).toBe('2024-02-10');
    expect(check(undefined, { today: '2024-03-01' }).asOf).toBe('2024-02-01');
    expect(check(smallCity({ reportDate: null }).workbook, { today: '2024-03-01' }).asOf).toBe('2024-03-01');
  });

  it('finds a tab whose name differs in case and spaces, and reports the name as found', () => {
    const book = smallCity().workbook;
    const reports = book.reports.map((s) => (s.name === 'SCH001' ? { ...s, name: ' sch001 ' } : s));
    const report = check({ ...book, reports });
    expect(report.orgs.find((o) => o.org.code === 'SCH001')).toMatchObject({ tab: ' sch001 ', status: 'submitted' });
  });

  it('reports a renamed tab as missing and the stray tab as one info line', () => {
    const book = smallCity().workbook;
    const reports = book.reports.map((s) => (s.name === 'SCH002' ? { ...s, name: 'Школа 2' } : s));
    const json = checkJson(check({ ...book, reports }));
    expect(json.orgs.find((o) => o.code === 'SCH002')?.status).toBe('missing');
    const info = json.issues.filter((i) => i.severity === 'info');
    expect(info).toHaveLength(1);
    expect(info[0]?.message).toContain('«Школа 2»');
  });

  it('refuses a book without «Организации» with a Russian message', () => {
    const book = smallCity().workbook;
    const committee = book.committee.filter((s) => s.name !== 'Организации');
    const result = checkWorkbook({ ...book, committee, reports: committee }, { today: '2024-02-01' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal.map((i) => i.code)).toEqual(['directory_missing']);
    expect(formatIssues(result.refusal, 'cli')).toContain('В книге нет листа «Организации»');
    expect(formatIssues(result.refusal, 'addon')).toContain('«Профкарта» → «Настроить таблицу»');
  });

  it('groups the Russian text report by organisation', () => {
    const text = formatCheckText(check());
    expect(text).toMatch(
      /^Проверка на 01\.02\.2024: 6 организаций — сдали 3, с ошибками 1, не заполнили 1, без листа 1\. \d+ ошиб/,
    );
    expect(text).toContain(
      'лист «SCH003», ячейка B23 — ошибка: Охвачено 1\u00a0300, а обучающихся 6–9 классов всего 1\u00a0234',
    );
    expect(text).toContain('SCH004 — МАОУ «СОШ № 7 г. Челябинска»: нет листа');
    expect(text).not.toMatch(/![A-Z]+\d/);
  });
});
