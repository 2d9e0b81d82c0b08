import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { orderTextGrid } from '../../core/roadmap/order-text-grid';
import { readOrderDocx } from './read-order-docx';

/** An order's roadmap table as a grid, or why there is none (one Russian line). */
export type OrderFileRead =
  | { readonly ok: true; readonly grid: string[][] }
  | { readonly ok: false; readonly message: string };

/** An order's roadmap is a few pages: a bigger file is not an order, and is refused before it is read. */
const maxOrderBytes = 20 * 1024 * 1024;

/** Text of a file copied from an order: UTF-8 (with or without BOM), else Windows-1251 as Notepad saves it in Russian Windows. */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

/**
 * Reads the roadmap table of an order: a .docx (by its extension or its zip signature) through
 * mammoth, anything else as the text copied from it (`orderTextGrid`). A missing file, a
 * document with no roadmap table or an unreadable .docx is one Russian line.
 *
 * @param path - the order's file
 * @param shownAs - its name as the user typed it, for messages (default: `path`)
 * @example await readOrderFile('prikaz.docx') // { ok: true, grid: [['№ п/п', …], …] }
 */
export async function readOrderFile(path: string, shownAs: string = path): Promise<OrderFileRead> {
  let bytes: Uint8Array;
  try {
    const size = (await stat(path)).size;
    if (size > maxOrderBytes) {
      return {
        ok: false,
        message: `Файл приказа «${shownAs}» слишком велик (${Math.round(size / 1024 / 1024)} МБ, можно не больше ${maxOrderBytes / 1024 / 1024} МБ): это не похоже на приказ.`,
      };
    }
    bytes = await readFile(path);
  } catch {
    return { ok: false, message: `Файл приказа «${shownAs}» не найден или не читается.` };
  }
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const noTable = `В «${shownAs}» не найдена таблица дорожной карты: нет строки заголовков вроде «№ п/п», «Мероприятие», «Срок исполнения».`;
  if (zip || extname(path).toLowerCase() === '.docx') {
    const read = await readOrderDocx(path, shownAs);
    if (!read.ok) return read;
    return read.grid ? { ok: true, grid: read.grid } : { ok: false, message: noTable };
  }
  const grid = orderTextGrid(decode(bytes));
  return grid ? { ok: true, grid } : { ok: false, message: noTable };
}
