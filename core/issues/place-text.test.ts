import { describe, expect, it } from 'vitest';
import { placeText } from './place-text';

describe('placeText', () => {
  it('names the tab, the organisation and the cell in words', () => {
    expect(placeText({ tab: 'S0004', row: 14, column: 2 }, 'МБОУ «СОШ № 4»')).toBe(
      'лист «S0004» (МБОУ «СОШ № 4»), ячейка B14',
    );
  });

  it('names a whole row, or the tab alone', () => {
    expect(placeText({ tab: 'Организации', row: 7, column: null })).toBe('лист «Организации», строка 7');
    expect(placeText({ tab: 'S0004', row: null, column: null }, 'Школа')).toBe('лист «S0004» (Школа)');
  });

  it('does not repeat a name that is the tab itself, nor an empty one', () => {
    expect(placeText({ tab: 'Настройки', row: 3, column: 2 }, 'Настройки')).toBe('лист «Настройки», ячейка B3');
    expect(placeText({ tab: 'S1', row: 1, column: 1 }, ' ')).toBe('лист «S1», ячейка A1');
  });

  it('places a spot of a CSV as the file’s line and column by its header, never as a tab’s cell', () => {
    expect(placeText({ tab: 'orgs.csv', row: 7, column: 3, file: true, header: 'Тип' })).toBe(
      'файл «orgs.csv», строка 7, столбец «Тип»',
    );
    expect(placeText({ tab: 'orgs.csv', row: 7, column: 3, file: true })).toBe('файл «orgs.csv», строка 7, столбец 3');
    expect(placeText({ tab: 'orgs.csv', row: 7, column: null, file: true })).toBe('файл «orgs.csv», строка 7');
    expect(placeText({ tab: 'orgs.csv', row: null, column: null, file: true })).toBe('файл «orgs.csv»');
  });
});
