import { addIsoDays } from '../../core/dates/add-iso-days';
import { daysBetween } from '../../core/dates/days-between';
import { formatRuDate } from '../../core/dates/format-ru-date';
import type { IsoDate } from '../../core/dates/iso-date';
import type { OrgState } from '../../core/directory/org-state';
import type { Organisation, OrgType } from '../../core/directory/organisation';
import { defaultSettings } from '../../core/directory/read-settings';
import type { Settings } from '../../core/directory/settings';
import { orgTemplate } from '../../core/form/render-org-tab';
import type { WorkbookData } from '../../core/grid/sheet-data';
import type { OutputSheet } from '../../core/grid/output-sheet';
import { committeeSheets } from '../../core/outputs/committee-tabs';
import { markerSheet } from '../../core/form/marker-sheet';
import { builtinRoadmap } from '../../core/roadmap/builtin-roadmap';
import type { Roadmap } from '../../core/roadmap/roadmap-item';
import { demoOrgs } from './demo-orgs';
import { type DemoMistake, demoEntries, demoMistakes } from './demo-entries';
import { type FormEntries, fillForm } from './fill-form';
import { type Prng, prng } from './prng';
import { sheetDataOf } from './sheet-data-of';

export interface CityOptions {
  readonly seed: number;
  readonly counts: Readonly<Record<OrgType, number>>;
  readonly asOf: IsoDate;
  readonly deadline: IsoDate;
  /** Share of organisations with mistakes, empty tabs and missing tabs. */
  readonly shares?: { readonly mistakes: number; readonly empty: number; readonly missing: number };
}

/** A generated city: the book's tabs as written and as the core reads them. */
export interface DemoCity {
  readonly orgs: readonly Organisation[];
  readonly roadmap: Roadmap;
  readonly settings: Settings;
  /** Committee tabs then organisation tabs, in the book's order. */
  readonly sheets: readonly OutputSheet[];
  readonly workbook: WorkbookData;
  /**
   * The book as it stood on an earlier date: the forms of organisations not yet seen submitted by
   * then (per `Состояние`) still blank templates, `Состояние` holding only the dates up to then.
   */
  readonly workbookOn: (date: IsoDate) => WorkbookData;
}

export const demoOptions: CityOptions = {
  seed: 20240201,
  counts: { ООО: 150, ДОО: 30, ОДО: 10 },
  asOf: '2024-02-01',
  deadline: '2024-01-25',
};

function mistakesOf(random: Prng): DemoMistake[] {
  const first = random.pick(demoMistakes);
  const second = random.pick(demoMistakes);
  return random.chance(0.3) && second !== first ? [first, second] : [first];
}

const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
/** A day between two dates, both included (`from` when `to` is earlier). */
const dayBetween = (random: Prng, from: IsoDate, to: IsoDate): IsoDate =>
  addIsoDays(from, random.int(0, Math.max(0, daysBetween(from, to))));

/** The latest date a school typed anywhere in its form (`ДД.ММ.ГГГГ`): it cannot have submitted before it. */
function lastTypedDate(entries: FormEntries): IsoDate | null {
  let last: IsoDate | null = null;
  const visit = (value: unknown) => {
    const text =
      typeof value === 'string'
        ? value
        : typeof value === 'object' && value !== null && 'text' in value
          ? String(value.text)
          : '';
    for (const [, d, m, y] of text.matchAll(/\b(\d{2})\.(\d{2})\.(\d{4})\b/g)) {
      const iso = `${y}-${m}-${d}`;
      if (last === null || iso > last) last = iso;
    }
  };
  for (const value of Object.values(entries.fields)) visit(value);
  for (const row of [...entries.roadmap, ...entries.events, ...entries.training]) for (const v of row ?? []) visit(v);
  return last;
}

/**
 * When a school that submitted without errors was first seen submitted (`Состояние`): never before
 * the last date typed in its form; most by the deadline (some already in December), some after it,
 * and one in ten not yet recorded (this build records it).
 */
function firstSeen(random: Prng, options: CityOptions, typed: IsoDate | null): IsoDate | null {
  const y = random.next();
  const earliest = later(typed ?? '2023-09-01', addIsoDays(options.deadline, -40));
  const onTime = earliest <= options.deadline;
  if (y < 0.75 && onTime) return dayBetween(random, earliest, options.deadline);
  if (y < 0.9) {
    const from = later(earliest, addIsoDays(options.deadline, 1));
    return from < options.asOf ? dayBetween(random, from, addIsoDays(options.asOf, -1)) : null;
  }
  return null;
}

/**
 * The committee's own items marked as a committee would: most windows already closed done
 * (a few late), one left overdue, open ones in progress.
 */
