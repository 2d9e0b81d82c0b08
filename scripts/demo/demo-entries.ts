import { addIsoDays } from '../../core/dates/add-iso-days';
import { daysBetween } from '../../core/dates/days-between';
import { formatRuDate } from '../../core/dates/format-ru-date';
import type { DateWindow, IsoDate } from '../../core/dates/iso-date';
import type { Organisation } from '../../core/directory/organisation';
import { eventOptions } from '../../core/roadmap/event-options';
import { formRoadmapRows } from '../../core/roadmap/form-roadmap-rows';
import type { Roadmap } from '../../core/roadmap/roadmap-item';
import type { OutValue } from '../../core/grid/output-sheet';
import type { FormEntries } from './fill-form';
import { type Person, person, positions } from './people';
import type { Prng } from './prng';

/** Mistakes a school makes in the demo: each gives the check something real to say. */
export const demoMistakes = [
  'number_in_words',
  'bad_phone',
  'covered_over_pupils',
  'no_confirmation',
  'bad_email',
] as const;
export type DemoMistake = (typeof demoMistakes)[number];

/** `ДД.ММ.ГГГГ`: dates are typed as text, as schools type them. */
const dotted = (iso: IsoDate) => formatRuDate(iso);

function dateBetween(random: Prng, from: IsoDate, to: IsoDate): IsoDate {
  return addIsoDays(from, random.int(0, Math.max(0, daysBetween(from, to))));
}
const dayBefore = (d: IsoDate) => addIsoDays(d, -1);
/** A count as a school types it: mostly text, sometimes with a thousands space. */
const typed = (random: Prng, n: number): OutValue =>
  random.chance(0.3)
    ? n
    : n >= 1000 && random.chance(0.5)
      ? `${Math.floor(n / 1000)} ${String(n % 1000).padStart(3, '0')}`
      : String(n);

/** The demo values of one organisation, and its pupil counts (for the directory's ОО-1 columns). */
export interface DemoForm {
  readonly entries: FormEntries;
  readonly pupils69: number | null;
  readonly pupils1011: number | null;
}

/**
 * Plausible, fictional answers of one organisation as of a date: section 2, section 3 for an
 * ООО (level, pupils, coverage, «Билет в будущее», hours around the level's threshold), section 4
 * mostly done for windows past, events and training; plus the given mistakes.
 *
 * @param random - the generator
 * @param org - the organisation
 * @param roadmap - the roadmap in force
 * @param asOf - the report date
 * @param mistakes - mistakes to make
 * @example demoEntries(prng(1), org, builtinRoadmap(), '2024-02-01', ['bad_phone']).entries.fields.phone // '12-34'
 */
export function demoEntries(
  random: Prng,
  org: Organisation,
  roadmap: Roadmap,
  asOf: IsoDate,
  mistakes: readonly DemoMistake[] = [],
): DemoForm {
  const who = person(random);
  const has = (m: DemoMistake) => mistakes.includes(m);
  const fields: Record<string, OutValue> = {
    fullName: who.fullName,
    position: random.pick(positions),
    phone: has('bad_phone') ? '12-34' : `8 (351) ${random.int(200, 799)}-${random.int(10, 99)}-${random.int(10, 99)}`,
    email: has('bad_email') ? `${org.code.toLowerCase()}@@example` : `${org.code.toLowerCase()}.prof@example.ru`,
    orderNumber: `01-0${random.int(1, 9)}/${random.int(10, 399)}`,
    orderDate: dotted(dateBetween(random, '2023-08-20', '2023-10-15')),
  };
  let pupils69: number | null = null;
  let pupils1011: number | null = null;
  const level = org.type === 'ООО' ? schoolLevel(random) : null;
  if (org.type === 'ООО') {
    pupils69 = random.int(180, 900);
    pupils1011 = org.name.includes('ООШ') ? 0 : random.int(40, 260);
    const all = pupils69 + pupils1011;
    const covered69 = Math.round(pupils69 * (random.chance(0.6) ? 1 : 0.8 + random.next() * 0.2));
    const covered1011 = Math.round(pupils1011 * (random.chance(0.6) ? 1 : 0.8 + random.next() * 0.2));
    const higher = level === 'основной' || level === 'продвинутый';
    const bvb = higher
      ? random.chance(0.08)
        ? 0
        : Math.round(all * (0.5 + random.next() * 0.45))
      : Math.round(all * random.next() * 0.4);
    Object.assign(fields, {
      level: level ?? null,
      pupils69: has('number_in_words') ? 'около трёхсот' : typed(random, pupils69),
      pupils1011: typed(random, pupils1011),
      covered69: has('covered_over_pupils') ? typed(random, pupils69 + random.int(5, 40)) : typed(random, covered69),
      covered1011: typed(random, covered1011),
      bvbRegistered: typed(random, bvb),
      diagnostics: typed(random, Math.round(bvb * (0.6 + random.next() * 0.4))),
      trials: typed(random, higher && random.chance(0.1) ? 0 : Math.round(all * random.next() * 0.35)),
      navigators: String(random.int(0, 4)),
      ...hours(random, level),
      ...(random.chance(0.1) ? { engineeringClasses: '1', engineeringPupils: String(random.int(22, 28)) } : {}),
    });
  }
  const trained = level === 'основной' || level === 'продвинутый' ? random.chance(0.85) : random.chance(0.4);
  return {
    entries: {
      fields,
      roadmap: roadmapEntries(random, org, roadmap, asOf, has('no_confirmation')),
      events: eventEntries(random, org, roadmap, asOf),
      training: trainingEntries(random, who, trained, asOf),
    },
    pupils69,
    pupils1011,
  };
}

