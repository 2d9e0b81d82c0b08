import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoOptions, generateCity } from '../demo/generate-city';
import { writeWorkbookFile } from '../xlsx/write-workbook-file';
import { readWorkbookFile } from '../xlsx/read-workbook-file';
import { summariseBook } from '../summary/summarise-book';
import { cityCounts } from './bench-city';
import { inspectXlsx } from '../xlsx/inspect-xlsx';
import { readFile } from 'node:fs/promises';
const dir = await mkdtemp(join(tmpdir(), 'ph-'));
const n = 1000;
const city = generateCity({ ...demoOptions, seed: n, counts: cityCounts(n), shares: { mistakes: 0.1, empty: 0, missing: 0 } });
const book = join(dir, 'book.xlsx');
await writeWorkbookFile(book, city.sheets);
for (let k = 0; k < 2; k++) {
let c = process.cpuUsage();
const lap = (what: string) => { const u = process.cpuUsage(c); console.log(what, Math.round((u.user + u.system) / 1000)); c = process.cpuUsage(); };
const bytes = await readFile(book); await inspectXlsx(bytes, 'b'); lap('inspect');
const file = await readWorkbookFile(book); if (!file.ok) throw 1; lap('read (incl inspect)');
const r = summariseBook(file.workbook, { today: '2024-02-01', asOf: '2024-02-01', generatedAt: { date: '2024-02-01', time: '08:00' }, who: 'x' }); if (!r.ok) throw 2; lap('summarise');
const w = await writeWorkbookFile(join(dir, 'o.xlsx'), r.sheets, { base: file.excel }); lap('write');
}
