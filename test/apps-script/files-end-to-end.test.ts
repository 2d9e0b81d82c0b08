import { describe, expect, it } from 'vitest';
import type { SidebarResult } from '../../addon/sidebar-protocol';
import type { Organisation } from '../../core/directory/organisation';
import type { SheetData } from '../../core/grid/sheet-data';
import { outputTabNames } from '../../core/grid/tab-names';
import { fillDirectory, schoolFills, setSetting } from './city';
import { editableCells } from './fake/access';
import type { MailAppFake } from './fake/mail-app';
import { type FakeSheet, type FakeSpreadsheet, isSheetProtection, sheetNamed, valuesOf } from './fake/model';
import { moveRows } from './fake/shift-rows';
import { typeIntoCell } from './fake/type-into-cell';
import { type CommitteeFake, committeeFake, owner } from './harness';
import { manyOrgs } from './many-orgs';
import { onlyFiles, spy } from './org-files';

/**
 * Issue 10 end to end, through dist/Code.js in the fake: a new set-up (its default, one file per
 * organisation), «Создать и обновить листы организаций» for 30 organisations, schools typing into
 * their own files as themselves, «Проверить отчёты», the hourly job, «Собрать сводку», «Проверить
 * защиту», a second build and the monthly send.
 */

const ok = (result: unknown): SidebarResult => {
  const r = result as SidebarResult;
  expect(r.ok, r.message).toBe(true);
  return r;
};

interface City {
  readonly fake: CommitteeFake;
  readonly orgs: readonly Organisation[];
  readonly grids: readonly SheetData[];
  /** Each organisation's file, by code. */
  readonly files: ReadonlyMap<string, FakeSpreadsheet>;
}

/** A new set-up as the committee makes it: «Настроить таблицу», the directory, the dates, the files created. */
function newCity(n = 30): City {
  const { orgs, grids } = manyOrgs(n);
  const fake = committeeFake();
  ok(fake.run('setUpSpreadsheet'));
  fillDirectory(fake.committee, orgs);
  setSetting(fake.committee, 'Дата отчёта', '01.02.2024');
  setSetting(fake.committee, 'Срок сдачи', '20.01.2024');
  setSetting(fake.committee, 'Получатели сводки', 'head@example.ru');
  const created = ok(fake.run('createOrganisationTabs'));
  expect(created.message).toContain(`файлов создано ${n} из ${n}`);
  const folder = String(setting(fake, 'Папка отчётов'));
  const files = new Map(
    [...fake.world.books.values()]
      .filter((b) => b.parents.includes(folder))
      .map((b) => [b.appProperties?.profkartaCode ?? '', b]),
  );
  return { fake, orgs, grids, files };
}

/** Each school fills its own file as itself: every cell it needs is open to it (else typing throws). */
function fillAll(city: City): void {
  city.orgs.forEach((org, i) => {
    schoolFills(city.files.get(org.code)!, city.grids[i]!, org.code, org.emails[0]!);
  });
}

function setting(fake: CommitteeFake, label: string): unknown {
  return valuesOf(sheetNamed(fake.committee, 'Настройки')!).find((r) => r[0] === label)?.[1];
}

const form = (city: City, code: string): FakeSheet => sheetNamed(city.files.get(code)!, code)!;
const rowOf = (sheet: FakeSheet, label: string) => sheetRowOf(valuesOf(sheet), label);
const sheetRowOf = (rows: readonly (readonly unknown[])[], label: string) => rows.findIndex((r) => r[0] === label);

/** A school types into column B of a label's row of its own form, as itself. */
function schoolTypes(city: City, code: string, label: string, value: unknown): void {
  const org = city.orgs.find((o) => o.code === code)!;
  const sheet = form(city, code);
  typeIntoCell(city.files.get(code)!, sheet, rowOf(sheet, label), 1, value, { as: org.emails[0]! });
}

/** Every value in a form but the check line, counted (what a school typed must all still be there). */
function typedValues(sheet: FakeSheet): Map<string, number> {
  const counts = new Map<string, number>();
  const line = checkLineRow(sheet);
  for (const v of valuesOf(sheet)
    .filter((_, r) => r !== line)
    .flat())
    if (v !== '') counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
  return counts;
}

const checkLineRow = (sheet: FakeSheet) =>
  valuesOf(sheet).findIndex((r) => /^(Проверено |Лист ещё не проверялся)/.test(String(r[0])));

/** The cells a school may edit in its form above section 7 (which a build rewrites), and who edits the locked cells. */
function schoolAccess(city: City, org: Organisation) {
  const file = city.files.get(org.code)!;
  const sheet = form(city, org.code);
  const seven = rowOf(sheet, '7. Рекомендации комитета');
  return {
    cells: editableCells(city.fake.world, file, sheet, org.emails[0]!, {
      r0: 0,
      c0: 0,
      r1: seven,
      c1: sheet.columnCount,
    }),
    editors: file.protections
      .map((p) => `${p.sheetId} ${isSheetProtection(p) ? 'tab' : 'range'}: ${[...p.editors].sort().join(', ')}`)
      .sort(),
  };
}

