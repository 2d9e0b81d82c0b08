import { describe, expect, it } from 'vitest';
import type { SidebarResult } from '../../addon/sidebar-protocol';
import { fillDirectory, preparedCommittee, setSetting } from './city';
import { editableCells, protectedCellMessage } from './fake/access';
import { isSheetProtection, sheetNamed, valuesOf } from './fake/model';
import { userTypes } from './fake/type-into-cell';
import { committeeFake, owner } from './harness';
import { manyOrgs } from './many-orgs';
import { schoolEditableCells } from './pinned-form';

/** 30 organisations whose forms are tabs of a separate reports spreadsheet (`в таблице отчётов`). */
function reportsCity(n = 30) {
  const { orgs } = manyOrgs(n);
  const fake = committeeFake();
  const reports = fake.world.createSpreadsheet('Профкарта — отчёты школ', owner);
  preparedCommittee(fake, orgs, '01.02.2024', 'в таблице отчётов');
  setSetting(fake.committee, 'Таблица отчётов', `https://docs.google.com/spreadsheets/d/${reports.id}/edit`);
  const setUp = fake.run('setUpSpreadsheet') as SidebarResult;
  if (!setUp.ok) throw new Error(setUp.message);
  const created = fake.run('createOrganisationTabs') as SidebarResult;
  if (!created.ok) throw new Error(created.message);
  return { fake, orgs, reports };
}

describe('в таблице отчётов: each organisation edits its own input cells only', () => {
  it('lets school A write its input cells and refuses school B’s, and A’s labels and locked cells', () => {
    const { orgs, reports } = reportsCity();
    const [a, b] = [orgs[0]!, orgs[1]!];
    const schoolA = a.emails[0]!;
    expect(reports.editors).toEqual(expect.arrayContaining(orgs.map((o) => o.emails[0]!)));
    expect(userTypes(schoolA, reports, a.code, 'B12', 'Иванова Мария Петровна')).toEqual({ ok: true });
    for (const [tab, cell] of [
      [b.code, 'B12'],
      [b.code, 'D40'],
      [a.code, 'A12'],
      [a.code, 'B6'],
      [a.code, 'A2'],
      [a.code, 'A40'],
      ['Инструкция', 'A1'],
    ] as const) {
      expect(userTypes(schoolA, reports, tab, cell, 'x'), `${tab}!${cell}`).toEqual({
        ok: false,
        message: protectedCellMessage,
      });
    }
  });

  it('pins the cells each school may edit, cell by cell: its own form’s inputs, and none of another’s', () => {
    const { fake, orgs, reports } = reportsCity();
    const tab = sheetNamed(reports, orgs[0]!.code)!;
    expect(editableCells(fake.world, reports, tab, orgs[0]!.emails[0]!)).toEqual(schoolEditableCells);
    expect(editableCells(fake.world, reports, tab, orgs[1]!.emails[0]!)).toEqual([]);
    expect(editableCells(fake.world, reports, sheetNamed(reports, orgs[1]!.code)!, orgs[0]!.emails[0]!)).toEqual([]);
  });

  it('says in Инструкция that the other organisations of the spreadsheet see the tab but cannot edit it', () => {
    const { reports } = reportsCity(2);
    const text = valuesOf(sheetNamed(reports, 'Инструкция')!).flat().join('\n');
    expect(text).toContain(
      'другие организации, у которых есть к ней доступ, видят этот лист, но изменять его не могут',
    );
  });
});

describe('«Проверить защиту» with the forms in one spreadsheet', () => {
  it('lists an input range left open to every organisation and an extra editor, and restores them only when asked', () => {
    const { fake, orgs, reports } = reportsCity(3);
    const tabOf = (code: string) => sheetNamed(reports, code)!.sheetId;
    reports.protections = reports.protections.filter((p) => isSheetProtection(p) || p.sheetId !== tabOf(orgs[0]!.code));
    reports.protections
      .find((p) => isSheetProtection(p) && p.sheetId === tabOf(orgs[1]!.code))!
      .editors.push(orgs[1]!.emails[0]!);
    const audit = fake.run('auditProtection') as SidebarResult;
    expect(audit.ok, audit.message).toBe(true);
    const found = new Map((audit.ok ? (audit.problems ?? []) : []).map((p) => [p.org, p.message]));
    expect(found.get(orgs[0]!.code)).toContain('поля ввода открыты всем организациям таблицы');
    expect(found.get(orgs[1]!.code)).toContain(`защищённые ячейки: лишние редакторы ${orgs[1]!.emails[0]}`);
    expect(found.has(orgs[2]!.code)).toBe(false);
    // Nothing was put right by the audit: school B still edits its labels.
    expect(userTypes(orgs[1]!.emails[0]!, reports, orgs[1]!.code, 'A12', 'x').ok).toBe(true);
    const restored = fake.run('restoreProtection') as SidebarResult;
    expect(restored.ok, restored.message).toBe(true);
    expect(userTypes(orgs[1]!.emails[0]!, reports, orgs[1]!.code, 'A13', 'x')).toEqual({
      ok: false,
      message: protectedCellMessage,
    });
    expect(userTypes(orgs[0]!.emails[0]!, reports, orgs[0]!.code, 'B12', 'x').ok).toBe(true);
    expect(userTypes(orgs[1]!.emails[0]!, reports, orgs[0]!.code, 'B12', 'x').ok).toBe(false);
    const clean = fake.run('auditProtection') as SidebarResult;
    expect(clean.message).toContain('расхождений нет');
  });
});

