import { cityArea } from '../history/history-row';
import type { RatioIndicator, Stats } from '../indicators/stats';
import type { SummaryJson } from '../outputs/summary-json';

/** Why a figure of this kind has no value, when nothing more specific applies. */
const reasons: Readonly<Record<RatioIndicator, string>> = {
  completeness: 'нет действующих организаций',
  onTime: 'нет действующих организаций',
  responsibleAssigned: 'нет действующих организаций',
  coverage: 'ни одна ООО не указала без ошибок численность обучающихся 6–11 классов и их охват',
  bvbRegistered: 'ни одна ООО не указала без ошибок численность обучающихся 6–11 классов и число зарегистрированных',
  diagnostics: 'ни одна ООО не указала без ошибок численность обучающихся и число прошедших диагностику',
  trials: 'ни одна ООО не указала без ошибок численность обучающихся и число прошедших пробы',
  levelConfirmed: 'ни одна ООО не указала без ошибок уровень профминимума и все часы плана',
  trainedAtHigherLevels: 'нет ООО на основном или продвинутом уровне, сдавших отчёт',
  roadmapDone: 'ни у одного пункта ещё не истёк срок (пункты без срока и строки «не участвуем» не считаются)',
};

/** Why `onTime` has no value: the settings and `Состояние` come before the organisations. */
function onTimeReason(basis: SummaryJson['onTimeBasis']): string {
  if (basis.deadline === null) return 'в «Настройках» не указан «Срок сдачи»';
  if (!basis.stateKept) {
    return 'лист «Состояние» ещё не хранит дат первой сдачи: они записываются при сборке сводки, «в срок» считается со следующей';
  }
  return reasons.onTime;
}

/** The figures a page shows: each with its label, and whether it is shown for every district too. */
export type ShownFigures = readonly {
  readonly key: RatioIndicator;
  readonly label: string;
  readonly districts: boolean;
}[];

/**
 * The reasons behind every «нет данных» a page shows, one line per figure: which figure, where
 * (the city, or the districts named) and why — `Срок сдачи` not set or `Состояние` not yet kept
 * for «Сдали в срок», no deadline passed for the roadmap, no organisation giving the data without
 * errors for the others. Empty when every figure shown has a value.
 *
 * @param json - the summary
 * @param shown - the figures the page shows
 * @example noDataReasons(json, [{ key: 'onTime', label: 'Сдали в срок', districts: false }]) // ['«Сдали в срок» (город): в «Настройках» не указан «Срок сдачи».']
 */
export function noDataReasons(
  json: Pick<SummaryJson, 'city' | 'districts' | 'onTimeBasis'>,
  shown: ShownFigures,
): string[] {
  const districts = Object.entries(json.districts);
  const lines: string[] = [];
  for (const { key, label, districts: byDistrict } of shown) {
    const areas: [string, Stats][] = [[cityArea, json.city], ...(byDistrict ? districts : [])];
    const empty = areas.filter(([, s]) => s[key].value === null).map(([name]) => name);
    if (empty.length === 0) continue;
    const where =
      empty.length === areas.length && areas.length > 1
        ? 'город и все районы'
        : empty.map((name) => (name === cityArea ? 'город' : name)).join(', ');
    const reason = key === 'onTime' ? onTimeReason(json.onTimeBasis) : reasons[key];
    lines.push(`«${label}» (${where}): ${reason}.`);
  }
  return lines;
}
