import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../indicators/compute-indicators';
import { smallCity } from '../../test/fixtures/small-city-report';
import type { OutValue } from '../grid/output-sheet';
import type { HistoryRow } from './history-row';
import { historyRows } from './history-rows';
import { historyRowValues, historySheet } from './history-sheet';
import { journalRow } from './journal';
import { nextState } from './next-state';
import { previousMonthly } from './previous-monthly';
import { historyHeaderOf, readHistory } from './read-history';

const indicators = () => computeIndicators(smallCity(), new Map());
/** What an adapter reads back: dates as `Date` at midnight UTC (exceljs). */
const asRead = (value: OutValue): unknown =>
  value !== null && typeof value === 'object' && value.kind === 'date' ? new Date(`${value.date}T00:00:00Z`) : value;

describe('historyRows', () => {
  it('writes the city then each district, numerator and denominator of each indicator', () => {
    const rows = historyRows(indicators(), '2024-02-01', 'build');
    expect(rows).toContainEqual({
      date: '2024-02-01',
      kind: 'build',
      area: 'Город',
      indicator: 'coverage',
      numerator: 190,
      denominator: 230,
    });
    expect(rows).toContainEqual(
      expect.objectContaining({ area: 'Ленинский', indicator: 'levels.none', numerator: 1, denominator: 1 }),
    );
    expect(new Set(rows.map((r) => r.area))).toEqual(new Set(['Город', 'Калининский', 'Ленинский']));
  });
});

describe('readHistory', () => {
  it('reads back what historySheet wrote', () => {
    const rows = historyRows(indicators(), '2024-02-01', 'monthly');
    const sheet = historySheet(rows);
    expect(readHistory({ name: 'История', values: sheet.rows.map((r) => r.map(asRead)) })).toEqual(rows);
  });

  it('skips rows it cannot read and accepts dates as text', () => {
    const values = [
      ['Дата', 'Вид', 'Территория', 'Код показателя', 'Показатель', 'Числитель', 'Знаменатель'],
      ['01.01.2024', 'ежемесячная', 'Город', 'coverage', '', '10', 20],
      ['заметка', '', '', '', '', '', ''],
      ['2024-01-02', 'сборка', 'Город', 'coverage', '', '#N/A', 20],
    ];
    expect(readHistory({ name: 'История', values })).toEqual([
      { date: '2024-01-01', kind: 'monthly', area: 'Город', indicator: 'coverage', numerator: 10, denominator: 20 },
    ]);
    expect(readHistory(undefined)).toEqual([]);
  });
});

describe('История as people read it', () => {
  const row: HistoryRow = {
    date: '2024-02-01',
    kind: 'build',
    area: 'Город',
    indicator: 'levels.basic',
    numerator: 3,
    denominator: 5,
  };

  it('shows the indicator by its Russian name in column D and keeps its key in a hidden last column', () => {
    const sheet = historySheet([row]);
    expect(sheet.rows[0]?.[3]).toBe('Показатель');
    expect(sheet.rows[1]?.[3]).toBe('ООО на базовом уровне');
    expect(sheet.rows[1]?.[6]).toBe('levels.basic');
    expect(sheet.format.hiddenColumns).toEqual([6]);
  });

  it("appends to a tab written before in that tab's own column order", () => {
    const old = ['Дата', 'Вид', 'Территория', 'Код показателя', 'Показатель', 'Числитель', 'Знаменатель'];
    expect(historyRowValues(row, old)).toEqual([
      { kind: 'date', date: '2024-02-01' },
      'сборка',
      'Город',
      'levels.basic',
      'ООО на базовом уровне',
      3,
      5,
    ]);
    expect(historyHeaderOf({ name: 'История', values: [old] })).toEqual(old);
    expect(historyHeaderOf(undefined)).toBeNull();
  });

  it('knows a row by its Russian name when its key was cleared', () => {
    const values = [
      ['Дата', 'Вид', 'Территория', 'Показатель', 'Числитель', 'Знаменатель', 'Код показателя'],
      ['01.02.2024', 'сборка', 'Город', 'Охват профминимумом, 6–11 классы', 190, 230, ''],
    ];
    expect(readHistory({ name: 'История', values })[0]?.indicator).toBe('coverage');
  });
});

describe('previousMonthly', () => {
  const row = (date: string, kind: HistoryRow['kind'], numerator: number): HistoryRow => ({
    date,
    kind,
    area: 'Город',
    indicator: 'coverage',
    numerator,
    denominator: 100,
  });
  const history = [
    row('2023-12-01', 'monthly', 40),
    row('2024-01-01', 'monthly', 50),
    row('2024-01-20', 'build', 60),
    row('2024-02-01', 'monthly', 70),
  ];

  it('takes the last monthly snapshot before the report month', () => {
    const previous = previousMonthly(history, '2024-02-15');
    expect(previous?.date).toBe('2024-01-01');
    expect(previous?.figures.get('Город')?.get('coverage')).toEqual({ numerator: 50, denominator: 100 });
  });

  it('is null without an earlier monthly row', () => {
    expect(previousMonthly(history, '2023-12-20')).toBeNull();
    expect(previousMonthly([], '2024-02-01')).toBeNull();
  });
});

describe('nextState', () => {
  it('keeps the first date seen submitted and sets it for a first submission', () => {
    const state = nextState(smallCity());
    expect(state.find((s) => s.code === 'S1')?.firstSubmitted).toBe('2024-01-20');
    expect(state.find((s) => s.code === 'S2')?.firstSubmitted).toBe('2024-01-10');
    expect(state.find((s) => s.code === 'D1')?.firstSubmitted).toBe('2024-02-01');
    expect(state.find((s) => s.code === 'S3')?.firstSubmitted).toBeNull();
  });
});

describe('journalRow', () => {
  it('keeps the user text literal and names the action in Russian', () => {
    expect(
      journalRow({
        date: '2024-02-01',
        time: '08:00',
        who: '=HYPERLINK("x")',
        what: 'send',
        outcome: 'отправлено',
        failure: '',
      }),
    ).toEqual([
      { kind: 'datetime', date: '2024-02-01', time: '08:00' },
      '=HYPERLINK("x")',
      'отправка сводки',
      'отправлено',
      '',
    ]);
  });
});