describe('setUpSpreadsheet and where the forms live', () => {
  it('puts a new set-up in separate files and makes the folder, its id in Настройки', () => {
    const fake = committeeFake();
    const result = fake.run('setUpSpreadsheet') as SidebarResult;
    expect(result.ok, result.message).toBe(true);
    expect(result.message).toContain('Создана папка');
    const settings = valuesOf(sheetNamed(fake.committee, 'Настройки')!);
    expect(settings.find((r) => r[0] === 'Отчёты организаций')?.[1]).toBe('в отдельных файлах');
    const folder = String(settings.find((r) => r[0] === 'Папка отчётов')?.[1]);
    expect(fake.world.item(folder)?.mimeType).toBe('application/vnd.google-apps.folder');
    expect(fake.world.item(folder)?.owner).toBe(owner);
  });

  it.each([
    ['более 100 организаций', 101, 1],
    ['более 600 адресов', 60, 11],
  ])('refuses a one-file mode with %s, recommending separate files', (_, n, perOrg) => {
    const { orgs } = manyOrgs(n);
    const fake = committeeFake();
    fake.run('setUpSpreadsheet');
    setSetting(fake.committee, 'Отчёты организаций', 'в этой таблице');
    fillDirectory(
      fake.committee,
      orgs.map((o, i) => ({ ...o, emails: Array.from({ length: perOrg }, (_, k) => `s${i}.${k}@example.ru`) })),
    );
    const result = fake.run('setUpSpreadsheet') as SidebarResult;
    expect(result.ok).toBe(false);
    expect(result.message).toContain('не больше чем 100 людям сразу');
    expect(result.message).toContain('«в отдельных файлах»');
  });
});

describe('в этой таблице: the committee spreadsheet shared with the organisations', () => {
  it('never leaves Журнал or История open to a school, and a fresh set-up audits clean', () => {
    const { orgs } = manyOrgs(3);
    const fake = committeeFake();
    preparedCommittee(fake, orgs, '01.02.2024', 'в этой таблице');
    const created = fake.run('createOrganisationTabs') as SidebarResult;
    expect(created.ok, created.message).toBe(true);
    expect(created.message).not.toContain('расхождений');
    const built = fake.run('buildSummary') as SidebarResult;
    expect(built.ok, built.message).toBe(true);
    const school = orgs[0]!.emails[0]!;
    expect(fake.committee.editors).toContain(school);
    for (const tab of ['Журнал', 'История', 'Ответственные', 'Организации']) {
      expect(userTypes(school, fake.committee, tab, 'A3', 'x'), tab).toEqual({ ok: false, message: protectedCellMessage });
    }
    const audit = fake.run('auditProtection') as SidebarResult;
    expect(audit.message).toContain('расхождений нет');
  });

  it('protects a Журнал an older version left open when «Настроить таблицу» runs again', () => {
    const { orgs } = manyOrgs(2);
    const fake = committeeFake();
    preparedCommittee(fake, orgs, '01.02.2024', 'в этой таблице');
    const journal = sheetNamed(fake.committee, 'Журнал')!;
    fake.committee.protections = fake.committee.protections.filter((p) => p.sheetId !== journal.sheetId);
    const again = fake.run('setUpSpreadsheet') as SidebarResult;
    expect(again.ok, again.message).toBe(true);
    expect(again.message).toContain('обновлена защита 1 листа');
    fake.run('createOrganisationTabs');
    expect(userTypes(orgs[0]!.emails[0]!, fake.committee, 'Журнал', 'A2', 'x').ok).toBe(false);
  });

  it('tells the schools in Инструкция that they see the committee’s tabs too', () => {
    const { orgs } = manyOrgs(2);
    const fake = committeeFake();
    preparedCommittee(fake, orgs, '01.02.2024', 'в этой таблице');
    fake.run('createOrganisationTabs');
    const text = valuesOf(sheetNamed(fake.committee, 'Инструкция')!).flat().join('\n');
    expect(text).toContain('Они видят и листы комитета');
  });
});
