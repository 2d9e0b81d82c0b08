import { preparedCommittee, schoolFills } from './city';
import { cellCount } from './fake/model';
import { committeeFake } from './harness';
import { manyOrgs } from './many-orgs';

/** Service calls of each committee action over `n` organisation tabs, by `Service.method`. */
export interface CallReport {
  readonly n: number;
  readonly createTabs: Record<string, number>;
  readonly check: Record<string, number>;
  readonly build: Record<string, number>;
  /** Cells of the spreadsheet after the build (the cap is 10,000,000). */
  readonly cells: number;
  /** `batchUpdate` payloads of the build, bytes. */
  readonly buildBatchBytes: number[];
  readonly results: Record<string, { ok: boolean; message: string }>;
}

/**
 * Runs set-up, tab creation, schools filling their tabs, «Проверить отчёты» and «Собрать сводку»
 * over `n` organisations in the fake (one-file form), counting every Spreadsheet and Sheets call.
 *
 * @param n - organisation tabs
 */
export function measureCalls(n: number): CallReport {
  const { orgs, grids } = manyOrgs(n);
  const fake = committeeFake();
  preparedCommittee(fake, orgs);
  const results: CallReport['results'] = {};
  fake.counter.reset();
  results.createTabs = fake.run('createOrganisationTabs') as { ok: boolean; message: string };
  const createTabs = fake.counter.toJSON();
  for (const grid of grids) schoolFills(fake.committee, grid);
  fake.counter.reset();
  results.check = fake.run('checkSubmissions') as { ok: boolean; message: string };
  const check = fake.counter.toJSON();
  fake.counter.reset();
  const before = fake.world.batchLog.length;
  results.build = fake.run('buildSummary') as { ok: boolean; message: string };
  const build = fake.counter.toJSON();
  return {
    n,
    createTabs,
    check,
    build,
    cells: cellCount(fake.committee),
    buildBatchBytes: fake.world.batchLog.slice(before).map((b) => b.bytes),
    results,
  };
}
