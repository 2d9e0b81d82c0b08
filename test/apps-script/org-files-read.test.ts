import { describe, expect, it } from 'vitest';
import type { SidebarResult } from '../../addon/sidebar-protocol';
import { setSetting } from './city';
import type { MailAppFake } from './fake/mail-app';
import { cellAt, sheetNamed, valuesOf } from './fake/model';
import { typeIntoCell } from './fake/type-into-cell';
import { continuations, fireContinuation } from './measure-files';
import type { ScriptAppFake } from './fake/script-app';
import { owner } from './harness';
import { type FilesCity, filesCity, onlyFiles, schoolEdits, spy } from './org-files';

const onFiles = (city: FilesCity, ids: readonly string[]) => onlyFiles(city.files, ids);

describe('reading organisation files (в отдельных файлах)', () => {
  it('builds from every file on the first run, each read in one request, and marks each file', () => {
    const city = filesCity(10);
    const seen = spy(city.fake);
    const result = city.fake.run('buildSummary') as SidebarResult;
    expect(result.ok, result.message).toBe(true);
    expect(result.message).toMatch(/^Сводка собрана\. Всего организаций: 10 — сдали/);
    expect(city.fake.counter.get('Drive.Files.list')).toBe(1);
    expect(onFiles(city, seen.reads).sort()).toEqual([...city.files.values()].map((f) => f.id).sort());
    expect(onFiles(city, seen.writes).sort()).toEqual([...city.files.values()].map((f) => f.id).sort());
    const tab = valuesOf(sheetNamed(city.files.get('S0001')!, 'S0001')!);
    expect(tab.flat().some((v) => /^Проверено \d\d\.\d\d\.\d{4} \d\d:\d\d(?: на дату отчёта \d\d\.\d\d\.\d{4})?: /.test(String(v)))).toBe(true);
    expect(sheetNamed(city.fake.committee, 'Кэш отчётов')?.hidden).toBe(true);
  });

  it('reads and writes nothing on the next build when no file changed, its own marks included', () => {
    const city = filesCity(10);
    expect((city.fake.run('buildSummary') as SidebarResult).ok).toBe(true);
    const seen = spy(city.fake);
    city.fake.counter.reset();
    const again = city.fake.run('buildSummary') as SidebarResult;
    expect(again.ok, again.message).toBe(true);
    expect(onFiles(city, seen.reads)).toEqual([]);
    expect(onFiles(city, seen.writes)).toEqual([]);
    expect(city.fake.counter.get('Drive.Files.list')).toBe(1);
  });

  it('reads and writes only the files changed since, and the outputs follow the change', () => {
    const city = filesCity(10);
    expect((city.fake.run('buildSummary') as SidebarResult).ok).toBe(true);
    for (const code of ['S0003', 'S0007']) schoolEdits(city.fake, city.files.get(code)!, code, `x${code}@example.ru`);
    const seen = spy(city.fake);
    const again = city.fake.run('buildSummary') as SidebarResult;
    expect(again.ok, again.message).toBe(true);
    const changed = [city.files.get('S0003')!.id, city.files.get('S0007')!.id].sort();
    expect(onFiles(city, seen.reads).sort()).toEqual(changed);
    expect(onFiles(city, seen.writes).sort()).toEqual(changed);
    const responsible = valuesOf(sheetNamed(city.fake.committee, 'Ответственные')!).flat().map(String);
    expect(responsible.some((v) => v.startsWith('Иванова Мария Петровна'))).toBe(true);
  });

  it('keeps what a school typed while the add-on wrote into its file, and does not read that file again', () => {
    const city = filesCity(10);
    const file = city.files.get('S0005')!;
    const tab = sheetNamed(file, 'S0005')!;
    const row = tab.cells.findIndex((r) => r?.[0]?.value === 'Должность');
    // The school types the moment before the add-on's write reaches its file.
    city.fake.world.onBatchUpdate = (id) => {
      if (id !== file.id) return;
      city.fake.world.onBatchUpdate = null;
      city.fake.world.asUser('school5@example.ru', () => typeIntoCell(file, tab, row, 1, 'Директор по развитию'));
    };
    expect((city.fake.run('buildSummary') as SidebarResult).ok).toBe(true);
    expect(cellAt(tab, row, 1)?.value).toBe('Директор по развитию');
    const seen = spy(city.fake);
    expect((city.fake.run('buildSummary') as SidebarResult).ok).toBe(true);
    expect(onFiles(city, seen.reads)).toEqual([]);
    const responsible = valuesOf(sheetNamed(city.fake.committee, 'Ответственные')!).flat().map(String);
    expect(responsible).toContain('Директор по развитию');
  });

  it('reads a file again when a school changed it after the add-on wrote into it', () => {
    const city = filesCity(10);
    expect((city.fake.run('buildSummary') as SidebarResult).ok).toBe(true);
    city.fake.world.now += 60_000;
    schoolEdits(city.fake, city.files.get('S0002')!, 'S0002', 'school2@example.ru');
    const seen = spy(city.fake);
    expect((city.fake.run('checkSubmissions') as SidebarResult).ok).toBe(true);
    expect(onFiles(city, seen.reads)).toEqual([city.files.get('S0002')!.id]);
  });

  it('reads a file the committee corrected by hand minutes after the build wrote into it', () => {
    const city = filesCity(10);
    expect((city.fake.run('buildSummary') as SidebarResult).ok).toBe(true);
    // Two minutes later a committee member (the account the build ran as) corrects a school's value.
    city.fake.world.now += 120_000;
    const file = city.files.get('S0006')!;
    const tab = sheetNamed(file, 'S0006')!;
    const row = tab.cells.findIndex((r) => r?.[0]?.value === 'Должность');
    typeIntoCell(file, tab, row, 1, 'Директор школы', { as: owner });
    const seen = spy(city.fake);
    expect((city.fake.run('buildSummary') as SidebarResult).ok).toBe(true);
    expect(onFiles(city, seen.reads)).toEqual([file.id]);
    expect(valuesOf(sheetNamed(city.fake.committee, 'Ответственные')!).flat()).toContain('Директор школы');
  });

  it('reads a file again when its kept copy in «Кэш отчётов» is damaged', () => {
    const city = filesCity(10);
    expect((city.fake.run('buildSummary') as SidebarResult).ok).toBe(true);
    const cache = sheetNamed(city.fake.committee, 'Кэш отчётов')!;
    const row = cache.cells.findIndex((r) => r?.[0]?.value === 'S0004');
    cache.cells[row]![2]!.value = '{"title": 1';
    const seen = spy(city.fake);
    expect((city.fake.run('buildSummary') as SidebarResult).ok).toBe(true);
    expect(onFiles(city, seen.reads)).toEqual([city.files.get('S0004')!.id]);
  });

  it('re-checks from the hourly trigger only the files changed, and writes nothing when none did', () => {
    const city = filesCity(10);
    expect((city.fake.run('checkSubmissions') as SidebarResult).ok).toBe(true);
    const quiet = spy(city.fake);
    const none = city.fake.run('hourlyJob') as SidebarResult;
    expect(none.message).toBe('Изменений в листах организаций нет: проверять нечего.');
    expect(quiet.writes).toEqual([]);
    schoolEdits(city.fake, city.files.get('S0009')!, 'S0009', 'school9@example.ru');
    const seen = spy(city.fake);
    const changed = city.fake.run('hourlyJob') as SidebarResult;
    expect(changed.message).toMatch(/^Перепроверено изменённых листов: 1\./);
    expect(onFiles(city, seen.reads)).toEqual([city.files.get('S0009')!.id]);
    expect(onFiles(city, seen.writes)).toEqual([city.files.get('S0009')!.id]);
  });

  it('reads from the sidebar a minute of quota per call, showing progress, and builds at the last call', () => {
    const city = filesCity(100);
    const steps: SidebarResult[] = [];
    for (let call = 0; call < 5; call++) {
      const step = city.fake.run('sidebarCall', 'build', null) as SidebarResult;
      steps.push(step);
      if (!step.ok || !step.progress) break;
    }
    expect(steps.map((s) => (s.ok && s.progress ? s.progress.done : null))).toEqual([45, 90, null]);
    expect(steps[0]!.message).toMatch(/^Прочитано файлов организаций: 45 из 100, осталось 55/);
    expect(steps.at(-1)!.message).toMatch(/^Сводка собрана\. Всего организаций: 100/);
    const state = city.fake.run('sidebarCall', 'state', null) as SidebarResult;
    expect(state.ok && state.state?.pending).toBeNull();
  });

  it('shows reading part-way in the sidebar, and the continuation trigger waits a minute', () => {
    const city = filesCity(60);
    const first = city.fake.run('sidebarCall', 'check', null) as SidebarResult;
    expect(first.ok && first.progress).toEqual({ done: 45, total: 60 });
    const state = city.fake.run('sidebarCall', 'state', null) as SidebarResult;
    expect(state.ok && state.state?.pending).toEqual({ action: 'check', done: 45, total: 60 });
    const [trigger] = continuations(city);
    expect(trigger!.runAt! - city.fake.world.now).toBeGreaterThan(50_000);
  });
});

