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
import { fillForm } from './fill-form';
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

const day = 86_400_000;
const shift = (d: IsoDate, days: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + days * day).toISOString().slice(0, 10);

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
    const doneOn = random.chance(0.8) ? last.end : shift(last.end, random.int(3, 20));
    const evidence = `Приказ комитета № ${random.int(100, 999)}-у от ${doneOn.slice(8, 10)}.${doneOn.slice(5, 7)}.${doneOn.slice(0, 4)}`;
    return { ...item, committee: { status: 'выполнено', doneOn, evidence } };
  });
  return { ...roadmap, items };
}

/**
 * A plainly fictional city in one-file form (committee tabs and one form per organisation), the
 * forms filled through the template as schools would, a share with mistakes, empty or missing,
 * and `Состояние` saying when each was first seen submitted (some after the deadline).
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
  const forms: OutputSheet[] = [];
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
    forms.push(empty ? template : fillForm(template, form.entries));
    if (!empty && !faulty) {
      const y = random.next();
      const firstSubmitted =
        y < 0.75
          ? shift(options.deadline, -random.int(0, 20))
          : y < 0.9
            ? shift(options.deadline, random.int(1, 6))
            : null;
      if (firstSubmitted) states.push({ code: org.code, firstSubmitted, hash: null, lastReminder: null });
    }
  }
  // The book's identity, fixed for a seed so the demo book is the same on every run.
  const marker = markerSheet({ book: `demo-${options.seed}`, collected: [] });
  const committee = [...committeeSheets({ settings, orgs, roadmap, states }), marker];
  const sheets = [...committee, ...forms];
  const committeeData = committee.map(sheetDataOf);
  return {
    orgs,
    roadmap,
    settings,
    sheets,
    workbook: { committee: committeeData, reports: [...committeeData, ...forms.map(sheetDataOf)], timeZone: 'UTC' },
  };
}