describe('в отдельных файлах from a new set-up, end to end through dist/Code.js', () => {
  it('creates the files, lets each school fill its own, checks, re-checks hourly and builds what changed, and sends the month’s summary', () => {
    const city = newCity();
    const { fake, orgs } = city;
    // A new set-up's default: one file per organisation, in the folder set-up made.
    expect(setting(fake, 'Отчёты организаций')).toBe('в отдельных файлах');
    expect(city.files.size).toBe(30);

    fillAll(city);
    schoolTypes(city, 'S0002', 'Электронная почта', 'не почта');
    schoolTypes(city, 'S0003', 'Педагогов-навигаторов', '=ВПР(1;A1:B2;3)');
    // The committee moves section 6 above section 5 in S0004's file, as a school asked it to.
    const s4 = form(city, 'S0004');
    fake.world.asUser(owner, () =>
      moveRows(
        city.files.get('S0004')!,
        s4,
        rowOf(s4, '6. Повышение квалификации педагогов'),
        rowOf(s4, '7. Рекомендации комитета'),
        rowOf(s4, '5. Участие в мероприятиях'),
      ),
    );
    fake.world.touch(city.files.get('S0004')!, owner);
    const access = new Map(orgs.map((o) => [o.code, schoolAccess(city, o)]));

    // «Проверить отчёты» right after creating the files: the write quota creation used is waited out.
    const check = ok(fake.run('checkSubmissions'));
    expect(check.ok && check.counts).toMatchObject({ submitted: 28, errors: 2, empty: 0, missing: 0 });
    expect(valuesOf(form(city, 'S0002'))[1]?.[0]).toMatch(/^Проверено \d\d\.\d\d\.\d{4} \d\d:\d\d на дату отчёта 01\.02\.2024: 1 ошибка/);
    const email = form(city, 'S0002').cells[rowOf(form(city, 'S0002'), 'Электронная почта')]![1]!;
    expect([email.note, email.format.background]).toEqual([expect.stringContaining('Ошибка'), '#f4cccc']);

    // The hourly job: nothing changed, nothing read or written; then only the file that changed.
    let seen = spy(fake);
    expect(ok(fake.run('hourlyJob')).message).toBe('Изменений в листах организаций нет: проверять нечего.');
    expect(onlyFiles(city.files, [...seen.reads, ...seen.writes])).toEqual([]);
    fake.world.now += 3_600_000;
    schoolTypes(city, 'S0002', 'Электронная почта', 'school2@example.ru');
    seen = spy(fake);
    expect(ok(fake.run('hourlyJob')).message).toMatch(/^Перепроверено изменённых листов: 1\./);
    const s0002 = [city.files.get('S0002')!.id];
    expect([onlyFiles(city.files, seen.reads), onlyFiles(city.files, seen.writes)]).toEqual([s0002, s0002]);
    expect(valuesOf(form(city, 'S0002'))[1]?.[0]).toMatch(/: 0 ошибок/);

    const typed = new Map(orgs.map((o) => [o.code, typedValues(form(city, o.code))]));
    // «Собрать сводку»: the outputs in the committee's spreadsheet, section 7 and marks in the files.
    const build = ok(fake.run('buildSummary'));
    expect(build.message).toMatch(/^Сводка собрана\. Всего организаций: 30 — сдали 29, с ошибками 1/);
    for (const tab of outputTabNames) expect(sheetNamed(fake.committee, tab), tab).toBeDefined();
    // «1 234» typed as text in a number cell is read as a number: 1 234 + 210 pupils of grades 6–11.
    const registry = valuesOf(sheetNamed(fake.committee, 'Реестр уровней')!);
    expect(registry.find((r) => r.includes('S0001'))).toContain(1444);
    const s3 = valuesOf(form(city, 'S0003'));
    expect(
      s3
        .slice(sheetRowOf(s3, '7. Рекомендации комитета') + 2)
        .flat()
        .join(' '),
    ).toMatch(/ошиб/i);
    for (const org of orgs) {
      // Nothing a school typed is lost, wherever the section stood.
      const now = typedValues(form(city, org.code));
      for (const [value, count] of typed.get(org.code)!) {
        if (value !== 'Лист ещё не проверялся.')
          expect(now.get(value) ?? 0, `${org.code}: ${value}`).toBeGreaterThanOrEqual(count);
      }
      // The build keeps the protections as creation set them: the same editors, the same cells open to the school.
      if (org.code !== 'S0004') expect(schoolAccess(city, org), org.code).toEqual(access.get(org.code));
    }
    const audit = ok(fake.run('auditProtection'));
    expect(audit.message).toBe('Проверка защиты: расхождений нет.');

    // A school types again: the next build reads and writes that file only.
    fake.world.now += 3_600_000;
    schoolTypes(city, 'S0003', 'Педагогов-навигаторов', '4');
    seen = spy(fake);
    expect(ok(fake.run('buildSummary')).message).toMatch(/сдали 30, с ошибками 0/);
    const s0003 = [city.files.get('S0003')!.id];
    expect([onlyFiles(city.files, seen.reads), onlyFiles(city.files, seen.writes)]).toEqual([s0003, s0003]);

    // The monthly job (no document, no user) builds and sends.
    fake.world.activeId = null;
    fake.world.activeUser = '';
    expect(ok(fake.run('monthlyJob')).message).toBe('Сводка отправлена 1 получателю.');
    expect((fake.globals.MailApp as MailAppFake).sent.map((m) => m.to)).toEqual([['head@example.ru']]);
  });

  it('reads every file again when «Создать и обновить листы» upgraded them minutes after a build, and writes its results', () => {
    const city = newCity(3);
    const { fake } = city;
    fillAll(city);
    ok(fake.run('buildSummary'));
    // The committee finds a roadmap item it must drop and upgrades the forms a minute later.
    const roadmap = sheetNamed(fake.committee, 'Дорожная карта')!;
    roadmap.cells.splice(
      roadmap.cells.findIndex((row, r) => r > 0 && row?.[0]?.value === '1.2'),
      1,
    );
    fake.world.now += 60_000;
    expect(ok(fake.run('createOrganisationTabs')).message).toContain('обновлено 3');
    fake.world.now += 60_000;
    const seen = spy(fake);
    const build = ok(fake.run('buildSummary'));
    expect(build.message).not.toMatch(/Не записаны|Не прочитаны/);
    const ids = [...city.files.values()].map((f) => f.id).sort();
    expect([onlyFiles(city.files, seen.reads).sort(), onlyFiles(city.files, seen.writes).sort()]).toEqual([ids, ids]);
    for (const org of city.orgs) expect(valuesOf(form(city, org.code))[1]?.[0], org.code).toMatch(/^Проверено/);
    const execution = valuesOf(sheetNamed(fake.committee, 'Исполнение ДК')!).flat();
    expect(execution).not.toContain('1.2');
  });

  it('closes the file of an organisation made inactive, then neither reads nor writes it', () => {
    const city = newCity(5);
    fillAll(city);
    ok(city.fake.run('buildSummary'));
    const directory = sheetNamed(city.fake.committee, 'Организации')!;
    const row = sheetRowOf(valuesOf(directory), 'S0002');
    typeIntoCell(city.fake.committee, directory, row, valuesOf(directory)[0]!.indexOf('Действует'), 'нет');
    const closed = ok(city.fake.run('createOrganisationTabs'));
    expect(closed.message).toContain('Закрыт доступ к файлам недействующих организаций: S0002 (school2@example.ru)');
    const file = city.files.get('S0002')!;
    expect(file.editors).toEqual([owner]);
    // Its school can no longer type; the committee's change to it is not read, and nothing is written into it.
    expect(() => schoolTypes(city, 'S0002', 'ФИО', 'Петрова')).toThrow();
    city.fake.world.now += 3_600_000;
    typeIntoCell(file, form(city, 'S0002'), rowOf(form(city, 'S0002'), 'ФИО'), 1, 'Петрова', { as: owner });
    const seen = spy(city.fake);
    expect(ok(city.fake.run('buildSummary')).message).toMatch(/Всего организаций: 4 —/);
    expect(ok(city.fake.run('hourlyJob')).ok).toBe(true);
    expect(onlyFiles(city.files, [...seen.reads, ...seen.writes])).toEqual([]);
  });

  it('lets a colleague added to «Сотрудники комитета» build once «Восстановить защиту» opened the files to them', () => {
    const city = newCity(5);
    const { fake } = city;
    fillAll(city);
    ok(fake.run('buildSummary'));
    setSetting(fake.committee, 'Сотрудники комитета', `${owner}, petrova@example.ru`);
    fake.share('petrova@example.ru');
    const audit = ok(fake.run('auditProtection'));
    expect(audit.ok && audit.problems?.map((p) => p.message).join(' ')).toContain('нет доступа: petrova@example.ru');
    expect(ok(fake.run('restoreProtection')).message).toMatch(/^Защита восстановлена/);
    fake.world.now += 3_600_000;
    schoolTypes(city, 'S0003', 'Должность', 'директор');
    const seen = spy(fake);
    const build = fake.as('petrova@example.ru', 'buildSummary') as SidebarResult;
    expect(build.ok, build.message).toBe(true);
    expect(build.message).not.toMatch(/Не записаны|Не прочитаны/);
    expect(onlyFiles(city.files, seen.writes)).toContain(city.files.get('S0003')!.id);
    expect(valuesOf(form(city, 'S0003'))[1]?.[0]).toMatch(/^Проверено/);
    expect(ok(fake.run('auditProtection')).message).toBe('Проверка защиты: расхождений нет.');
  });
});
