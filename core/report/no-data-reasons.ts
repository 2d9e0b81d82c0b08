import { cityArea } from '../history/history-row';
import { type IndicatorKey, isShare } from '../indicators/indicator-catalogue';
import { shareNotes } from './share-notes';
import type { Stats } from '../indicators/stats';
import type { SummaryJson } from '../outputs/summary-json';

/** Why `onTime` has no value: the settings and `Состояние` come before the organisations. */
function onTimeReason(basis: SummaryJson['onTimeBasis']): string {
  if (basis.deadline === null) return 'в «Настройках» не указан «Срок сдачи»';
  if (!basis.stateKept) {
    return 'лист «Состояние» ещё не хранит дат первой сдачи: они записываются при сборке сводки, «в срок» считается со следующей';
  }
  return noDataText('onTime');
}

/** Why a figure of this kind has no value, from the report's notes on the shares. */
function noDataText(key: IndicatorKey): string {
  return isShare(key) ? shareNotes[key].noData : 'нет данных';
}

/** The figures a page shows: each with its label, and whether it is shown for every district too. */
export type ShownFigures = readonly {
  readonly key: IndicatorKey;
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
    const empty = areas.filter(([, s]) => s.figures[key].value === null).map(([name]) => name);
    if (empty.length === 0) continue;
    const where =
      empty.length === areas.length && areas.length > 1
        ? 'город и все районы'
        : empty.map((name) => (name === cityArea ? 'город' : name)).join(', ');
    const reason = key === 'onTime' ? onTimeReason(json.onTimeBasis) : noDataText(key);
    lines.push(`«${label}» (${where}): ${reason}.`);
  }
  return lines;
}
