import { join } from 'node:path';
import { demoOptions, generateCity } from '../demo/generate-city';
import { writeWorkbookFile } from '../xlsx/write-workbook-file';
import { cityCounts } from './bench-city';

/**
 * A generated city of `n` organisations (every form filled, 10 % with mistakes) written as
 * `book.xlsx` in `dir`: the book the file benches run the commands on.
 *
 * @param n - organisations
 * @param dir - a temporary folder
 * @returns the book's path and how many organisations it holds
 * @example await benchBook(1000, dir) // { path: '/tmp/…/book.xlsx', orgs: 1000 }
 */
export async function benchBook(n: number, dir: string): Promise<{ path: string; orgs: number }> {
  const city = generateCity({
    ...demoOptions,
    seed: n,
    counts: cityCounts(n),
    shares: { mistakes: 0.1, empty: 0, missing: 0 },
  });
  const book = join(dir, 'book.xlsx');
  const written = await writeWorkbookFile(book, city.sheets);
  if (!written.ok) throw new Error(written.message);
  return { path: book, orgs: city.orgs.length };
}
