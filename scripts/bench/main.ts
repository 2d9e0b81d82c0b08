import { buildAddon } from '../build';
import { formatCalls, formatFiles, measureCalls, measureFiles } from './apps-script-calls';
import { benchCity } from './bench-city';
import { benchPeriods } from './bench-periods';
import { benchSplitCollect } from './bench-split-collect';
import { benchSummaryFile } from './bench-summary-file';

/**
 * `profkarta summary` of a 1,000-organisation book before it read its book once and shared cell
 * styles (main at 66452e2, this machine, best of 3, same script): the figure issue 14 asks to cut by 20 %.
 */
const summaryCpuBeforeMs = 9360;

/**
 * `npm run bench`: check + summary of generated cities of 100, 1,000 and 5,000 organisations
 * with full forms, in memory on one core, in CPU time (best of several runs); prints time, heap
 * growth, organisations per second and the growth time(5,000) / time(1,000); then the `summary`
 * command end to end on a 1,000-organisation .xlsx, `split` and `collect` of 400 organisations
 * (wall-clock and CPU time), and the Apps Script call counts.
 * Sizes may be given as arguments: `npm run bench -- 100 2000`.
 */
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const out = (line: string) => process.stdout.write(`${line}\n`);

benchCity(200, 2); // warm-up: the JIT compiles the hot paths before anything is measured
out('Профкарта: проверка + сводка в памяти, процессорное время (лучший из 5 прогонов)');
out('организаций | проверка, мс | сводка, мс | всего, мс | память, МБ | организаций/с');
const results = [];
for (const n of sizes.length > 0 ? sizes : [100, 1000, 5000]) {
  const r = benchCity(n, 5);
  results.push(r);
  out(
    [
      String(r.orgs).padStart(11),
      r.checkMs.toFixed(0).padStart(12),
      r.summaryMs.toFixed(0).padStart(10),
      r.totalMs.toFixed(0).padStart(9),
      r.heapMb.toFixed(1).padStart(10),
      Math.round(r.orgsPerSecond).toString().padStart(13),
    ].join(' | '),
  );
}
const at1000 = results.find((r) => r.orgs === 1000);
const at5000 = results.find((r) => r.orgs === 5000);
if (at1000 && at5000) {
  const growth = at5000.totalMs / at1000.totalMs;
  out(`Рост: время(5 000) / время(1 000) = ×${growth.toFixed(2)} (линейный рост — ×5,00)`);
}

const periods = benchPeriods();
out(
  `\nСроки дорожной карты: фраз ${periods.phrases}, прочитано ${periods.read}, без даты (предупреждение) ${periods.undated}, отказ ${periods.refused}; ${periods.microsecondsPerPhrase.toFixed(1)} мкс на фразу`,
);

// The command end to end: read the .xlsx, check, outputs, write the copy and the HTML.
const summaryMs = await benchSummaryFile(1000, 3);
out(
  `\nКоманда summary, книга .xlsx на 1 000 организаций: ${summaryMs.toFixed(0)} мс процессорного времени (лучший из 3); до переделки ${summaryCpuBeforeMs} мс, ×${(summaryMs / summaryCpuBeforeMs).toFixed(2)}`,
);

// The round without Google: split of 400 organisations (budget 30 s), collect of their 400 files (60 s).
const round = await benchSplitCollect(400);
const seconds = (ms: number) => (ms / 1000).toFixed(1).replace('.', ',');
out(
  `\nБез Google, ${round.orgs} организаций: split — ${seconds(round.split.wallMs)} с (процессор ${seconds(round.split.cpuMs)} с; бюджет 30 с), collect всех файлов — ${seconds(round.collect.wallMs)} с (процессор ${seconds(round.collect.cpuMs)} с; бюджет 60 с)`,
);

// The cost in Apps Script: service calls of the built dist/Code.js in the in-memory fake.
out('\nApps Script: вызовы сервисов в подделке (dist/Code.js), «Собрать сводку» и др.');
await buildAddon();
for (const n of [10, 500]) out(formatCalls(await measureCalls(n)));
for (const n of [10, 100, 410]) out(formatFiles(await measureFiles(n)));
