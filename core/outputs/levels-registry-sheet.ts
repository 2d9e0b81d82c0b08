import { tabNames } from '../grid/tab-names';
import type { CheckReport, OrgCheck } from '../check/check-report';
import { type LevelCheck, levelCheck } from '../form/level-check';
import { pupilBands } from '../indicators/org-stats';
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
    return [`нет: в плане ${check.totalHours} ч при минимуме ${check.threshold} ч`, 'red'];
  }
  return [`нет: внеурочной деятельности ${check.extracurricular} ч при обязательных ${check.course} ч`, 'red'];
}

/**
 * `Реестр уровней` (item 5.1.3): one row per ООО with its declared level, pupils, planned hours,
 * whether the hours confirm the level (and why not), «Билет в будущее» and the responsible person.
 *
 * @param report - the check
 * @param stampLine - the «Сформировано …» line
 * @example levelsRegistrySheet(report, line).rows[2] // ['Калининский', 'S1', 'МБОУ …', '7451…', 'основной', 150, 64, 'да', 120, 'Иванова Анна Петровна']
 */
export function levelsRegistrySheet(report: CheckReport, stampLine: string): OutputSheet {
  const fills: { row: number; column: number; fill: Fill }[] = [];
  const rows: OutValue[][] = [];
  for (const check of byDistrict(report.orgs.filter((c) => c.org.type === 'ООО'))) {
    const reported = check.status !== 'missing' && check.status !== 'empty';
    const sub = reported ? check.submission : null;
    const pm = sub?.profminimum ?? null;
    const level = levelCheck(pm, report.settings.thresholds);
    const bands = pm ? pupilBands(check, pm) : null;
    const [text, fill] = confirmation(level, reported, Boolean(pm?.level));
    if (fill) fills.push({ row: rows.length, column: 7, fill });
    rows.push([
      check.org.district,
      check.org.code,
      check.org.name,
      check.org.inn,
      pm?.level ?? 'не указан',
      bands && bands.p69 !== null && bands.p1011 !== null ? bands.p69 + bands.p1011 : null,
      level?.totalHours ?? null,
      text,
      pm?.bvbRegistered ?? null,
      schoolText(sub?.responsible.fullName),
    ]);
  }
  return tableSheet({
    name: tabNames.levels,
    intro: [[stampLine]],
    headers: [
      'Район',
      'Код',
      'Наименование',
      'ИНН',
      'Заявленный уровень',
      'Обучающихся 6–11 классов',
      'Часов в плане',
      'Уровень подтверждён',
      'Зарегистрировано на «Билете в будущее»',
      'Ответственный',
    ],
    rows,
    widths: [140, 90, 320, 110, 120, 110, 90, 300, 140, 240],
    textColumns: [1, 3],
    wrapColumns: [2, 7],
    fills,
    frozenColumns: 2,
  });
}
