import type { SheetData } from '../grid/sheet-data';
import type { Issue } from '../issues/issue';
import { cellText } from '../values/cell-text';
import { FormReader, type ReadContext } from './form-reader';
import {
  decisionsSection,
  formSections,
  organisationSection,
  profminimumSection,
  recommendationCodeColumn,
  responsibleSection,
  sectionApplies,
} from './form-spec';
import { isBlankCell } from './form-text';
import { type FormLocation, locateForm } from './locate-form';
import { applyProfminimumRules } from './profminimum-rules';
import { readEventRows } from './read-event-rows';
import { readRoadmapRows } from './read-roadmap-rows';
import { readScalars, type ScalarValues } from './read-scalars';
import { readTrainingRows } from './read-training-rows';
import type { DecisionRow, Profminimum, Responsible, Submission } from './submission';
import type { SpecKey } from './spec-values';

const responsibleKeys: readonly SpecKey<typeof responsibleSection.fields>[] = responsibleSection.fields.map(
  (f) => f.key,
);

export type { ReadContext } from './form-reader';

const emptyResponsible: Responsible = {
  fullName: null,
  position: null,
  phone: null,
  email: null,
  orderNumber: null,
  orderDate: null,
  row: null,
  invalid: [],
  typed: {},
};

/**
 * Reads an organisation's tab into its submission and every issue (design §4, §5): sections,
 * labels and headers found by text wherever they stand; each value checked by type; the
 * cross-field rules applied at the cell that is wrong; structural problems as errors at no
 * cell. Wrong values are null in the submission. Never throws on bad data.
 *
 * @param sheet - the organisation's tab
 * @param ctx - the organisation, roadmap, settings, report date and the zone of `Date` cells
 * @example readSubmission(sheet, { org, roadmap, settings, asOf: '2024-02-01', timeZone: 'UTC' }).issues
 */
export function readSubmission(sheet: SheetData, ctx: ReadContext): { submission: Submission; issues: Issue[] } {
  const reader = new FormReader(sheet, ctx);
  const where = locateForm(sheet);
  reportStructure(reader, where);
  checkCode(reader, where);
  const base = { code: ctx.org.code, tab: sheet.name };
  if (isEmpty(sheet, where, ctx.org.type)) {
    reader.add(null, null, 'form_empty', 'warning');
    const submission: Submission = {
      ...base,
      empty: true,
      responsible: emptyResponsible,
      profminimum: null,
      roadmap: [],
      events: [],
      training: [],
      decisions: readDecisions(reader, where),
    };
    return { submission, issues: reader.issues };
  }
  const responsibleValues = readScalars(
    reader,
    responsibleSection.fields,
    where.fields.get('responsible') ?? new Map(),
  );
  const roadmapTable = where.tables.get('roadmap');
  const eventsTable = where.tables.get('events');
  const trainingTable = where.tables.get('training');
  const roadmap = roadmapTable?.headerRow != null ? readRoadmapRows(reader, roadmapTable) : [];
  const events = eventsTable?.headerRow != null ? readEventRows(reader, eventsTable) : [];
  const training = trainingTable?.headerRow != null ? readTrainingRows(reader, trainingTable) : [];
  let profminimum: Profminimum | null = null;
  if (ctx.org.type === 'ООО' && where.sections.has(profminimumSection.id)) {
    const values = readScalars(reader, profminimumSection.fields, where.fields.get('profminimum') ?? new Map());
    profminimum = applyProfminimumRules(reader, values, toProfminimum(values), training);
  }
  const submission: Submission = {
    ...base,
    empty: false,
    responsible: toResponsible(responsibleValues, reader),
    profminimum,
    roadmap,
    events,
    training,
    decisions: readDecisions(reader, where),
  };
  return { submission, issues: reader.issues };
}

