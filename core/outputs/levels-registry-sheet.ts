import { tabNames } from '../grid/tab-names';
import type { CheckReport, OrgCheck } from '../check/check-report';
import { type LevelCheck, levelCheck } from '../form/level-check';
import type { Indicators } from '../indicators/compute-indicators';
import { countedPhrase, exclusionText } from '../indicators/counted-text';
import { formatCount } from '../indicators/format-count';
import { indicatorSpec } from '../indicators/indicator-catalogue';
import { formatNumber } from '../issues/format-number';
import { pupilBands } from '../indicators/org-stats';
import type { Figure } from '../indicators/figure';
import type { Stats } from '../indicators/stats';
import type { Fill, OutputSheet, OutValue } from '../grid/output-sheet';
import { schoolText } from './school-text';
import { tableSheet } from './table-sheet';

const collator = new Intl.Collator('ru');

/** Organisations by district (in Russian alphabetical order), then in directory order; linear, one sort of the names. */
export function byDistrict(orgs: readonly OrgCheck[]): OrgCheck[] {
  const groups = new Map<string, OrgCheck[]>();
  for (const check of orgs) {
    const group = groups.get(check.org.district);
    if (group) group.push(check);
    else groups.set(check.org.district, [check]);
  }
  return [...groups.keys()].sort(collator.compare).flatMap((name) => groups.get(name) ?? []);
}

function confirmation(check: LevelCheck | null, reported: boolean, hasLevel: boolean): [string, Fill | null] {
  if (!reported) return ['нет данных: отчёт не сдан', null];
  if (!hasLevel) return ['нет данных: уровень не указан', null];
  if (!check) return ['нет данных: часы заполнены не полностью', null];
  if (check.confirmed) return ['да', 'green'];
  if (check.totalHours < check.threshold) {
    return [`нет: в плане ${formatNumber(check.totalHours)} ч при минимуме ${formatNumber(check.threshold)} ч`, 'red'];
  }
  return [
    `нет: внеурочной деятельности ${formatNumber(check.extracurricular)} ч при обязательных ${formatNumber(check.course)} ч`,
    'red',
  ];
}

/** Why a school's «Билет в будущее» enters the indicator otherwise than its report says ('' when as reported). */
function rowNote(f: Figure | undefined): string {
  if (!f) return '';
  // A school without a report is said so in «Уровень подтверждён»; here only what it wrote wrong.
  if (f.excluded.fields_invalid) return `не учтено: ${exclusionText('fields_invalid', indicatorSpec('bvbRegistered'))}`;
  return f.oo1 && f.oo1.capped > 0 ? `ограничено численностью по ОО-1 (−${formatCount(f.oo1.cappedPupils)})` : '';
}

/**
 * `Реестр уровней` (item 5.1.3): one row per ООО with its declared level, pupils (ОО-1 where the
 * directory has it), planned hours, whether the hours confirm the level (and why not), «Билет в
 * будущее» as reported and as counted in the indicator, and why the two differ, and the responsible
 * person; then a total row whose «учтено» equals the indicator's numerator, with a note on why it
 * differs from what the schools reported.
 *
 * @param report - the check
 * @param stampLine - the «Сформировано …» line
 * @param indicators - the figures of each organisation and of the city
 * @example levelsRegistrySheet(report, line, indicators).rows[2] // ['Калининский', 'S1', 'МБОУ …', '7451…', 'основной', 150, 64, 'да', 120, 120, '', 'Иванова Анна Петровна']
 */
