import { afterEach, describe, expect, it, vi } from 'vitest';
import { listOrgFiles } from '../../addon/files/list-org-files';
import type { SidebarResult } from '../../addon/sidebar-protocol';
import { preparedCommittee, schoolFills, setSetting } from './city';
import { editableCells, noAccessMessage, protectedCellMessage } from './fake/access';
import { cellAt, type FakeSpreadsheet, isSheetProtection, sheetNamed, snapshot, valuesOf } from './fake/model';
import { share } from './fake/sharing';
import { userTypes } from './fake/type-into-cell';
import { type CommitteeFake, committeeFake, owner } from './harness';
import { manyOrgs } from './many-orgs';
import { schoolEditableCells } from './pinned-form';

/** The committee with `n` organisations whose forms live in their own files (set-up's default). */
function filesCity(n: number) {
  const { orgs, grids } = manyOrgs(n);
  const fake = committeeFake();
  preparedCommittee(fake, orgs, '01.02.2024', 'в отдельных файлах');
  return { fake, orgs, grids };
}

/** `Папка отчётов` as set-up wrote it into `Настройки`. */
function folderOf(fake: CommitteeFake): string {
  const row = valuesOf(sheetNamed(fake.committee, 'Настройки')!).find((r) => r[0] === 'Папка отчётов');
  return String(row?.[1] ?? '');
}

/** The spreadsheets in the folder, by the code in their name. */
function filesOf(fake: CommitteeFake): Map<string, FakeSpreadsheet> {
  const folder = folderOf(fake);
  const books = [...fake.world.books.values()].filter((b) => b.parents.includes(folder) && !b.trashed);
  return new Map(books.map((b) => [b.name.split(' — ')[1] ?? '', b]));
}

/** The A1 cell of a form label's value (column B of the row whose column A is the label). */
function valueCell(book: FakeSpreadsheet, tab: string, label: string): string {
  const row = valuesOf(sheetNamed(book, tab)!).findIndex((r) => r[0] === label);
  if (row < 0) throw new Error(`no label ${label}`);
  return `B${row + 1}`;
}

