import { describe, expect, it } from 'vitest';
import { filledOrgSheet } from '../../test/fixtures/filled-org-sheet';
import { sampleOrg, sampleSettings } from '../../test/fixtures/sample-org';
import { builtinRoadmap } from '../roadmap/builtin-roadmap';
import { FormReader } from './form-reader';
import { type FieldType, responsibleSection, trainingSection } from './form-spec';
import { locateForm } from './locate-form';
import { readScalars } from './read-scalars';
import { readSubmission } from './read-submission';
import { tableRowReader } from './read-table-cell';
import type { SpecValues } from './spec-values';

// These tests are compiled by `npm run typecheck`: each `@ts-expect-error` fails the build when the
// line below it stops being a type error, so they pin what the compiler catches.

const roadmap = builtinRoadmap();
const ctx = { org: sampleOrg(), roadmap, settings: sampleSettings(), asOf: '2024-02-01', timeZone: 'UTC' } as const;
const sheet = filledOrgSheet(sampleOrg(), roadmap);

describe('the submission, typed from the form spec', () => {
  it('makes a column added to a copy of section 6 a type error where the reader does not fill it', () => {
    const extended = [
      ...trainingSection.columns,
      { key: 'online', header: 'Из них дистанционно, часов', type: 'hours', required: false, width: 110 },
    ] as const;
    type ExtendedRow = SpecValues<typeof extended> & { readonly row: number };
    const { submission } = readSubmission(sheet, ctx);
    // @ts-expect-error section 6's reader gives no `online`: the new column needs a reader before this compiles
    const rows: readonly ExtendedRow[] = submission.training;
    expect(rows[0]).toMatchObject({ fullName: 'Петров Иван Сергеевич', hours: 36 });
    expect(rows[0]).not.toHaveProperty('online');
  });

  it('makes a field added to a copy of section 2 part of the values, read like the others', () => {
    const fields = [
      ...responsibleSection.fields,
      { key: 'website', label: 'Сайт', type: 'text', required: false, hint: 'Адрес сайта' },
    ] as const;
    const reader = new FormReader(sheet, ctx);
    const places = locateForm(sheet).fields.get('responsible') ?? new Map();
    const read = readScalars(reader, fields, places);
    // The generic reader reads every field of the spec it is given: the new one is there, null (no such row).
    expect(read.values.website).toBeNull();
    expect(read.values.fullName).toBe('Иванова Анна Петровна');
    const { submission } = readSubmission(sheet, ctx);
    // @ts-expect-error the real section 2 has no `website`: a submission is not the extended spec's values
    const widened: SpecValues<typeof fields> = submission.responsible;
    expect(widened.fullName).toBe('Иванова Анна Петровна');
  });

  it('makes a misspelt key a type error instead of a silent null', () => {
    const reader = new FormReader(sheet, ctx);
    const table = locateForm(sheet).tables.get('training');
    if (!table) throw new Error('no section 6');
    const cells = tableRowReader(reader, table, trainingSection.columns, table.rows[0] ?? 0);
    expect(cells.get('hours')).toBe(36);
    // @ts-expect-error `fulName` is not a column of section 6
    expect(cells.get('fulName')).toBeNull();
    const places = locateForm(sheet).fields.get('responsible') ?? new Map();
    const scalars = readScalars(reader, responsibleSection.fields, places);
    // @ts-expect-error `fulName` is not a field of section 2
    expect(scalars.values.fulName).toBeUndefined();
  });

  it('types a value by its field: an enum as its options, a count as a number', () => {
    const { submission } = readSubmission(sheet, ctx);
    const level: 'базовый' | 'основной' | 'продвинутый' | null | undefined = submission.profminimum?.level;
    const pupils: number | null | undefined = submission.profminimum?.pupils69;
    // @ts-expect-error a count is a number, not text
    const asText: string | null | undefined = submission.profminimum?.pupils69;
    expect([level, pupils, asText]).toEqual(['основной', 1234, 1234]);
    // @ts-expect-error a kind of cell without a value type (and so without a reader) is no field type
    const url: FieldType = 'url';
    expect(url).toBe('url');
  });
});
