import { describe, expect, it } from 'vitest';
import { readItemNumber } from './read-item-number';
import { readReporters } from './read-reporters';
import { roadmapFieldOfHeader } from './roadmap-columns';

const known = new Set(['1.2', '5.1.1', '2.1']);

describe('readItemNumber', () => {
  it.each([
    ['1.2', '1.2'],
    [' 5.2.6.3 ', '5.2.6.3'],
    ['5.1.1.', '5.1.1'],
    ['1,2', '1.2'],
    [1.2, '1.2'],
    [5, '5'],
  ])('reads %j as %j', (cell, id) => {
    expect(readItemNumber(cell, 'UTC', known)).toEqual({ kind: 'ok', id });
  });

  it.each([
    // Sheets in Russian makes 1 February of the current year of a typed «1.2»…
    [new Date('2026-02-01T00:00:00Z'), 'UTC', '1.2', '01.02.2026'],
    // …and 5 January 2001 of «5.1.1»; Apps Script gives midnight in Chelyabinsk.
    [new Date('2001-01-04T19:00:00Z'), 'Asia/Yekaterinburg', '5.1.1', '05.01.2001'],
    [new Date('2024-02-05T00:00:00Z'), 'UTC', '5.2', '05.02.2024'],
    [new Date('2010-02-05T00:00:00Z'), 'UTC', '5.2.10', '05.02.2010'],
  ])('turns the date %s back into a number', (cell, zone, id, shown) => {
    expect(readItemNumber(cell, zone, known)).toEqual({ kind: 'date', id, shown });
  });

  it.each([[''], ['   '], [null], [undefined]])('reads %j as blank', (cell) => {
    expect(readItemNumber(cell, 'UTC', known)).toEqual({ kind: 'blank' });
  });

  it.each([['пять'], ['1.2a'], ['#N/A'], [true], [{}], [Number.NaN], [new Date(Number.NaN)]])('refuses %j', (cell) => {
    expect(readItemNumber(cell, 'UTC', known).kind).toBe('bad');
  });
});

describe('readReporters', () => {
  const all = ['ООО', 'ДОО', 'ОДО'];
  it.each([
    ['ООО, ДОО, ОДО', ['ООО', 'ДОО', 'ОДО'], []],
    ['одо; ооо', ['ООО', 'ОДО'], []],
    ['OOO', ['ООО'], []],
    ['все', all, []],
    ['', [], []],
    ['ООО, СПО', ['ООО'], ['СПО']],
    ['ДОО/ОДО', ['ДОО', 'ОДО'], []],
    ['ООО ДОО', ['ООО', 'ДОО'], []],
    // The order's words (issue 11).
    ['образовательные организации', all, []],
    ['Образовательные организации,', all, []],
    ['общеобразовательные организации', ['ООО'], []],
    ['ОО', all, []],
    ['ООО.', ['ООО'], []],
    ['дошкольные', ['ДОО'], []],
    ['дошкольные образовательные организации', ['ДОО'], []],
    ['ДОО', ['ДОО'], []],
    ['ДОУ', ['ДОО'], []],
    ['МБДОУ', ['ДОО'], []],
    ['УДО', ['ОДО'], []],
    ['ОДО', ['ОДО'], []],
    ['организации дополнительного образования', ['ОДО'], []],
    ['учреждения дополнительного образования детей', ['ОДО'], []],
    ['общеобразовательные организации и ДОУ', ['ООО', 'ДОО'], []],
    ['ДОУ, УДО', ['ДОО', 'ОДО'], []],
    ['школы\nдетские сады', ['ООО', 'ДОО'], []],
    ['колледжи', [], ['колледжи']],
  ])('reads %j', (text, reporters, unknown) => {
    expect(readReporters(text)).toEqual({ reporters, unknown, committee: false });
  });

  it.each(['комитет', 'Комитет', 'нет', '—', '-'])('reads %j as the committee’s own item', (text) => {
    expect(readReporters(text)).toEqual({ reporters: [], unknown: [], committee: true });
  });

  it('takes the types over a committee word beside them', () => {
    expect(readReporters('комитет, ООО')).toEqual({ reporters: ['ООО'], unknown: [], committee: false });
  });
});

describe('roadmapFieldOfHeader', () => {
  it.each([
    ['Пункт', 'id'],
    [' СРОК ', 'period'],
    ['Дата  выполнения', 'doneOn'],
    ['Отчитываются:', 'reporters'],
    ['Раздел', 'section'],
    // The order's headers.
    ['№ п/п', 'id'],
    ['Мероприятие ', 'title'],
    ['Срок исполнения', 'period'],
    ['Сроки реализации', 'period'],
    ['Ответственные, исполнители', 'responsible'],
    ['Ответственные исполнители', 'responsible'],
    ['Результат ', 'result'],
    ['Ожидаемый результат', 'result'],
    ['Примечание', null],
  ])('reads %j', (header, field) => {
    expect(roadmapFieldOfHeader(header)).toBe(field);
  });
});
