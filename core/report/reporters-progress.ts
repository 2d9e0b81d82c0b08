import type { CheckReport } from '../check/check-report';
import { formatRuDate } from '../dates/format-ru-date';
import { computeIndicators } from '../indicators/compute-indicators';
import { eventFigures } from '../indicators/event-figures';
import { roadmapExecution } from '../indicators/roadmap-execution';
import { executionText } from './execution-text';
import { formatCount } from './format-figure';

/**
 * How the reporting organisations stand on each item of the roadmap that has reporters, in words,
 * as of the report date: for a status item, each window as the chart says it (`executionText`:
 * done of those that take part, the share once the window has closed); for an event, how many
 * organisations took part of those it is open to (before its window, with nobody yet, when it opens). Committee items (no reporters) are not in the map.
 *
 * @param report - the check of a book
 * @example reportersProgress(report).get('1.2') // 'выполнено 83,0 % (120 из 145); не участвуют 2'
 */
export function reportersProgress(report: CheckReport): ReadonlyMap<string, string> {
  const { pairs } = computeIndicators(report, new Map());
  const texts = new Map<string, string[]>();
  for (const e of roadmapExecution(report.roadmap, pairs, report.asOf)) {
    if (e.item.reporters.length === 0) continue;
    const list = texts.get(e.item.id) ?? [];
    list.push(executionText(e, e.window, report.asOf));
    texts.set(e.item.id, list);
  }
  for (const figure of eventFigures(report)) {
    const item = figure.item;
    if (!item || item.reporters.length === 0) continue;
    const open = report.orgs.filter((c) => item.reporters.includes(c.org.type)).length;
    const first = item.windows[0];
    const text =
      first && first.start > report.asOf && figure.city.orgs === 0
        ? `срок с ${formatRuDate(first.start)}`
        : `участвовали ${formatCount(figure.city.orgs)} из ${formatCount(open)}`;
    texts.set(item.id, [text]);
  }
  return new Map([...texts].map(([id, list]) => [id, list.join('; ')]));
}
