import { buildAddon } from '../build';
import { formatCalls, measureCalls } from './apps-script-calls';
import { benchCity } from './bench-city';
import { benchPeriods } from './bench-periods';

/**
 * `npm run bench`: check + summary of generated cities of 100, 1,000 and 5,000 organisations
 * with full forms, in memory on one core; prints time, heap growth and organisations per second.
 * Sizes may be given as arguments: `npm run bench -- 100 2000`.
 */
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const out = (line: string) => process.stdout.write(`${line}\n`);

benchCity(200, 2); // warm-up: the JIT compiles the hot paths before anything is measured
out('Профкарта: проверка + сводка в памяти (лучший из 3 прогонов)');
out('организаций | проверка, мс | сводка, мс | всего, мс | память, МБ | организаций/с');
const results = [];
for (const n of sizes.length > 0 ? sizes : [100, 1000, 5000]) {
  const r = benchCity(n, 3);
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
const first = results[0];
const last = results[results.length - 1];
if (first && last && last !== first) {
  const growth = last.totalMs / last.orgs / (first.totalMs / first.orgs);
  out(`Время на организацию при ${last.orgs} / при ${first.orgs}: ×${growth.toFixed(2)} (1 — линейный рост)`);
}

const periods = benchPeriods();
out(
  `\nСроки дорожной карты: фраз ${periods.phrases}, прочитано ${periods.read}, без даты (предупреждение) ${periods.undated}, отказ ${periods.refused}; ${periods.microsecondsPerPhrase.toFixed(1)} мкс на фразу`,
);

// The cost in Apps Script: service calls of the built dist/Code.js in the in-memory fake.
out('\nApps Script: вызовы сервисов в подделке (dist/Code.js), «Собрать сводку» и др.');
await buildAddon();
for (const n of [10, 500]) out(formatCalls(await measureCalls(n)));
