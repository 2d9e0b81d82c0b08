import { describe, expect, it } from 'vitest';
import { selectsInPlace, spreadsheetIdOf } from './problem-link';

const committee = 'https://docs.google.com/spreadsheets/d/committee_1/edit#gid=5&range=B14';
const reports = 'https://docs.google.com/spreadsheets/d/reports-2/edit#gid=7&range=C9';

describe('spreadsheetIdOf', () => {
  it.each([
    [committee, 'committee_1'],
    [reports, 'reports-2'],
    ['https://example.org/spreadsheets/d/x/edit', null],
  ])('reads the id of %s', (url, id) => {
    expect(spreadsheetIdOf(url)).toBe(id);
  });
});

describe('selectsInPlace', () => {
  it.each([
    [committee, 'committee_1', true],
    [reports, 'committee_1', false],
    [reports, undefined, true],
  ])('%s from spreadsheet %s: %s', (url, openId, expected) => {
    expect(selectsInPlace(url, openId)).toBe(expected);
  });
});
