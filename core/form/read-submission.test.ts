import { describe, expect, it } from 'vitest';
import {
  type FillOverrides,
  filledOrgSheet,
  type Grid,
  headerRowOf,
  rowOfLabel,
} from '../../test/fixtures/filled-org-sheet';
import { sampleOrg, sampleSettings } from '../../test/fixtures/sample-org';
import type { Organisation } from '../directory/organisation';
import { a1 } from '../grid/a1';
import type { Issue } from '../issues/issue';
import { formatIssue } from '../issues/format-issue';
import { builtinRoadmap } from '../roadmap/builtin-roadmap';
import { readSubmission } from './read-submission';

const roadmap = builtinRoadmap();
const settings = sampleSettings();
const ctx = (org: Organisation = sampleOrg()) => ({ org, roadmap, settings, asOf: '2024-02-01', timeZone: 'UTC' });
const brief = (issues: readonly Issue[]) =>
  issues.map((i) => [i.code, i.row === null ? null : a1(i.row, i.column ?? 1), i.severity]);

const field = (label: string) => (g: Grid) => `B${rowOfLabel(g, label) + 1}`;
const itemRow = (g: Grid, key: string) => {
  const header = headerRowOf(g, '4. Исполнение дорожной карты');
  const r = g.values.findIndex((row, i) => i > header && row[0] === key);
  return r + 1;
};
const item = (key: string, column: string) => (g: Grid) => `${column}${itemRow(g, key)}`;
const tableCell = (title: string, index: number, column: string) => (g: Grid) =>
  `${column}${headerRowOf(g, title) + 2 + index}`;
const event = (index: number, column: string) => tableCell('5. Участие в мероприятиях', index, column);
const training = (index: number, column: string) => tableCell('6. Повышение квалификации педагогов', index, column);

const ev = (label: string, date: string, participants = '25', winners = '3') => [
  label,
  date,
  '8-9',
  participants,
  winners,
  'Приказ № 7 от 20.10.2023',
];
const course = (hours: string, finished: string) => ['Петров Иван Сергеевич', 'Профориентация', hours, finished, '№ 1'];

type Case = [string, FillOverrides, [string, (g: Grid) => string, 'error' | 'warning'][]];