export function levelsRegistrySheet(
  report: CheckReport,
  stampLine: string,
  indicators: Pick<Indicators, 'city' | 'orgs'>,
): OutputSheet {
  const fills: { row: number; column: number; fill: Fill }[] = [];
  const rows: OutValue[][] = [];
  const bvb = { reported: 0, counted: 0, leftOut: 0, leftOutSchools: 0, capped: 0 };
  let confirmed = 0;
  let judged = 0;
  for (const check of byDistrict(report.orgs.filter((c) => c.org.type === 'ООО'))) {
    const hasReport = check.status !== 'missing' && check.status !== 'empty';
    const sub = hasReport ? check.submission : null;
    const pm = sub ? sub.profminimum : null;
    const level = levelCheck(pm, report.settings.thresholds);
    const bands = pm ? pupilBands(check, pm) : null;
    const stats = indicators.orgs.get(check.org.code);
    const figure = stats ? stats.figures.bvbRegistered : undefined;
    const counted = figure && figure.contributors > 0 ? figure.numerator : null;
    const reported = pm ? pm.bvbRegistered : null;
    const [text, fill] = confirmation(level, hasReport, Boolean(pm?.level));
    if (fill) fills.push({ row: rows.length, column: 7, fill });
    if (level) judged += 1;
    if (level?.confirmed) confirmed += 1;
    bvb.reported += reported || 0;
    bvb.counted += counted || 0;
    if (figure?.oo1) bvb.capped += figure.oo1.cappedPupils;
    if (counted === null && reported) {
      bvb.leftOut += reported;
      bvb.leftOutSchools += 1;
    }
    rows.push([
      check.org.district,
      check.org.code,
      check.org.name,
      check.org.inn,
      pm?.level ? pm.level : 'не указан',
      bands && bands.p69 !== null && bands.p1011 !== null ? bands.p69 + bands.p1011 : null,
      level ? level.totalHours : null,
      text,
      reported,
      counted,
      rowNote(figure),
      schoolText(sub ? sub.responsible.fullName : null),
    ]);
  }
  const total = rows.length;
  rows.push([
    'Итого',
    null,
    `ООО: ${total}`,
    null,
    null,
    null,
    null,
    `да: ${confirmed} из ${judged}`,
    bvb.reported,
    bvb.counted,
    totalNote(indicators.city, bvb),
    null,
  ]);
  return tableSheet({
    name: tabNames.levels,
    intro: [[stampLine]],
    headers: [
      'Район',
      'Код',
      'Наименование',
      'ИНН',
      'Заявленный уровень',
      'Обучающихся 6–11 классов (по ОО-1, где есть)',
      'Часов в плане',
      'Уровень подтверждён',
      'Зарегистрировано на «Билете в будущее» (по отчёту)',
      'Учтено в показателе «Билет в будущее»',
      'Почему учтено иначе',
      'Ответственный',
    ],
    rows,
    widths: [140, 90, 320, 110, 120, 110, 90, 300, 140, 140, 300, 240],
    textColumns: [1, 3],
    wrapColumns: [2, 7, 10],
    fills,
    boldRows: [total],
    // Two spaces right of the counted figure, so it does not run into the note beside it.
    numberFormats: [{ column: 9, pattern: '0"  "' }],
    frozenColumns: 2,
  });
}

/**
 * The total row's note: the «учтено» column adds up to the city's indicator; what the schools
 * reported differs from it by the schools left out (errors) and by the capping at ОО-1.
 */
function totalNote(
  city: Stats,
  bvb: { reported: number; counted: number; leftOut: number; leftOutSchools: number; capped: number },
): string {
  const f = city.figures.bvbRegistered;
  const head = `= показатель: ${formatCount(f.numerator)} из ${formatCount(f.denominator)} обучающихся 6–11 классов, ${countedPhrase(f)}.`;
  if (bvb.reported === bvb.counted) return head;
  const parts = [
    bvb.leftOut > 0 ? `${formatCount(bvb.leftOut)} — у школ с ошибками (${formatCount(bvb.leftOutSchools)})` : '',
    bvb.capped > 0 ? `${formatCount(bvb.capped)} — сверх численности по ОО-1` : '',
  ].filter(Boolean);
  return `${head} По отчётам — ${formatCount(bvb.reported)}, не учтены ${parts.join(', ')}.`;
}