const run = (fake: CommitteeFake, name: string) => fake.run(name) as SidebarResult;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('в отдельных файлах: creating the organisations’ files', () => {
  it('makes one file per organisation in the folder, named and marked for the reading, shared only with it and the committee', () => {
    const { fake, orgs } = filesCity(30);
    const result = run(fake, 'createOrganisationTabs');
    expect(result.ok, result.message).toBe(true);
    expect(result.message).toContain('файлов создано 30 из 30');
    expect(result.message).toContain('доступ открыт 30 из 30 адресов');
    const files = filesOf(fake);
    expect(files.size).toBe(30);
    const folder = fake.world.item(folderOf(fake))!;
    // The committee reaches every file through the folder; nobody else does.
    expect(folder.editors).toEqual([owner]);
    expect(folder.viewers).toEqual([]);
    for (const org of orgs) {
      const file = files.get(org.code)!;
      expect(file.name).toBe(`Профкарта — ${org.code} — ${org.name}`);
      expect(file.appProperties).toMatchObject({ profkartaCode: org.code, profkartaCommittee: fake.committee.id });
      expect(file.sheets.map((s) => s.title)).toEqual([org.code, 'Инструкция']);
      expect(file.owner).toBe(owner);
      expect(file.editors.sort()).toEqual([owner, ...org.emails].sort());
      expect(file.viewers).toEqual([]);
      expect(file.link.access).toBe('PRIVATE');
      // No Google notification email unless `Уведомлять при открытии доступа` = да.
      expect(file.notified).toEqual({ [org.emails[0]!]: false });
    }
    // The contract with the reading of files: `listOrgFiles` finds each by its code.
    vi.stubGlobal('Drive', fake.globals.Drive);
    expect([...listOrgFiles(folderOf(fake), fake.committee.id).keys()].sort()).toEqual(orgs.map((o) => o.code).sort());
  });

  it('lets school A write its input cells only: not its labels, locked cells or check line, not school B’s file', () => {
    const { fake, orgs } = filesCity(30);
    run(fake, 'createOrganisationTabs');
    const files = filesOf(fake);
    const [a, b] = [orgs[0]!, orgs[1]!];
    const fileA = files.get(a.code)!;
    const schoolA = a.emails[0]!;
    expect(userTypes(schoolA, fileA, a.code, valueCell(fileA, a.code, 'ФИО'), 'Иванова Мария Петровна')).toEqual({
      ok: true,
    });
    expect(userTypes(schoolA, files.get(b.code)!, b.code, valueCell(fileA, a.code, 'ФИО'), 'чужое')).toEqual({
      ok: false,
      message: noAccessMessage,
    });
    for (const cell of ['A14', valueCell(fileA, a.code, 'Код'), valueCell(fileA, a.code, 'Наименование'), 'A2']) {
      expect(userTypes(schoolA, fileA, a.code, cell, 'x'), cell).toEqual({ ok: false, message: protectedCellMessage });
    }
    expect(userTypes(schoolA, fileA, 'Инструкция', 'A1', 'x')).toEqual({ ok: false, message: protectedCellMessage });
    // The committee edits the locked cells.
    expect(userTypes(owner, fileA, a.code, 'A2', 'Проверено')).toEqual({ ok: true });
    // Exactly the cells the form leaves to the school, cell by cell (pinned in one-file.test.ts too).
    const sheet = sheetNamed(fileA, a.code)!;
    expect(editableCells(fake.world, fileA, sheet, schoolA)).toEqual(schoolEditableCells);
  });

  it('changes nothing on a second run, and says so, with one listing and no file opened', () => {
    const { fake } = filesCity(30);
    run(fake, 'createOrganisationTabs');
    const before = [...filesOf(fake).values()].map(snapshot);
    fake.counter.reset();
    const again = run(fake, 'createOrganisationTabs');
    expect(again.ok, again.message).toBe(true);
    expect(again.message).toContain('без изменений 30');
    expect([...filesOf(fake).values()].map(snapshot)).toEqual(before);
    expect(fake.counter.get('Drive.Files.list')).toBe(1);
    expect(fake.counter.get('Drive.Files.create') + fake.counter.get('Drive.Files.update')).toBe(0);
    // The folder's sharing is checked once; no file is opened: the committee's own tabs are read.
    expect(fake.counter.get('Drive.Permissions.create')).toBe(0);
    expect(fake.counter.get('Drive.Permissions.list')).toBe(1);
    expect(fake.counter.get('Sheets.Spreadsheets.batchUpdate')).toBe(0);
    expect(fake.counter.get('Sheets.Spreadsheets.Values.batchGet')).toBe(1);
    expect(fake.counter.get('Sheets.Spreadsheets.get')).toBe(2);
  });

  it('upgrades every file when the roadmap changes, keeping every value a school entered', () => {
    const { fake, orgs, grids } = filesCity(3);
    run(fake, 'createOrganisationTabs');
    const files = filesOf(fake);
    for (const grid of grids) schoolFills(files.get(grid.name)!, grid);
    const entered = (code: string) =>
      valuesOf(sheetNamed(files.get(code)!, code)!)
        .flat()
        .filter((v) => v !== '');
    const before = entered(orgs[0]!.code);
    const roadmap = sheetNamed(fake.committee, 'Дорожная карта')!;
    roadmap.cells.splice(
      roadmap.cells.findIndex((row, r) => r > 0 && row?.[0]?.value === '1.2'),
      1,
    );
    const result = run(fake, 'createOrganisationTabs');
    expect(result.ok, result.message).toBe(true);
    expect(result.message).toContain('обновлено 3');
    const after = entered(orgs[0]!.code);
    for (const value of before) expect(after).toContain(value);
    expect(after).toContain('Удалённые пункты');
    expect(filesOf(fake).size).toBe(3);
  });

  it('keeps the file of an organisation made inactive, removes its sharing and names it', () => {
    const { fake, orgs } = filesCity(3);
    run(fake, 'createOrganisationTabs');
    const directory = sheetNamed(fake.committee, 'Организации')!;
    const active = valuesOf(directory)[0]!.indexOf('Действует');
    const row = valuesOf(directory).findIndex((r) => r[0] === orgs[1]!.code);
    directory.cells[row]![active]!.value = 'нет';
    const result = run(fake, 'createOrganisationTabs');
    expect(result.ok, result.message).toBe(true);
    expect(result.message).toContain(`недействующих организаций: ${orgs[1]!.code} (${orgs[1]!.emails[0]})`);
    const file = filesOf(fake).get(orgs[1]!.code)!;
    expect(file.editors).toEqual([owner]);
    expect(sheetNamed(file, orgs[1]!.code)).toBeDefined();
    const again = run(fake, 'createOrganisationTabs');
    expect(again.message).not.toContain('закрыт');
  });

  it('reports addresses Google refuses and the sharing quota, and shares the rest on the next run', () => {
    const { fake, orgs } = filesCity(30);
    fake.world.unshareable.add(orgs[2]!.emails[0]!);
    fake.world.sharingQuota = 10;
    const first = run(fake, 'createOrganisationTabs');
    expect(first.ok, first.message).toBe(true);
    expect(first.message).toContain('файлов создано 30 из 30');
    expect(first.message).toContain('доступ открыт 10 из 30 адресов');
    expect(first.message).toContain('Квота Google на открытие доступа на сегодня исчерпана');
    expect(first.message).toContain(`${orgs[2]!.code}: ${orgs[2]!.emails[0]}`);
    fake.world.sharingQuota = Number.POSITIVE_INFINITY;
    const next = run(fake, 'createOrganisationTabs');
    expect(next.message).toContain('доступ открыт 29 из 30 адресов');
    expect(next.message).toContain(`${orgs[2]!.code}: ${orgs[2]!.emails[0]}`);
    for (const org of orgs.filter((_, i) => i !== 2))
      expect(filesOf(fake).get(org.code)!.editors).toContain(org.emails[0]);
  });

  it('stops before the 6-minute limit and goes on from the cursor, within the Sheets write quota', () => {
    const { fake } = filesCity(30);
    // Slow Drive calls and a small write quota: one run cannot do everything.
    fake.world.callCosts['Drive.'] = 3000;
    fake.world.sheetsQuota.writes = 10;
    const started = fake.world.now;
    const first = fake.run('sidebarCall', 'createTabs', null) as SidebarResult;
    expect(first.ok, first.message).toBe(true);
    const progress = first.ok ? first.progress : undefined;
    expect(progress?.done).toBeLessThan(30);
    expect(fake.world.now - started).toBeLessThan(6 * 60_000);
    expect(filesOf(fake).size).toBe(progress?.done);
    const second = run(fake, 'createOrganisationTabs');
    expect(second.ok, second.message).toBe(true);
    const more = second.ok ? second.progress : undefined;
    const last = more && more.done < more.total ? run(fake, 'createOrganisationTabs') : second;
    expect(filesOf(fake).size).toBe(30);
    // The last answer counts the whole pass: the files made by the first call too, once each.
    expect(last.message).toContain('файлов создано 30 из 30; в этот раз: создано 30,');
  });
});

