import { describe, expect, it } from 'vitest';
import type { SidebarResult } from '../../addon/sidebar-protocol';
import { setSetting } from './city';
import type { MailAppFake } from './fake/mail-app';
import { cellAt, sheetNamed, valuesOf } from './fake/model';
import { typeIntoCell } from './fake/type-into-cell';
import { continuations } from './measure-files';
import { type FilesCity, filesCity, schoolEdits } from './org-files';

/** Which spreadsheets the script read with `Spreadsheets.get` and wrote with `batchUpdate`, in order. */
function spy(city: FilesCity): { reads: string[]; writes: string[] } {
  const seen = { reads: [] as string[], writes: [] as string[] };
  const spreadsheets = (city.fake.globals.Sheets as GoogleAppsScript.Sheets).Spreadsheets! as unknown as Record<
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

const fileIds = (city: FilesCity) => new Set([...city.files.values()].map((f) => f.id));
const onFiles = (city: FilesCity, ids: readonly string[]) => ids.filter((id) => fileIds(city).has(id));

describe('reading organisation files (в отдельных файлах)', () => {
  it('builds from every file on the first run, each read in one request, and marks each file', () => {
    const city = filesCity(10);
    const seen = spy(city);
    const result = city.fake.run('buildSummary') as SidebarResult;
    expect(result.ok, result.message).toBe(true);
    expect(result.message).toMatch(/^Сводка собрана\. Всего организаций: 10 — сдали/);
    expect(city.fake.counter.get('Drive.Files.list')).toBe(1);
    expect(onFiles(city, seen.reads).sort()).toEqual([...fileIds(city)].sort());
    expect(onFiles(city, seen.writes).sort()).toEqual([...fileIds(city)].sort());
    const tab = valuesOf(sheetNamed(city.files.get('S0001')!, 'S0001')!);
    expect(tab.flat().some((v) => /^Проверено \d\d\.\d\d\.\d{4} \d\d:\d\d: /.test(String(v)))).toBe(true);
    expect(sheetNamed(city.fake.committee, 'Кэш отчётов')?.hidden).toBe(true);
  });

  it('reads and writes nothing on the next build when no file changed, its own marks included', () => {
    const city = filesCity(10);
    expect((city.fake.run('buildSummary') as SidebarResult).ok).toBe(true);
    const seen = spy(city);
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
    const seen = spy(city);
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
    const seen = spy(city);
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
    const seen = spy(city);
    expect((city.fake.run('checkSubmissions') as SidebarResult).ok).toBe(true);
    expect(onFiles(city, seen.reads)).toEqual([city.files.get('S0002')!.id]);
  });

  it('reads a file again when its kept copy in «Кэш отчётов» is damaged', () => {
    const city = filesCity(10);
    expect((city.fake.run('buildSummary') as SidebarResult).ok).toBe(true);
    const cache = sheetNamed(city.fake.committee, 'Кэш отчётов')!;
    const row = cache.cells.findIndex((r) => r?.[0]?.value === 'S0004');
    cache.cells[row]![2]!.value = '{"title": 1';
    const seen = spy(city);
    expect((city.fake.run('buildSummary') as SidebarResult).ok).toBe(true);
    expect(onFiles(city, seen.reads)).toEqual([city.files.get('S0004')!.id]);
  });

  it('re-checks from the hourly trigger only the files changed, and writes nothing when none did', () => {
    const city = filesCity(10);
    expect((city.fake.run('checkSubmissions') as SidebarResult).ok).toBe(true);
    const quiet = spy(city);
    const none = city.fake.run('hourlyJob') as SidebarResult;
    expect(none.message).toBe('Изменений в листах организаций нет: проверять нечего.');
    expect(quiet.writes).toEqual([]);
    schoolEdits(city.fake, city.files.get('S0009')!, 'S0009', 'school9@example.ru');
    const seen = spy(city);
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