function schoolLevel(random: Prng): 'базовый' | 'основной' | 'продвинутый' | null {
  const x = random.next();
  if (x < 0.45) return 'базовый';
  if (x < 0.85) return 'основной';
  if (x < 0.96) return 'продвинутый';
  return null;
}

/** Planned hours around the level's threshold (40/60/80), a share of schools short of it. */
function hours(random: Prng, level: string | null): Record<string, OutValue> {
  const target = level === 'продвинутый' ? 80 : level === 'основной' ? 60 : 40;
  const short = random.chance(0.15);
  const extracurricular = short && random.chance(0.3) ? 20 : 34;
  const rest = Math.max(0, target - 34 + (short ? -random.int(4, 12) : random.int(0, 10)));
  const lessons = Math.round(rest * 0.4);
  const upbringing = Math.round(rest * 0.3);
  const parents = Math.round(rest * 0.1);
  const additional = rest - lessons - upbringing - parents;
  return {
    'hours.lessons': String(lessons),
    'hours.extracurricular': String(extracurricular),
    'hours.upbringing': String(upbringing),
    'hours.additional': String(additional),
    'hours.vocational': '0',
    'hours.parents': String(parents),
  };
}

function evidenceText(random: Prng, org: Organisation, date: IsoDate): OutValue {
  if (random.chance(0.3)) {
    return {
      kind: 'link',
      url: `https://example.ru/${org.code.toLowerCase()}/docs/${date}`,
      text: `Приказ № ${random.int(1, 300)} от ${dotted(date)}`,
    };
  }
  return `Приказ № ${random.int(1, 300)}-о от ${dotted(date)}`;
}

function roadmapEntries(
  random: Prng,
  org: Organisation,
  roadmap: Roadmap,
  asOf: IsoDate,
  missingConfirmation: boolean,
) {
  const items = new Map(roadmap.items.map((i) => [i.id, i]));
  let spoiled = !missingConfirmation;
  return formRoadmapRows(roadmap, org.type).map((row): OutValue[] | null => {
    const window: DateWindow | undefined = items.get(row.itemId)?.windows[row.window - 1];
    if (!window || window.start >= asOf) return null;
    const yearStart = '2023-08-01';
    const from = window.start < yearStart ? yearStart : window.start;
    if (window.end < asOf) {
      const x = random.next();
      if (x < 0.12) return random.chance(0.5) ? null : ['в работе'];
      if (x < 0.15) return ['не участвуем', null, null, 'Нет обучающихся нужной категории'];
      const late = x > 0.93;
      const date = late ? dateBetween(random, window.end, dayBefore(asOf)) : dateBetween(random, from, window.end);
      if (!spoiled) {
        spoiled = true;
        return ['выполнено', dotted(date), null];
      }
      return ['выполнено', dotted(date), evidenceText(random, org, date)];
    }
    const x = random.next();
    if (x < 0.3) {
      const date = dateBetween(random, from, dayBefore(asOf));
      return ['выполнено', dotted(date), evidenceText(random, org, date)];
    }
    return x < 0.8 ? ['в работе'] : null;
  });
}

function eventEntries(random: Prng, org: Organisation, roadmap: Roadmap, asOf: IsoDate): OutValue[][] {
  const items = new Map(roadmap.items.map((i) => [i.id, i]));
  const open = eventOptions(roadmap, org.type).flatMap((option) => {
    const window = items.get(option.itemId)?.windows.find((w) => w.start < asOf && w.end >= '2023-09-01');
    return window ? [{ option, window }] : [];
  });
  const rows: OutValue[][] = [];
  const count = random.chance(0.15) ? 0 : random.int(1, 3);
  for (let i = 0; i < count && open.length > 0; i++) {
    const { option, window } = random.pick(open);
    const from = window.start < '2023-09-01' ? '2023-09-01' : window.start;
    const date = dateBetween(random, from, window.end < asOf ? window.end : dayBefore(asOf));
    const participants = org.type === 'ДОО' ? random.int(3, 20) : random.int(5, 60);
    rows.push([
      option.label,
      dotted(date),
      org.type === 'ДОО' ? null : random.pick(['8-9', '6-11', '10-11', '7', '8, 9']),
      String(participants),
      String(random.int(0, Math.min(5, participants))),
      evidenceText(random, org, date),
    ]);
  }
  return rows;
}

function trainingEntries(random: Prng, who: Person, trained: boolean, asOf: IsoDate): OutValue[][] {
  const rows: OutValue[][] = [];
  if (trained) {
    const date = dateBetween(random, '2022-01-10', dayBefore(asOf));
    rows.push([
      who.short,
      'Профориентационная работа в школе',
      String(random.pick([36, 72, 36, 48])),
      dotted(date),
      `Удостоверение № ${random.int(1000, 9999)}`,
    ]);
  }
  if (random.chance(0.35)) {
    const other = person(random);
    const date = dateBetween(random, '2020-06-01', '2023-12-20');
    rows.push([
      other.fullName,
      'Билет в будущее: педагог-навигатор',
      String(random.pick([16, 24, 36])),
      dotted(date),
      `Сертификат № ${random.int(100, 999)}`,
    ]);
  }
  return rows;
}
