import { tabNames } from '../grid/tab-names';
import { rowStatuses } from './row-status';
import type { OutputSheet, OutValue } from '../grid/output-sheet';
import { roadmapColumns, roadmapFields } from './roadmap-columns';
import type { Roadmap, RoadmapItem } from './roadmap-item';

/** Rows below the items that keep the text format and dropdowns, for items the committee adds. */
const spareRows = 100;

function cellsOf(item: RoadmapItem): OutValue[] {
  const values: Record<(typeof roadmapFields)[number], OutValue> = {
    id: item.id,
    section: item.section,
    title: item.title,
    period: item.period,
    responsible: item.responsible.join('\n'),
    result: item.result,
    // «комитет», not blank: a blank cell is derived from the wording when read.
    reporters: item.reporters.length > 0 ? item.reporters.join(', ') : 'комитет',
    kind: item.kind,
    status: item.committee?.status ?? '',
    doneOn: item.committee?.doneOn ? { kind: 'date', date: item.committee.doneOn } : null,
    evidence: item.committee?.evidence ?? '',
  };
  return roadmapFields.map((field) => values[field]);
}

/**
 * The `Дорожная карта` tab as data (design §3): a header row, one row per item, `Пункт` as
 * plain text so a Russian-locale sheet keeps `1.2` a number of an item, frozen header, widths,
 * wrapped text, dropdowns for `Вид` and `Статус`, a date format for `Дата выполнения`.
 * `readRoadmap` reads it back to the same roadmap.
 *
 * @param roadmap - the roadmap
 * @example roadmapSheet(builtinRoadmap()).rows[0][0] // 'Пункт'
 */
export function roadmapSheet(roadmap: Roadmap): OutputSheet {
  const column = (field: (typeof roadmapFields)[number]) => roadmapFields.indexOf(field);
  const rows = roadmap.items.length + spareRows;
  return {
    name: tabNames.roadmap,
    rows: [roadmapFields.map((field) => roadmapColumns[field].header), ...roadmap.items.map(cellsOf)],
    format: {
      frozenRows: 1,
      columnWidths: roadmapFields.map((field) => roadmapColumns[field].width),
      bold: [{ row: 0, column: 0, columns: roadmapFields.length }],
      fills: [{ row: 0, column: 0, columns: roadmapFields.length, fill: 'header' }],
      wrap: [{ row: 0, column: 0, rows: rows + 1, columns: roadmapFields.length }],
      text: [{ row: 0, column: column('id'), rows: rows + 1 }],
      numberFormats: [{ row: 1, column: column('doneOn'), rows, pattern: 'dd.mm.yyyy' }],
      dropdowns: [
        { row: 1, column: column('kind'), rows, values: ['пункт', 'мероприятие'] },
        { row: 1, column: column('status'), rows, values: rowStatuses },
      ],
    },
  };
}
