import { describe, expect, it } from 'vitest';
import { readEmails } from './read-emails';
import { readIssues } from './read-issues';
import { readNumber } from './read-number';

const place = { tab: 'S108', row: 14, column: 2, org: 'S108' };

describe('readIssues', () => {
  it('turns a bad read into one issue at the cell', () => {
    expect(readIssues(readNumber('12 шт'), place, 'error')).toEqual([
      {
        code: 'not_a_number',
        severity: 'error',
        tab: 'S108',
        row: 14,
        column: 2,
        org: 'S108',
        params: { found: '12 шт' },
      },
    ]);
  });

  it('turns the warnings of an ok read into issues of the warning severity', () => {
    const issues = readIssues(readEmails('a@example.ru, плохой'), place, 'error', 'error');
    expect(issues).toEqual([
      {
        code: 'bad_email_in_list',
        severity: 'error',
        tab: 'S108',
        row: 14,
        column: 2,
        org: 'S108',
        params: { found: 'плохой' },
      },
    ]);
  });

  it('gives nothing for a blank or clean read', () => {
    expect(readIssues(readNumber(''), place, 'error')).toEqual([]);
    expect(readIssues(readNumber('12'), place, 'error')).toEqual([]);
  });

  it('leaves org out when there is none', () => {
    const [issue] = readIssues(readNumber('x'), { tab: 'Настройки', row: 3, column: 2 }, 'warning');
    expect(issue).not.toHaveProperty('org');
    expect(issue?.severity).toBe('warning');
  });
});
