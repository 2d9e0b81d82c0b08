import { describe, expect, it } from 'vitest';
import { formatIssue } from './format-issue';
import { directoryIssueCodes } from './directory-issue-codes';
import { isReservedTabName, reservedTabNames } from '../directory/reserved-tab-names';

describe('directoryMessages', () => {
  it.each(directoryIssueCodes.map((c) => [c]))('has a Russian sentence for %s', (code) => {
    const params = {
      tab: 'Организации',
      header: 'ИНН',
      found: 'X',
      code: 'S1',
      name: 'Школа',
      expected: 'ООО, ДОО, ОДО',
    };
    const text = formatIssue({ code, params: { ...params, length: 32, firstRow: 2, label: 'Час', fallback: 8 } });
    expect(text).toMatch(/[А-Яа-яЁё]/);
    expect(text).not.toMatch(/undefined/);
  });
});

describe('isReservedTabName', () => {
  it.each(reservedTabNames.map((n) => [n]))('reserves %s whatever the case', (name) => {
    expect(isReservedTabName(name.toUpperCase())).toBe(true);
  });
  it('leaves an ordinary code free', () => {
    expect(isReservedTabName('S108')).toBe(false);
  });
});
