import type { Organisation } from '../../core/directory/organisation';
import { planOrgTab } from '../../core/form/plan-org-tab';
import type { SheetData } from '../../core/grid/sheet-data';
import { builtinRoadmap } from '../../core/roadmap/builtin-roadmap';
import { sheetRequests } from '../../addon/adapter/sheet-requests';
import { committeeProperty, orgCodeProperty } from '../../addon/files/list-org-files';
import { sampleSettings } from '../fixtures/sample-org';
import { preparedCommittee, schoolFills, setSetting } from './city';
import { fakeSheetsService } from './fake/sheets-api';
import { CallCounter } from './fake/calls';
import { type FakeSpreadsheet, sheetNamed } from './fake/model';
import { typeIntoCell } from './fake/type-into-cell';
import { type CommitteeFake, committeeFake, owner } from './harness';
import { manyOrgs } from './many-orgs';

/** A committee in `в отдельных файлах` with its organisations' files, as set-up leaves them and schools fill them. */
export interface FilesCity {
  readonly fake: CommitteeFake;
  readonly orgs: readonly Organisation[];
  /** What each school typed, by code. */
  readonly grids: ReadonlyMap<string, SheetData>;
  readonly folderId: string;
  /** Each organisation's file, by code. */
  readonly files: ReadonlyMap<string, FakeSpreadsheet>;
}

/**
 * Makes an organisation's file as the contract with set-up says (design §2, issue 10): a spreadsheet
 * «Профкарта — КОД — Наименование» in the folder, with Drive `appProperties` `{ profkartaCode,
 * profkartaCommittee }`, holding `Инструкция` and the form tab named by the code, laid out by the
 * core's template and protected so that only the committee edits its locked cells. Who makes it
 * does not matter to the reader: here the test does, through the fake's Sheets API (not counted).
 *
 * @param fake - the committee's fake
 * @param folderId - `Папка отчётов`
 * @param org - the organisation
 */
function makeOrgFile(fake: CommitteeFake, folderId: string, org: Organisation): FakeSpreadsheet {
  const { world } = fake;
  const book = world.createSpreadsheet(`Профкарта — ${org.code} — ${org.name}`, owner, world.scriptTimeZone, folderId);
  book.appProperties = { [orgCodeProperty]: org.code, [committeeProperty]: fake.committee.id };
  const instruction = book.sheets[0]!;
  instruction.title = 'Инструкция';
  typeIntoCell(book, instruction, 0, 0, 'Как заполнять форму организации');
  const settings = sampleSettings({ reportDate: '2024-02-01', deadline: '2024-01-20' });
  const planned = planOrgTab({ org, roadmap: builtinRoadmap(), settings, timeZone: book.timeZone, scope: 'whole' });
  if (!planned.ok) throw new Error(`template of ${org.code}`);
  const requests = sheetRequests(
    planned.plan.sheet,
    { sheetId: 1, existing: null },
    { editors: [owner], description: `Профкарта: лист организации ${org.code}` },
  );
  world.asUser(owner, () =>
    fakeSheetsService(world, new CallCounter()).Spreadsheets!.batchUpdate({ requests }, book.id),
  );
  world.quotaWindows.clear();
  return book;
}

/** A school types its form into its own file (so the file's last modifier is the school). */
function schoolFillsFile(fake: CommitteeFake, book: FakeSpreadsheet, grid: SheetData, school: string): void {
  fake.world.asUser(school, () => schoolFills(book, grid, grid.name));
}

/** A school changes one answer in its file (`ФИО` of the responsible person gets a suffix). */
export function schoolEdits(fake: CommitteeFake, book: FakeSpreadsheet, code: string, school: string): void {
  const sheet = sheetNamed(book, code)!;
  const row = sheet.cells.findIndex((r) => r?.[0]?.value === 'ФИО');
  if (row < 0) throw new Error(`no ФИО in ${code}`);
  fake.world.asUser(school, () => typeIntoCell(book, sheet, row, 1, `Иванова Мария Петровна ${fake.world.now}`));
}

/**
 * `n` organisations (`manyOrgs`) in `в отдельных файлах`: set-up, the directory, the report date,
 * `Отчёты организаций` and `Папка отчётов`, one file per organisation, each filled by its school.
 *
 * @param n - organisations
 */
export function filesCity(n: number): FilesCity {
  const { orgs, grids } = manyOrgs(n);
  const fake = committeeFake();
  preparedCommittee(fake, orgs);
  const folder = fake.world.createFolder('Отчёты организаций', owner);
  setSetting(fake.committee, 'Отчёты организаций', 'в отдельных файлах');
  setSetting(fake.committee, 'Папка отчётов', folder.id);
  const files = new Map<string, FakeSpreadsheet>();
  orgs.forEach((org, i) => {
    const book = makeOrgFile(fake, folder.id, org);
    schoolFillsFile(fake, book, grids[i]!, org.emails[0]!);
    files.set(org.code, book);
  });
  fake.counter.reset();
  return { fake, orgs, grids: new Map(grids.map((g) => [g.name, g])), folderId: folder.id, files };
}

/**
 * Which spreadsheets the script reads with `Spreadsheets.get` and writes with `batchUpdate` from
 * now on, in order (by id).
 *
 * @param fake - the committee's fake
 */
export function spy(fake: CommitteeFake): { reads: string[]; writes: string[] } {
  const seen = { reads: [] as string[], writes: [] as string[] };
  const spreadsheets = (fake.globals.Sheets as GoogleAppsScript.Sheets).Spreadsheets! as unknown as Record<
    string,
    (...args: unknown[]) => unknown
  >;
  const get = spreadsheets.get!;
  const batchUpdate = spreadsheets.batchUpdate!;
  spreadsheets.get = (id: unknown, ...rest: unknown[]) => {
    seen.reads.push(String(id));
    return get(id, ...rest);
  };
  spreadsheets.batchUpdate = (body: unknown, id: unknown) => {
    seen.writes.push(String(id));
    return batchUpdate(body, id);
  };
  return seen;
}

/** Of spreadsheet ids, those of organisation files (in order). */
export function onlyFiles(files: ReadonlyMap<string, FakeSpreadsheet>, ids: readonly string[]): string[] {
  const own = new Set([...files.values()].map((f) => f.id));
  return ids.filter((id) => own.has(id));
}
