import { orderCellText } from '../../core/roadmap/order-text-grid';
import { findRoadmapHeader } from '../../core/roadmap/find-roadmap-header';

/** The part of mammoth's document model this reader walks (`transformDocument`, whose API mammoth calls unstable: the version is pinned in package.json and the .docx test guards it). */
interface DocElement {
  readonly type: string;
  readonly children?: readonly DocElement[];
  readonly value?: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
}

/** Text of an element: runs' text, a tab as a space, a line break inside a paragraph as a new line. */
function textOf(element: DocElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return ' ';
  if (element.type === 'break') return '\n';
  if (element.type === 'table') return '';
  return (element.children ?? []).map(textOf).join('');
}

function cellOf(cell: DocElement): string {
  const paragraphs = (cell.children ?? []).flatMap((child) => textOf(child).split('\n'));
  return orderCellText(paragraphs);
}

/** A table as a grid: a merged cell's text repeated over the rows it spans, blanks after one spanning columns. */
function gridOf(table: DocElement): string[][] {
  const grid: string[][] = [];
  const carried: { text: string; rows: number }[] = [];
  for (const row of (table.children ?? []).filter((child) => child.type === 'tableRow')) {
    const cells: string[] = [];
    const next = () => {
      // Columns still covered by a cell merged down from a row above.
      for (let c = cells.length; carried[c] && (carried[c]?.rows ?? 0) > 0; c = cells.length) {
        const cover = carried[c] as { text: string; rows: number };
        cells.push(cover.text);
        cover.rows -= 1;
      }
    };
    for (const cell of (row.children ?? []).filter((child) => child.type === 'tableCell')) {
      next();
      const text = cellOf(cell);
      const column = cells.length;
      cells.push(text);
      if ((cell.rowSpan ?? 1) > 1) carried[column] = { text, rows: (cell.rowSpan ?? 1) - 1 };
      for (let span = 1; span < (cell.colSpan ?? 1); span += 1) cells.push('');
    }
    next();
    grid.push(cells);
  }
  return grid;
}

function tablesOf(element: DocElement): DocElement[] {
  if (element.type === 'table') return [element];
  return (element.children ?? []).flatMap(tablesOf);
}

/**
 * The roadmap table of an order in .docx, read with mammoth, as a grid for `readRoadmap`: of the
 * document's tables, the one whose header row names the roadmap's columns (`№ п/п`, `Мероприятие`,
 * `Срок исполнения`, …) and has the most rows. Cells as in the text form: paragraphs joined by a
 * line break, blank ones dropped. Null when no table has such a header; a file mammoth cannot
 * open is a Russian message.
 *
 * @param path - the .docx file
 * @param shownAs - its name as the user typed it, for the message (default: `path`)
 * @example await readOrderDocx('order.docx') // { ok: true, grid: [['№ п/п', 'Мероприятие', …], …] }
 */
export async function readOrderDocx(
  path: string,
  shownAs: string = path,
): Promise<{ ok: true; grid: string[][] | null } | { ok: false; message: string }> {
  const tables: DocElement[] = [];
  try {
    // Loaded on first use: the other commands should not pay for loading it at start-up.
    const { default: mammoth } = await import('mammoth');
    await mammoth.convertToHtml(
      { path },
      {
        transformDocument: (document: DocElement) => {
          tables.push(...tablesOf(document));
          return document;
        },
      },
    );
  } catch {
    // mammoth's reason is English and about zip internals: the user needs what to do instead.
    return {
      ok: false,
      message: `Не удалось прочитать «${shownAs}» как документ Word (.docx): файл повреждён или это не документ Word. Откройте приказ в Word или LibreOffice и сохраните его как .docx — или скопируйте таблицу приказа в текстовый файл .txt.`,
    };
  }
  const grids = tables
    .map(gridOf)
    .filter((grid) => {
      const header = findRoadmapHeader(grid);
      return header !== null && header.columns.id !== undefined && header.columns.period !== undefined;
    })
    .sort((a, b) => b.length - a.length);
  return { ok: true, grid: grids[0] ?? null };
}
