import {
  eventsSection,
  profminimumSection,
  responsibleSection,
  roadmapSection,
  trainingSection,
} from '../../core/form/form-spec';
import { normaliseFormText } from '../../core/form/form-text';
import type { OutputSheet, OutValue } from '../../core/grid/output-sheet';

/** What a school types into its form: scalars by field key, tables row by row. */
export interface FormEntries {
  /** By field key of sections 2–3 (`fullName`, `pupils69`, `hours.lessons`…). */
  readonly fields: Readonly<Record<string, OutValue>>;
  /** Section 4, in the order of the template's rows: `[status, date, evidence, comment]`, or null to leave blank. */
  readonly roadmap: readonly (readonly OutValue[] | null)[];
  /** Section 5 rows `[event, date, grades, participants, winners, evidence]`. */
  readonly events: readonly (readonly OutValue[])[];
  /** Section 6 rows `[name, programme, hours, finished, document]`. */
  readonly training: readonly (readonly OutValue[])[];
}

const labelOfKey = new Map<string, string>(
  [...responsibleSection.fields, ...profminimumSection.fields].map((f) => [f.key, normaliseFormText(f.label)]),
);

/**
 * The template with a school's entries typed into it, as a school would: found by label and
 * section title, never by fixed rows. Never mutates the template.
 *
 * @param template - `orgTemplate(org, roadmap, settings)`
 * @param entries - what to type
 * @example fillForm(orgTemplate(org, roadmap, settings), { fields: { fullName: 'Иванова Анна Петровна' }, roadmap: [], events: [], training: [] })
 */
export function fillForm(template: OutputSheet, entries: FormEntries): OutputSheet {
  const rows: OutValue[][] = template.rows.map((r) => [...r]);
  const rowOf = new Map<string, number>();
  rows.forEach((row, i) => {
    const a = row[0];
    if (typeof a === 'string') {
      const key = normaliseFormText(a);
      if (!rowOf.has(key)) rowOf.set(key, i);
    }
  });
  const set = (r: number, c: number, value: OutValue) => {
    const row = rows[r] ?? [];
    while (row.length <= c) row.push(null);
    row[c] = value;
    rows[r] = row;
  };
  for (const [key, value] of Object.entries(entries.fields)) {
    const label = labelOfKey.get(key);
    const r = label === undefined ? undefined : rowOf.get(label);
    if (r !== undefined) set(r, 1, value);
  }
  const headerOf = (title: string) => {
    const r = rowOf.get(normaliseFormText(title));
    return r === undefined ? null : r + 1;
  };
  const roadmapHeader = headerOf(roadmapSection.title);
  if (roadmapHeader !== null) {
    entries.roadmap.forEach((values, i) => {
      values?.forEach((v, c) => {
        set(roadmapHeader + 1 + i, 3 + c, v);
      });
    });
  }
  for (const [title, table] of [
    [eventsSection.title, entries.events],
    [trainingSection.title, entries.training],
  ] as const) {
    const header = headerOf(title);
    if (header === null) continue;
    table.forEach((values, i) => {
      values.forEach((v, c) => {
        set(header + 1 + i, c, v);
      });
    });
  }
  return { ...template, rows };
}
