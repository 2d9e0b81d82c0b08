/**
 * Advance widths in pixels of a spreadsheet's default font (Calibri 11, or its metric twins Arial 10,
 * Carlito, Liberation Sans) at 96 dpi, measured once in Chromium and grouped; any other
 * character counts as 7.5 px (digits and most lowercase letters).
 */
const widthGroups: readonly (readonly [number, string])[] = [
  [2.5, "'"],
  [3, 'ijl'],
  [3.5, 'ftI .,;:!/[]|'],
  [4.5, 'r-()"'],
  [5, 'г*'],
  [6, 'зкт'],
  [6.5, 'сухcksvxyzJ'],
  [7, 'впчьэяГ'],
  [8, 'длЗКТFTZ+=<>'],
  [9, 'жмАБВДЕЁЛРХЧЬABEKPSVXYъУ&'],
  [9.5, 'ыИЙНПСЭЯwCDHNRU'],
  [10.5, 'юФЦшОЪGOQ'],
  [11.5, 'фщМmMШЫ%ЖЩW'],
  [13.5, 'Ю—@№'],
];
const defaultWidth = 7.5;
/** The widest character's advance. */
const widestChar = Math.max(defaultWidth, ...widthGroups.map(([w]) => w));
const boldFactor = 1.07;
const widths = new Map<string, number>(widthGroups.flatMap(([w, chars]) => [...chars].map((c) => [c, w] as const)));

/** Pixels a cell loses to its padding on both sides. */
export const cellPadding = 6;

/**
 * The width in pixels of one line of text in the spreadsheet's default font (an estimate within
 * a few per cent for Russian text).
 *
 * @param text - one line
 * @param bold - bold text is about 7 % wider
 * @example textWidth('Код') // 24
 */
export function textWidth(text: string, bold = false): number {
  return Math.ceil(rawWidth(text, bold));
}

function rawWidth(text: string, bold: boolean): number {
  let px = 0;
  for (const c of text) px += widths.get(c) ?? defaultWidth;
  return bold ? px * boldFactor : px;
}

/**
 * How many lines a wrapped cell takes: each paragraph broken greedily at spaces, a word longer
 * than the line cut wherever it must, as Excel and LibreOffice wrap.
 *
 * @param text - the cell's text (may hold `\n`)
 * @param columnPx - the cell's width in pixels (merged cells: their sum)
 * @param bold - whether the text is bold
 * @example wrappedLines('Обучающихся в губернаторских инженерных классах', 250) // 2
 */
export function wrappedLines(text: string, columnPx: number, bold = false): number {
  const room = Math.max(10, columnPx - cellPadding);
  // Most cells (numbers, dates, short words) fit whatever their letters: no need to measure them.
  if (!text.includes('\n') && text.length * widestChar * boldFactor <= room) return 1;
  const space = rawWidth(' ', bold);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(' ').filter((w) => w !== '')) {
      let w = rawWidth(word, bold);
      const needed = used === 0 ? w : used + space + w;
      if (needed <= room) {
        used = needed;
        continue;
      }
      if (used > 0) lines += 1;
      // A word wider than the line runs on over as many lines as it needs.
      while (w > room) {
        lines += 1;
        w -= room;
      }
      used = w;
    }
  }
  return lines;
}

/**
 * The width in pixels a column needs to show the longest of `labels` on one line.
 *
 * @param labels - the texts that must fit
 * @param bold - whether they are bold
 * @example fittingWidth(['Код', 'Наименование']) // 103
 */
export function fittingWidth(labels: readonly string[], bold = false): number {
  return Math.max(0, ...labels.map((l) => textWidth(l, bold))) + cellPadding + 4;
}