describe('the monthly send with one file per organisation', () => {
  it('waits for the files still to read: tries again later the same day, and sends once they are read', () => {
    const city = filesCity(260);
    setSetting(city.fake.committee, 'Получатели сводки', 'head@example.ru');
    const { world } = city.fake;
    // 08:00 in Chelyabinsk the next day: the retry fits in the day.
    world.now = (Math.floor(world.now / 86_400_000) + 1) * 86_400_000 + 3 * 3_600_000;
    const first = city.fake.fire('monthlyJob') as SidebarResult;
    expect(first.ok, first.message).toBe(true);
    expect(first.message).toMatch(
      /^Ежемесячная рассылка отложена: ещё читаются файлы организаций \(прочитано 225 из 260\)\. Повтор сегодня около \d\d:\d\d\.$/,
    );
    const mail = city.fake.globals.MailApp as MailAppFake;
    expect(mail.sent).toEqual([]);
    const waiting = (city.fake.globals.ScriptApp as ScriptAppFake).triggers.map((t) => t.handler).sort();
    expect(waiting).toEqual(['continueOrgFiles', 'monthlyRetry']);
    expect(fireContinuation(city).result.message).toBe('Прочитаны все файлы организаций: 260.');
    world.now = (city.fake.globals.ScriptApp as ScriptAppFake).triggers.find((t) => t.handler === 'monthlyRetry')!
      .runAt!;
    const retry = city.fake.fire('monthlyRetry') as SidebarResult;
    expect(retry.ok, retry.message).toBe(true);
    expect(mail.sent.map((m) => m.to)).toEqual([['head@example.ru']]);
  });
});

