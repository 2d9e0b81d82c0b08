import { describe, expect, it } from 'vitest';
import { filledOrgSheet, type Grid, headerRowOf, rowOfLabel } from '../../test/fixtures/filled-org-sheet';
import { sampleOrg, sampleSettings } from '../../test/fixtures/sample-org';
import { a1 } from '../grid/a1';
import type { Issue } from '../issues/issue';
import { formatIssue } from '../issues/format-issue';
import { builtinRoadmap } from '../roadmap/builtin-roadmap';
import { readSubmission } from './read-submission';

const roadmap = builtinRoadmap();
const ctx = { org: sampleOrg(), roadmap, settings: sampleSettings(), asOf: '2024-02-01', timeZone: 'UTC' };
const filled = () => filledOrgSheet(sampleOrg(), roadmap);
const read = (grid: Grid) => readSubmission(grid, ctx);
const brief = (issues: readonly Issue[]) =>
  issues.map((i) => [i.code, i.row === null ? null : a1(i.row, i.column ?? 1), i.severity]);

describe('readSubmission on a changed layout', () => {
  it('still reads the form after rows are inserted and a table is moved right', () => {
    const grid = filled();
    grid.values.splice(rowOfLabel(grid, 'ФИО'), 0, ['Примечание школы'], []);
    const header = headerRowOf(grid, '6. Повышение квалификации педагогов');
    for (let r = header; r < header + 3; r++) grid.values[r]?.unshift(null);
    const { submission, issues } = read(grid);
    expect(brief(issues)).toEqual([]);
    expect(submission.responsible.fullName).toBe('Иванова Анна Петровна');
    expect(submission.training[0]?.hours).toBe(36);
  });

  it('names the table whose header row was deleted', () => {
    const grid = filled();
    grid.values.splice(headerRowOf(grid, '5. Участие в мероприятиях'), 1);
    const { issues } = read(grid);
    expect(brief(issues)).toEqual([['form_headers_missing', null, 'error']]);
    expect(formatIssue(issues[0] as Issue, 'addon')).toBe(
      'В разделе «5. Участие в мероприятиях» нет заголовков столбцов «Мероприятие», «Дата», «Классы», «Участников», «Победителей и призёров» и «Подтверждение». Верните строку заголовков — без неё таблица не читается.',
    );
  });

  it('names a renamed section title, and reads nothing of it', () => {
    const grid = filled();
    const r = rowOfLabel(grid, '2. Ответственный за профориентацию');
    (grid.values[r] as unknown[])[0] = 'Ответственный';
    const { submission, issues } = read(grid);
    expect(brief(issues)).toEqual([['form_section_missing', null, 'error']]);
    expect(formatIssue(issues[0] as Issue, 'addon')).toContain('«2. Ответственный за профориентацию»');
    expect(submission.responsible.fullName).toBeNull();
  });

  it('names a deleted label row', () => {
    const grid = filled();
    grid.values.splice(rowOfLabel(grid, 'Телефон'), 1);
    const { issues } = read(grid);
    expect(brief(issues)).toEqual([['form_field_missing', null, 'error']]);
    expect(formatIssue(issues[0] as Issue, 'addon')).toContain('нет строки «Телефон»');
  });

  it('names a deleted roadmap row', () => {
    const grid = filled();
    grid.values.splice(headerRowOf(grid, '4. Исполнение дорожной карты') + 1, 1);
    expect(brief(read(grid).issues)).toEqual([['form_item_row_missing', null, 'error']]);
  });

  it('turns a Пункт the sheet made a date back into the number, with a warning', () => {
    const grid = filled();
    const r = headerRowOf(grid, '4. Исполнение дорожной карты') + 1;
    (grid.values[r] as unknown[])[0] = new Date('2024-02-01T00:00:00Z');
    const { submission, issues } = read(grid);
    expect(brief(issues)).toEqual([['form_item_key_was_date', `A${r + 1}`, 'warning']]);
    expect(submission.roadmap.find((x) => x.itemId === '1.2')?.status).toBe('выполнено');
  });

  it('reads Пункт 5.1.1 turned into 5 January 2001 as 5.1.1', () => {
    const grid = filled();
    const header = headerRowOf(grid, '4. Исполнение дорожной карты');
    const r = grid.values.findIndex((row, i) => i > header && row[0] === '5.1.1');
    (grid.values[r] as unknown[])[0] = new Date('2001-01-05T00:00:00Z');
    expect(brief(read(grid).issues)).toEqual([['form_item_key_was_date', `A${r + 1}`, 'warning']]);
  });

  it('reports a code that does not match the tab', () => {
    const grid = filled();
    (grid.values[rowOfLabel(grid, 'Код')] as unknown[])[1] = 'SCH999';
    expect(brief(read(grid).issues)).toEqual([['form_code_mismatch', `B${rowOfLabel(grid, 'Код') + 1}`, 'error']]);
  });

  it('reads Apps Script dates (midnight in Chelyabinsk) as the typed day', () => {
    const grid = filled();
    (grid.values[rowOfLabel(grid, 'Дата приказа')] as unknown[])[1] = new Date('2023-08-30T19:00:00Z');
    const { submission, issues } = readSubmission(grid, { ...ctx, timeZone: 'Asia/Yekaterinburg' });
    expect(brief(issues)).toEqual([]);
    expect(submission.responsible.orderDate).toBe('2023-08-31');
  });

  it('does not change the grid it reads', () => {
    const grid = filled();
    const before = JSON.stringify(grid);
    read(grid);
    expect(JSON.stringify(grid)).toBe(before);
  });
});

describe('readSubmission on rows added to section 4', () => {
  it('warns about a row without Пункт instead of dropping it silently', () => {
    const grid = filled();
    const header = headerRowOf(grid, '4. Исполнение дорожной карты');
    grid.values.splice(header + 2, 0, [null, null, null, 'выполнено', '01.11.2023', '№ 5']);
    expect(brief(read(grid).issues)).toEqual([['form_item_key_missing', `A${header + 3}`, 'warning']]);
  });
});
