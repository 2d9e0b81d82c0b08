import { describe, expect, it } from 'vitest';
import { issueTemplates } from './format-issue';
import { messageArguments } from './format-message';
import { type IssueCode, issueParamSpecs } from './issue-code';
import type { CheckedTemplate, CheckedTemplates, MessageTemplates } from './message-catalogue';

/** The parameter kinds each format reads, as `CheckedTemplate` allows them. */
const reads: Record<string, readonly string[]> = {
  '': ['text', 'number'],
  number: ['number'],
  date: ['date'],
  list: ['list'],
  join: ['list'],
  plural: ['number', 'list'],
  select: ['text'],
};

describe('the issue templates', () => {
  it('name only parameters their code declares, each in a format that reads its kind', () => {
    const templates = issueTemplates();
    for (const code of Object.keys(issueParamSpecs) as IssueCode[]) {
      const spec = issueParamSpecs[code] as Readonly<Record<string, string>>;
      const template = templates[code];
      expect(template, code).toEqual(expect.any(String));
      for (const { name, format } of messageArguments(template)) {
        if (name === 'shell') {
          expect(format, `${code}: {shell}`).toBe('select');
          continue;
        }
        expect(Object.keys(spec), `${code}: {${name}}`).toContain(name);
        expect(reads[format], `${code}: {${name}, ${format}}`).toContain(spec[name]?.replace('?', ''));
      }
    }
  });

  it('refuses at compile time a template naming a parameter its code does not declare', () => {
    const misspelt = { form_required: 'Не заполнено обязательное поле «{lable}».' } as const;
    // @ts-expect-error `lable` is not a parameter of form_required (its parameter is `label`)
    const checked: Pick<CheckedTemplates<typeof misspelt & MessageTemplates<IssueCode>>, 'form_required'> = misspelt;
    expect(checked).toBe(misspelt);
  });

  it('refuses at compile time a format that does not read the parameter, and `{shell}` outside a select', () => {
    type Spec = (typeof issueParamSpecs)['form_done_date_future'];
    // @ts-expect-error `date` is a date: `{date}` would print it as ISO, `{date, date}` is meant
    const iso: CheckedTemplate<'Дата {date} позже {asOf, date}.', Spec> = 'Дата {date} позже {asOf, date}.';
    // @ts-expect-error `shell` only selects a branch
    const shell: CheckedTemplate<'Команда {shell}.', Spec> = 'Команда {shell}.';
    // @ts-expect-error an argument inside a branch is checked too: `asof` is misspelt
    const nested: CheckedTemplate<'{shell, select, addon {до {asof, date}} cli {}}', Spec> =
      '{shell, select, addon {до {asof, date}} cli {}}';
    const fine: CheckedTemplate<'Дата {date, date} позже {asOf, date}.', Spec> =
      'Дата {date, date} позже {asOf, date}.';
    expect([iso, shell, nested, fine]).toHaveLength(4);
  });
});
