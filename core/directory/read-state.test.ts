import { describe, expect, it } from 'vitest';
import { toSheetData } from '../../test/helpers/output-to-sheet-data';
import type { OrgState } from './org-state';
import { readState } from './read-state';
import { stateSheet } from './state-sheet';

const states: OrgState[] = [
  { code: 'S108', firstSubmitted: '2023-10-02', hash: 'a1b2c3', lastReminder: null },
  { code: '008', firstSubmitted: null, hash: null, lastReminder: '2024-01-15' },
];

describe('stateSheet', () => {
  it('writes a hidden tab with codes and dates as text', () => {
    const out = stateSheet(states);
    expect(out.name).toBe('Состояние');
    expect(out.format.hidden).toBe(true);
    expect(out.rows).toEqual([
      ['Код', 'Впервые сдан', 'Хеш', 'Последнее напоминание'],
      ['S108', '2023-10-02', 'a1b2c3', null],
      ['008', null, null, '2024-01-15'],
    ]);
    expect(out.format.text).toEqual([{ row: 0, column: 0, rows: 3, columns: 4 }]);
  });
});

describe('readState', () => {
  it('reads back what stateSheet wrote', () => {
    expect(readState(toSheetData(stateSheet(states)))).toEqual(states);
  });

  it('reads dates a user retyped as dates, and finds moved columns', () => {
    const sheet = {
      name: 'Состояние',
      values: [
        ['Хеш', 'Код', 'Последнее напоминание', 'Впервые сдан'],
        ['ff', 'S1', new Date('2024-01-14T19:00:00Z'), '02.10.2023'],
        ['', '', '', ''],
        ['x', 'S1', '', ''],
        [Number.NaN, 'S2', '#N/A', {}],
      ],
    };
    expect(readState(sheet, 'Asia/Yekaterinburg')).toEqual([
      { code: 'S1', firstSubmitted: '2023-10-02', hash: 'ff', lastReminder: '2024-01-15' },
      { code: 'S2', firstSubmitted: null, hash: null, lastReminder: null },
    ]);
  });

  it('is empty without the tab', () => {
    expect(readState(undefined)).toEqual([]);
  });
});