describe('в отдельных файлах: «Проверить защиту» and «Восстановить защиту»', () => {
  it('lists an extra editor added by hand, a protection removed, a range moved, and changes nothing until asked', () => {
    const { fake, orgs } = filesCity(4);
    run(fake, 'createOrganisationTabs');
    const files = filesOf(fake);
    const [a, b, c, d] = orgs.map((o) => files.get(o.code)!);
    fake.world.asUser(owner, () => share(fake.world, a!, 'intruder@example.org', 'writer', { notify: false }));
    b!.protections = b!.protections.filter((p) => !(isSheetProtection(p) && p.sheetId === b!.sheets[0]!.sheetId));
    c!.protections.find(isSheetProtection)!.editors.push('intruder@example.org');
    const open = d!.protections.find((p) => isSheetProtection(p) && p.sheetId === d!.sheets[0]!.sheetId)!;
    open.unprotectedRanges[0]!.startColumnIndex! -= 1;
    const before = [...files.values()].map(snapshot);
    const audit = run(fake, 'auditProtection');
    expect(audit.ok, audit.message).toBe(true);
    const found = new Map((audit.ok ? (audit.problems ?? []) : []).map((p) => [p.org, p.message]));
    expect(found.get(orgs[0]!.code)).toContain('лишний доступ: intruder@example.org');
    expect(found.get(orgs[1]!.code)).toContain('лист не защищён');
    expect(found.get(orgs[2]!.code)).toContain('лишние редакторы intruder@example.org');
    expect(found.get(orgs[3]!.code)).toContain('незащищённые ячейки не совпадают с полями ввода');
    expect([...filesOf(fake).values()].map(snapshot)).toEqual(before);
    const journal = valuesOf(sheetNamed(fake.committee, 'Журнал')!).flat().join('\n');
    expect(journal).toContain('intruder@example.org');
    const restored = run(fake, 'restoreProtection');
    expect(restored.ok, restored.message).toBe(true);
    expect(restored.message).toContain('исправлено 4');
    expect(a!.editors).not.toContain('intruder@example.org');
    const clean = run(fake, 'auditProtection');
    expect(clean.ok && clean.problems).toBeFalsy();
    expect(clean.message).toContain('расхождений нет');
  });

  it('makes a colleague listed later an editor of every file’s locked cells when the committee restores protection', () => {
    const { fake, orgs } = filesCity(2);
    run(fake, 'createOrganisationTabs');
    setSetting(fake.committee, 'Сотрудники комитета', `${owner}, petrova@example.ru`);
    fake.share('petrova@example.ru');
    const fileA = filesOf(fake).get(orgs[0]!.code)!;
    expect(userTypes('petrova@example.ru', fileA, orgs[0]!.code, 'A2', 'x').ok).toBe(false);
    const audit = run(fake, 'auditProtection');
    expect(audit.ok && audit.problems?.map((p) => p.message).join(' ')).toContain('нет редакторов petrova@example.ru');
    expect(run(fake, 'restoreProtection').ok).toBe(true);
    expect(userTypes('petrova@example.ru', fileA, orgs[0]!.code, 'A2', 'x')).toEqual({ ok: true });
    expect(cellAt(sheetNamed(fileA, orgs[0]!.code)!, 1, 0)?.value).toBe('x');
  });
});

describe('Инструкция', () => {
  it('tells a school in its own file that no other organisation sees it', () => {
    const { fake, orgs } = filesCity(1);
    run(fake, 'createOrganisationTabs');
    const text = valuesOf(sheetNamed(filesOf(fake).get(orgs[0]!.code)!, 'Инструкция')!)
      .flat()
      .join('\n');
    expect(text).toContain('у каждой организации свой файл, другие организации его не видят и не правят');
  });
});
