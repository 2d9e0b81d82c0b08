import { describe, expect, it } from 'vitest';
import { eventFigures } from '../indicators/event-figures';
import { smallCity } from '../../test/fixtures/small-city-report';
import type { Issue, IssuePlace } from '../issues/issue';
import { checkSheet } from './check-sheet';
import { eventsSheet } from './events-sheet';
import { generatedLine } from './generated-line';
import { ordersRegistrySheet } from './orders-registry-sheet';
import { safeUrl, schoolText } from './school-text';
import { tableSheet } from './table-sheet';

describe('generatedLine', () => {
  it('states when, as of when and the school year', () => {
    expect(
      generatedLine({
        generatedAt: { date: '2024-02-01', time: '08:05' },
        asOf: '2024-01-31',
        schoolYear: { start: 2023 },
      }),
    ).toBe('Сформировано 01.02.2024 08:05 · по состоянию на 31.01.2024 · учебный год 2023/2024');
  });
});

describe('schoolText and safeUrl', () => {
  it('keeps text literal and cuts it at 50,000 characters', () => {
    expect(schoolText('+7 (351) =1+1')).toBe('+7 (351) =1+1');
    expect(schoolText(null)).toBe('');
    expect(schoolText('ж'.repeat(50_001))).toHaveLength(50_000);
  });
  it.each([
    ['https://example.ru/a', 'https://example.ru/a'],
    [' http://example.ru ', 'http://example.ru'],
    ['javascript:alert(1)', null],
    ['data:text/html,x', null],
    ['', null],
  ])('links %j only when it is http(s)', (url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });
});

describe('tableSheet', () => {
  it('freezes the lines above and the header, formats identifier columns as text over the data', () => {
    const sheet = tableSheet({
      name: 'T',
      intro: [['stamp'], ['totals']],
      headers: ['Код', 'Имя'],
      rows: [
        ['1.2', 'a'],
        ['008', 'b'],
      ],
      widths: [80, 100],
      textColumns: [0],
      fills: [{ row: 1, column: 1, fill: 'red' }],
    });
    expect(sheet.rows[2]).toEqual(['Код', 'Имя']);
    expect(sheet.format.frozenRows).toBe(3);
    expect(sheet.format.text).toEqual([{ row: 3, column: 0, rows: 2 }]);
    expect(sheet.format.fills).toContainEqual({ row: 4, column: 1, fill: 'red' });
  });
});

describe('checkSheet', () => {
  const issue = (over: Partial<IssuePlace>): Issue => ({
    code: 'form_tab_missing',
    severity: 'error',
    tab: 'S3',
    row: null,
    column: null,
    org: 'S3',
    params: { code: 'S3' },
    ...over,
  });
  it('shows a whole row, or no cell, when the issue has no column or no row', () => {
    const report = { ...smallCity(), issues: [issue({}), issue({ row: 14, severity: 'warning' })] };
    const sheet = checkSheet(report, 'stamp', () => null, 'addon');
    expect(sheet.rows[3]?.slice(1, 4)).toEqual(['S3', '', 'ошибка']);
    expect(sheet.rows[4]?.slice(1, 4)).toEqual(['S3', 'строка 14', 'предупреждение']);
    expect(sheet.format.fills).toContainEqual({ row: 4, column: 3, fill: 'yellow' });
  });
});

describe('eventsSheet', () => {
  it('gives each event a bold city row followed by its districts', () => {
    const sheet = eventsSheet(eventFigures(smallCity()), 'stamp');
    expect(sheet.rows.slice(2, 5)).toEqual([
      ['5.2.6.3', 'Конкурс «Я выбираю»', 'Город', 1, 12, 2],
      ['5.2.6.3', 'Конкурс «Я выбираю»', 'Калининский', 1, 12, 2],
      ['5.2.6.3', 'Конкурс «Я выбираю»', 'Ленинский', 0, 0, 0],
    ]);
    expect(sheet.rows[5]?.slice(1, 4)).toEqual(['Мероприятия не из дорожной карты', 'Город', 1]);
    expect(sheet.format.bold).toContainEqual({ row: 2, column: 0, columns: 6 });
  });
});

describe('ordersRegistrySheet', () => {
  it('links a document only through an http(s) address', () => {
    const report = smallCity();
    const [s1, ...rest] = report.orgs;
    if (!s1?.submission) throw new Error('fixture');
    const [row1, row2, ...others] = s1.submission.roadmap;
    if (!row1 || !row2) throw new Error('fixture');
    const linked = { ...row1, evidence: { text: 'Приказ № 5', link: 'https://example.ru/5', number: '5', date: null } };
    const script = { ...row2, evidence: { text: 'Приказ № 6', link: 'javascript:alert(1)', number: '6', date: null } };
    const sub = { ...s1.submission, roadmap: [linked, script, ...others] };
    const sheet = ordersRegistrySheet({ ...report, orgs: [{ ...s1, submission: sub }, ...rest] }, 'stamp');
    const documents = sheet.rows.filter((r) => r[1] === 'S1').map((r) => r[6]);
    expect(documents).toContainEqual({ kind: 'link', url: 'https://example.ru/5', text: 'Приказ № 5' });
    expect(documents).toContain('Приказ № 6');
  });
});