function withCommitteeExecution(roadmap: Roadmap, asOf: IsoDate, random: Prng): Roadmap {
  const items = roadmap.items.map((item) => {
    const last = item.windows[item.windows.length - 1];
    if (item.reporters.length > 0 || !last || item.kind !== 'пункт') return item;
    if (last.end >= asOf) return { ...item, committee: { status: 'в работе', doneOn: null, evidence: '' } };
    if (random.chance(0.15)) return item;
    const doneOn = random.chance(0.8) ? last.end : addIsoDays(last.end, random.int(3, 20));
    const evidence = `Приказ комитета № ${random.int(100, 999)}-у от ${formatRuDate(doneOn)}`;
    return { ...item, committee: { status: 'выполнено', doneOn, evidence } };
  });
  return { ...roadmap, items };
}

/**
 * A plainly fictional city in one-file form (committee tabs and one form per organisation), the
 * forms filled through the template as schools would, a share with mistakes, empty or missing,
 * and `Состояние` saying when each was first seen submitted (some after the deadline, never before
 * the last date the school typed); `workbookOn` gives the book as it stood on an earlier date.
 * Deterministic for a seed.
 *
 * @param options - seed, sizes, dates
 * @example generateCity(demoOptions).orgs.length // 190
 */
export function generateCity(options: CityOptions): DemoCity {
  const random = prng(options.seed);
  const shares = options.shares ?? { mistakes: 0.2, empty: 0.05, missing: 0.05 };
  const roadmap = withCommitteeExecution(builtinRoadmap(), options.asOf, random);
  const settings: Settings = {
    ...defaultSettings({ start: 2023 }),
    reportDate: options.asOf,
    deadline: options.deadline,
    summaryRecipients: ['rukovodstvo@example.ru'],
    committeeStaff: ['metodist@example.ru'],
  };
  const orgs: Organisation[] = [];
  const forms: { readonly sheet: OutputSheet; readonly template: OutputSheet; readonly code: string }[] = [];
  const states: OrgState[] = [];
  for (const base of demoOrgs(random, options.counts)) {
    const x = random.next();
    const missing = x < shares.missing;
    const empty = !missing && x < shares.missing + shares.empty;
    const faulty = !missing && !empty && x < shares.missing + shares.empty + shares.mistakes;
    const form = demoEntries(random, base, roadmap, options.asOf, faulty ? mistakesOf(random) : []);
    // ОО-1 counts for about half the schools, mostly close to the school's own figures.
    const withOo1 = base.type === 'ООО' && form.pupils69 !== null && random.chance(0.5);
    const drift = () => (random.chance(0.9) ? 1 + (random.next() - 0.5) * 0.04 : 1.1);
    const org: Organisation = withOo1
      ? {
          ...base,
          pupils69: Math.round((form.pupils69 ?? 0) * drift()),
          pupils1011: Math.round((form.pupils1011 ?? 0) * drift()),
        }
      : base;
    orgs.push(org);
    if (missing) continue;
    const template = orgTemplate(org, roadmap, settings);
    forms.push({ code: org.code, template, sheet: empty ? template : fillForm(template, form.entries) });
    if (!empty && !faulty) {
      const firstSubmitted = firstSeen(random, options, lastTypedDate(form.entries));
      // A school that left its level blank has an error: it was never seen submitted.
      const complete = org.type !== 'ООО' || form.entries.fields.level !== null;
      if (firstSubmitted && complete) states.push({ code: org.code, firstSubmitted, hash: null, lastReminder: null });
    }
  }
  // The book's identity, fixed for a seed so the demo book is the same on every run.
  const marker = markerSheet({ book: `demo-${options.seed}`, collected: [] });
  const book = (date: IsoDate | null) => {
    const seen = states.filter((s) => date === null || (s.firstSubmitted !== null && s.firstSubmitted <= date));
    const submitted = new Set(seen.map((s) => s.code));
    const committee = [...committeeSheets({ settings, orgs, roadmap, states: seen }), marker];
    const tabs = forms.map((f) => (date === null || submitted.has(f.code) ? f.sheet : f.template));
    return { sheets: [...committee, ...tabs], committee };
  };
  const now = book(null);
  const workbookOf = ({ sheets, committee }: ReturnType<typeof book>): WorkbookData => {
    const committeeData = committee.map(sheetDataOf);
    return {
      committee: committeeData,
      reports: [...committeeData, ...sheets.slice(committee.length).map(sheetDataOf)],
      timeZone: 'UTC',
    };
  };
  return {
    orgs,
    roadmap,
    settings,
    sheets: now.sheets,
    workbook: workbookOf(now),
    workbookOn: (date) => workbookOf(book(date)),
  };
}