const cases: Case[] = [
  [
    'covered 6–9 above pupils',
    { fields: { 'Охвачено профминимумом 6–9 классов': '1 300' } },
    [['form_covered_exceeds_pupils', field('Охвачено профминимумом 6–9 классов'), 'error']],
  ],
  [
    'covered 10–11 above pupils',
    { fields: { 'Охвачено профминимумом 10–11 классов': '211' } },
    [['form_covered_exceeds_pupils', field('Охвачено профминимумом 10–11 классов'), 'error']],
  ],
  [
    '«Билет в будущее» above pupils 6–11',
    { fields: { 'Зарегистрировано на платформе «Билет в будущее»': '1 445' } },
    [['form_count_exceeds_pupils', field('Зарегистрировано на платформе «Билет в будущее»'), 'error']],
  ],
  [
    'trials above pupils 6–11',
    { fields: { 'Прошли профессиональные пробы': '2000' } },
    [['form_count_exceeds_pupils', field('Прошли профессиональные пробы'), 'error']],
  ],
  [
    'planned hours below the level',
    { fields: { 'Часов: урочная деятельность': '0' } },
    [['form_level_hours_short', field('Уровень профминимума'), 'warning']],
  ],
  [
    'extracurricular below the 34-hour course',
    { fields: { 'Уровень профминимума': 'базовый', 'Часов: внеурочная деятельность': '20' } },
    [['form_level_course_short', field('Уровень профминимума'), 'warning']],
  ],
  [
    'основной without «Билет в будущее»',
    { fields: { 'Зарегистрировано на платформе «Билет в будущее»': '0' } },
    [['form_level_needs_bvb', field('Уровень профминимума'), 'warning']],
  ],
  [
    'основной without a trained teacher',
    { training: [course('16', '15.05.2023')] },
    [['form_level_needs_trained', field('Уровень профминимума'), 'warning']],
  ],
  [
    'выполнено without a date',
    { roadmap: { '1.2': ['выполнено', null] } },
    [['form_done_without_date', item('1.2', 'E'), 'error']],
  ],
  [
    'выполнено without evidence',
    { roadmap: { '1.2': ['выполнено', undefined, null] } },
    [['form_done_without_evidence', item('1.2', 'F'), 'error']],
  ],
  [
    'a date without выполнено',
    { roadmap: { '3.1.1': ['в работе', '15.11.2023'] } },
    [['form_date_without_done', item('3.1.1', 'E'), 'warning']],
  ],
  [
    'a done date after the report date',
    { roadmap: { '3.1.1': ['выполнено', '15.03.2024', 'Приказ № 5 от 15.03.2024'] } },
    [['form_done_date_future', item('3.1.1', 'E'), 'error']],
  ],
  [
    'a done date before the previous school year',
    { roadmap: { '1.2': [undefined, '15.05.2022'] } },
    [['form_done_date_too_early', item('1.2', 'E'), 'error']],
  ],
  [
    'an order dated after the report date',
    { fields: { 'Дата приказа': '15.02.2024' } },
    [['form_order_date_future', field('Дата приказа'), 'error']],
  ],
  [
    'an event outside the school year',
    { events: [ev('5.2.6.1 «МНЕ НУЖНО ЗНАТЬ!»', '15.08.2023')] },
    [['form_event_date_outside_year', event(0, 'B'), 'error']],
  ],
  [
    'an event in the future',
    { events: [ev('5.2.6.1 «МНЕ НУЖНО ЗНАТЬ!»', '15.03.2024')] },
    [['form_event_date_future', event(0, 'B'), 'warning']],
  ],
  [
    'an event outside its window',
    { events: [ev('5.2.6.3 «Я выбираю»', '15.12.2023')] },
    [['form_event_outside_window', event(0, 'B'), 'warning']],
  ],
  [
    'the same event and date twice',
    { events: [ev('5.2.6.3 «Я выбираю»', '15.11.2023'), ev('5.2.6.3', '15.11.2023')] },
    [['form_event_duplicate', event(1, 'B'), 'warning']],
  ],
  [
    'winners above participants',
    { events: [ev('5.2.6.3 «Я выбираю»', '15.11.2023', '10', '12')] },
    [['form_winners_exceed_participants', event(0, 'E'), 'error']],
  ],
  [
    'an event not in the roadmap',
    { events: [ev('Городской фестиваль', '15.11.2023')] },
    [['form_event_unknown', event(0, 'A'), 'error']],
  ],
  [
    'an event for another type',
    { events: [ev('5.2.6.2 «Кем быть?»', '15.10.2023')] },
    [['form_event_not_for_type', event(0, 'A'), 'warning']],
  ],
  [
    'training finished after the report date',
    { training: [course('72', '15.02.2024'), course('36', '15.05.2023')] },
    [['form_training_date_future', training(0, 'D'), 'error']],
  ],
  [
    'training older than three years',
    { training: [course('36', '15.05.2020')] },
    [['form_training_outdated', training(0, 'D'), 'warning']],
  ],
  ['a blank required field', { fields: { ФИО: null } }, [['form_required', field('ФИО'), 'error']]],
  [
    'a number that is not one',
    { fields: { 'Обучающихся 6–9 классов': 'много' } },
    [['not_a_number', field('Обучающихся 6–9 классов'), 'error']],
  ],
  [
    'a number pasted into a date cell',
    { fields: { 'Дата приказа': 12 } },
    [['not_a_date', field('Дата приказа'), 'error']],
  ],
  [
    'a formula error',
    { fields: { 'Часов: воспитательная работа': '#N/A' } },
    [['formula_error', field('Часов: воспитательная работа'), 'error']],
  ],
  ['a bad phone', { fields: { Телефон: '12-34' } }, [['phone_wrong_length', field('Телефон'), 'error']]],
  [
    'a bad email',
    { fields: { 'Электронная почта': 'ivanova(at)example.ru' } },
    [['not_an_email', field('Электронная почта'), 'error']],
  ],
  [
    'a level not in the list',
    { fields: { 'Уровень профминимума': 'средний' } },
    [['not_in_list', field('Уровень профминимума'), 'error']],
  ],
  [
    'a fractional count',
    { fields: { 'Педагогов-навигаторов': '2,5' } },
    [['not_whole', field('Педагогов-навигаторов'), 'error']],
  ],
];

