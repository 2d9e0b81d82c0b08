import { describe, expect, it } from 'vitest';
import { formatRuDate } from '../dates/format-ru-date';
import { formatIssue, issueTemplates } from './format-issue';
import { formatNumber } from './format-number';
import type { CodedParams, IssueCode } from './issue-code';
import { issueParamSpecs } from './issue-code';
import type { ParamKind } from './param-spec';
import type { Shell } from './shell';

const codes = Object.keys(issueParamSpecs) as IssueCode[];
const shells: readonly Shell[] = ['addon', 'cli'];

/** A value for each declared parameter that can only come from that parameter. */
function sample(code: IssueCode, withOptional: boolean): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  Object.entries(issueParamSpecs[code] as Record<string, string>).forEach(([name, spec], i) => {
    const kind = spec.replace('?', '') as ParamKind;
    if (spec.endsWith('?') && !withOptional) return;
    if (kind === 'text') params[name] = `‹${name}›`;
    if (kind === 'number') params[name] = 9001 + i;
    if (kind === 'date') params[name] = `2031-0${(i % 9) + 1}-1${i % 10}`;
    if (kind === 'list') params[name] = [`‹${name}-1›`, `‹${name}-2›`];
  });
  return params;
}

/** How a parameter's value shows in the sentence: each of `all`, or one of `any` (a count grouped, a row number not). */
function shownForms(value: unknown): { all: string[]; any: string[] } {
  if (Array.isArray(value)) return { all: value.map(String), any: [] };
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return { all: [formatRuDate(value)], any: [] };
  if (typeof value === 'number') return { all: [], any: [String(value), formatNumber(value)] };
  return { all: [String(value)], any: [] };
}

const format = (code: IssueCode, params: Record<string, unknown>, shell: Shell) =>
  formatIssue({ code, params } as unknown as CodedParams, shell);

describe('the message catalogue', () => {
  it('has a message for exactly the declared codes', () => {
    expect(Object.keys(issueTemplates()).sort()).toEqual([...codes].sort());
  });

  describe.each(shells)('in the %s', (shell) => {
    it.each(codes)('words %s with every parameter it declares', (code) => {
      const params = sample(code, true);
      const text = format(code, params, shell);
      for (const [name, value] of Object.entries(params)) {
        const forms = shownForms(value);
        for (const form of forms.all) expect(text, `${code}.${name}`).toContain(form);
        if (forms.any.length > 0)
          expect(
            forms.any.some((form) => text.includes(form)),
            `${code}.${name}`,
          ).toBe(true);
      }
    });

    it.each(codes)('words %s as a finished Russian sentence, optional parameters or not', (code) => {
      for (const withOptional of [true, false]) {
        const text = format(code, sample(code, withOptional), shell);
        expect(text).toMatch(/^[А-ЯЁ«]/);
        expect(text).toMatch(/[.»)]$/);
        expect(text).not.toMatch(/undefined|NaN|\[object|null/);
        // Russian quotes and dashes: no straight double quotes, no hyphen standing for a dash.
        expect(text).not.toMatch(/"| - /);
      }
    });
  });

  it('tells each shell what it can do about a roadmap missing for the school year', () => {
    const issue = { code: 'roadmap_builtin_other_year', params: { schoolYear: '2024/2025' } } as const;
    expect(formatIssue(issue, 'addon')).toContain('Вставьте на лист «Дорожная карта» таблицу приказа');
    expect(formatIssue(issue, 'addon')).not.toMatch(/файл|--roadmap|npx/);
    expect(formatIssue(issue, 'cli')).toMatch(/import-roadmap|--roadmap/);
  });

  it('refuses a parameter its code does not declare, and a missing one, at compile time', () => {
    // @ts-expect-error `fonud` is misspelt and `found` is missing
    const misspelt: CodedParams = { code: 'not_a_number', params: { fonud: '12 шт' } };
    // @ts-expect-error `max` is declared by `too_large`
    const missing: CodedParams = { code: 'too_large', params: { found: '120' } };
    // @ts-expect-error `form_empty` declares no parameter
    const extra: CodedParams = { code: 'form_empty', params: { label: 'ФИО' } };
    expect([misspelt, missing, extra]).toHaveLength(3);
  });
});
