import { cityArea } from '../history/history-row';
import { notCountedPhrase } from '../indicators/counted-text';
import type { Exclusion, Figure } from '../indicators/figure';
import { type IndicatorKey, indicatorSpec, isShare } from '../indicators/indicator-catalogue';
import type { Stats } from '../indicators/stats';
import type { SummaryJson } from '../outputs/summary-json';
import { shareNotes } from './share-notes';

/** Why `onTime` has no value: the settings and `Состояние` come before the organisations. */
function onTimeReason(basis: SummaryJson['onTimeBasis']): string | null {
  if (basis.deadline === null) return 'в «Настройках» не указан «Срок сдачи»';
  if (!basis.stateKept) {
    return 'лист «Состояние» ещё не хранит дат первой сдачи: они записываются при сборке сводки, «в срок» считается со следующей';
  }
  return null;
}

/** The figure's own reason for «нет данных» and the reasons it speaks of, from the report's notes on the shares. */
function noteOf(key: IndicatorKey): { readonly text: string; readonly reasons: readonly Exclusion[] } {
  return isShare(key)
    ? { text: shareNotes[key].noData, reasons: shareNotes[key].noDataFor }
    : { text: 'нет данных', reasons: [] };
}

/**
 * Why one area's figure has no value, from who it left out: no organisation at all; no ООО in the
 * area (for a figure about ООО); the figure's own note when nobody gave its data (every ООО left
 * out for the reason the note names, or no breakdown known); otherwise the reasons, counted.
 */
function areaReason(figure: Figure, key: IndicatorKey, city: boolean): string {
  if (figure.of === 0) return city ? 'в городе нет действующих организаций' : 'в районе нет действующих организаций';
  const reasons = (Object.entries(figure.excluded) as [Exclusion, number][]).filter(([, n]) => n > 0);
  const own = reasons.filter(([reason]) => reason !== 'not_school');
  if (reasons.length > 0 && own.length === 0) return city ? 'в городе нет ООО' : 'в районе нет ООО';
  if (figure.contributors > 0) return 'у учтённых организаций знаменатель равен нулю';
  const note = noteOf(key);
  if (own.length === 0 || own.every(([reason]) => note.reasons.includes(reason))) return note.text;
  const listed = notCountedPhrase({ excluded: Object.fromEntries(own) }, indicatorSpec(key));
  return `не учтена ни одна организация: ${listed}`;
}

/** The figures a page shows: each with its label, and whether it is shown for every district too. */
export type ShownFigures = readonly {
  readonly key: IndicatorKey;
  readonly label: string;
  readonly districts: boolean;
}[];

/**
 * The reasons behind every «нет данных» a page shows, one line per figure and reason: which
 * figure, where (the city, or the districts named) and why, from whom each area's figure left out
 * — `Срок сдачи` not set or `Состояние` not yet kept for «Сдали в срок», no ООО in the area, no
 * deadline passed for the roadmap, no organisation giving the data without errors, or the reasons
 * counted («нет отчёта — 1, не указан уровень — 1»). Empty when every figure shown has a value.
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
    const empty = areas.filter(([, s]) => s.figures[key].value === null);
    if (empty.length === 0) continue;
    const settingsReason = key === 'onTime' ? onTimeReason(json.onTimeBasis) : null;
    const byReason = new Map<string, string[]>();
    for (const [name, s] of empty) {
      const reason = settingsReason ?? areaReason(s.figures[key], key, name === cityArea);
      byReason.set(reason, [...(byReason.get(reason) ?? []), name]);
    }
    for (const [reason, names] of byReason) {
      const where =
        names.length === areas.length && areas.length > 1
          ? 'город и все районы'
          : names.map((name) => (name === cityArea ? 'город' : name)).join(', ');
      lines.push(`«${label}» (${where}): ${reason}.`);
    }
  }
  return lines;
}