describe('back in one spreadsheet', () => {
  it('deletes «Кэш отчётов» with its copies of the organisations’ files at the next check', () => {
    const city = filesCity(3);
    expect((city.fake.run('checkSubmissions') as SidebarResult).ok).toBe(true);
    expect(sheetNamed(city.fake.committee, 'Кэш отчётов')).toBeDefined();
    setSetting(city.fake.committee, 'Отчёты организаций', 'в этой таблице');
    const result = city.fake.run('checkSubmissions') as SidebarResult;
    expect(result.ok, result.message).toBe(true);
    expect(sheetNamed(city.fake.committee, 'Кэш отчётов')).toBeUndefined();
  });
});

describe('reminders with one file per organisation', () => {
  it('link a school to its own file, and a school without a file to nothing else', () => {
    const city = filesCity(5);
    const file = city.files.get('S0002')!;
    const tab = sheetNamed(file, 'S0002')!;
    const row = tab.cells.findIndex((r) => r?.[0]?.value === 'Электронная почта');
    city.fake.world.asUser('school2@example.ru', () => typeIntoCell(file, tab, row, 1, 'не почта'));
    city.files.get('S0004')!.trashed = true;
    const result = city.fake.run('remindLate') as SidebarResult;
    expect(result.ok, result.message).toBe(true);
    const sent = (city.fake.globals.MailApp as MailAppFake).sent;
    expect(sent.map((m) => m.to[0]).sort()).toEqual(['school2@example.ru', 'school4@example.ru']);
    const erring = sent.find((m) => m.to[0] === 'school2@example.ru')!;
    expect(erring.htmlBody).toContain(`https://docs.google.com/spreadsheets/d/${file.id}/edit#gid=`);
    const missing = sent.find((m) => m.to[0] === 'school4@example.ru')!;
    expect(missing.htmlBody).not.toContain(city.fake.committee.id);
  });
});
