import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues/issue';
import { orgIssuesByTab } from './org-issues-by-tab';

const issue = (tab: string, org?: string): Issue => ({
  code: 'not_a_number',
  severity: 'error',
  tab,
  row: 1,
  column: 2,
  params: { found: 'x' },
  ...(org ? { org } : {}),
});

describe('orgIssuesByTab', () => {
  it('groups organisation issues by tab in their order', () => {
    const a = issue('SCH1', 'SCH1');
    const b = issue('SCH2', 'SCH2');
    const c = issue('SCH1', 'SCH1');
    const grouped = orgIssuesByTab([a, b, c]);
    expect(grouped.get('SCH1')).toEqual([a, c]);
    expect(grouped.get('SCH2')).toEqual([b]);
  });
  it('leaves out issues that concern no organisation', () => {
    expect(orgIssuesByTab([issue('Настройки')]).size).toBe(0);
  });
});