function reportStructure(reader: FormReader, where: FormLocation): void {
  for (const section of formSections) {
    if (!sectionApplies(section, reader.ctx.org.type)) continue;
    if (!where.sections.has(section.id)) {
      reader.add(null, null, 'form_section_missing', 'error', { section: section.title });
      continue;
    }
    if ('fields' in section) {
      const found = where.fields.get(section.id);
      for (const field of section.fields) {
        if (!found?.has(field.key)) {
          reader.add(null, null, 'form_field_missing', 'error', { section: section.title, label: field.label });
        }
      }
    } else {
      const missing = where.tables.get(section.id)?.missingHeaders ?? [];
      if (missing.length > 0) {
        reader.add(null, null, 'form_headers_missing', 'error', {
          section: section.title,
          headers: missing,
        });
      }
    }
  }
}

function checkCode(reader: FormReader, where: FormLocation): void {
  const place = where.fields.get(organisationSection.id)?.get('code');
  if (!place) return;
  const code = cellText(reader.cell(place.row, place.column + 1)).trim();
  if (code.toLowerCase() !== reader.ctx.org.code.trim().toLowerCase()) {
    reader.add(place.row, place.column + 1, 'form_code_mismatch', 'error', {
      code: code.slice(0, 60),
      tab: reader.sheet.name,
    });
  }
}

/** Nothing entered in any cell the organisation may edit. */
function isEmpty(sheet: SheetData, where: FormLocation, type: string): boolean {
  const filled = (r: number, c: number) => !isBlankCell(sheet.values[r]?.[c]) || Boolean(sheet.links?.[r]?.[c]);
  for (const section of formSections) {
    if (section.id === 'organisation' || !(section.types as readonly string[]).includes(type)) continue;
    if ('fields' in section) {
      for (const place of where.fields.get(section.id)?.values() ?? [])
        if (filled(place.row, place.column + 1)) return false;
      continue;
    }
    const table = where.tables.get(section.id);
    if (!table) continue;
    const columns = section.columns.filter((c) => !('locked' in c && c.locked)).map((c) => table.columns.get(c.key));
    for (const r of table.rows) for (const c of columns) if (c !== undefined && filled(r, c)) return false;
  }
  return true;
}

function toResponsible(s: ScalarValues<typeof responsibleSection.fields>, reader: FormReader): Responsible {
  const fullName = s.cells.get('fullName');
  // Entered but wrong (a value was there, none came out): «указан с ошибкой», never «не заполнено».
  const invalid = responsibleKeys.filter((key) => s.cells.has(key) && !s.blanks.has(key) && s.values[key] === null);
  const typed: Partial<Record<(typeof invalid)[number], string>> = {};
  for (const key of invalid) {
    const at = s.cells.get(key);
    if (at) typed[key] = cellText(reader.cell(at.row, at.column), reader.ctx.timeZone);
  }
  return { ...s.values, row: fullName ? fullName.row + 1 : null, invalid, typed };
}

/** Section 3 with the `hours.*` fields grouped under `hours`, and optional counts left blank read as 0 (none). */
function toProfminimum(s: ScalarValues<typeof profminimumSection.fields>): Profminimum {
  const flat: Record<string, unknown> = { ...s.values };
  const hours: Record<string, unknown> = {};
  for (const field of profminimumSection.fields) {
    if (!field.required && field.type === 'count' && s.blanks.has(field.key)) flat[field.key] = 0;
    if (field.key.startsWith('hours.')) {
      hours[field.key.slice('hours.'.length)] = flat[field.key];
      delete flat[field.key];
    }
  }
  // The keys were regrouped as `Profminimum` (derived from the same spec) describes them.
  return { ...flat, hours } as unknown as Profminimum;
}

function readDecisions(reader: FormReader, where: FormLocation): DecisionRow[] {
  const table = where.tables.get(decisionsSection.id);
  if (!table || table.headerRow === null) return [];
  const text = (r: number, key: string) => {
    const c = table.columns.get(key);
    return c === undefined ? '' : cellText(reader.cell(r, c), reader.ctx.timeZone).slice(0, 50_000);
  };
  return table.rows.map((r) => ({
    code: cellText(reader.cell(r, recommendationCodeColumn)),
    recommendation: text(r, 'recommendation'),
    decision: text(r, 'decision'),
    document: text(r, 'document'),
    row: r + 1,
  }));
}