describe('readSubmission', () => {
  it('reads a correctly filled ООО tab, typed as text, without any issue', () => {
    const { submission, issues } = readSubmission(filledOrgSheet(sampleOrg(), roadmap), ctx());
    expect(brief(issues)).toEqual([]);
    expect(submission.empty).toBe(false);
    expect(submission.profminimum).toMatchObject({ level: 'основной', pupils69: 1234, engineeringClasses: 0 });
    expect(submission.profminimum?.hours.lessons).toBe(12.5);
    expect(submission.responsible).toMatchObject({ phone: '+7 351 123-45-67', orderDate: '2023-08-31', row: 12 });
    expect(submission.roadmap.find((r) => r.itemId === '1.2')).toMatchObject({
      status: 'выполнено',
      doneOn: '2023-10-31',
    });
    expect(submission.events[0]).toMatchObject({ itemId: '5.2.5.1', participants: 25, winners: 3, grades: [8, 9] });
    expect(submission.training[0]).toMatchObject({ hours: 36, finishedOn: '2023-05-15' });
  });

  it.each(['ДОО', 'ОДО'] as const)('reads a correctly filled %s tab without section 3', (type) => {
    const org = sampleOrg({ code: 'X1', type });
    const { submission, issues } = readSubmission(filledOrgSheet(org, roadmap), ctx(org));
    expect(brief(issues)).toEqual([]);
    expect(submission.profminimum).toBeNull();
  });

  it.each(cases)('reports %s at its cell and nothing else', (_name, overrides, expected) => {
    const grid = filledOrgSheet(sampleOrg(), roadmap, overrides);
    const { issues } = readSubmission(grid, ctx());
    expect(brief(issues)).toEqual(expected.map(([code, cell, severity]) => [code, cell(grid), severity]));
    for (const issue of issues) expect(formatIssue(issue, 'addon')).not.toMatch(/…|undefined/);
  });

  it('sets a wrong value to null in the submission', () => {
    const grid = filledOrgSheet(sampleOrg(), roadmap, { fields: { 'Охвачено профминимумом 6–9 классов': '1 300' } });
    expect(readSubmission(grid, ctx()).submission.profminimum?.covered69).toBeNull();
  });

  it('warns when pupils differ from ОО-1 by more than 5 %', () => {
    const org = sampleOrg({ pupils69: 1000, pupils1011: 205 });
    const grid = filledOrgSheet(org, roadmap);
    expect(brief(readSubmission(grid, ctx(org)).issues)).toEqual([
      ['form_pupils_differ_oo1', field('Обучающихся 6–9 классов')(grid), 'warning'],
    ]);
  });

  it('warns about grades given by a preschool organisation', () => {
    const org = sampleOrg({ code: 'D1', type: 'ДОО' });
    const grid = filledOrgSheet(org, roadmap, {
      events: [['5.2.6.2 «Кем быть?»', '15.10.2023', '5', '10', '', '№ 3']],
    });
    expect(brief(readSubmission(grid, ctx(org)).issues)).toEqual([
      ['form_grades_for_preschool', event(0, 'C')(grid), 'warning'],
    ]);
  });
});
