import { describe, expect, it } from 'vitest';
import type { SidebarResult } from '../../addon/sidebar-protocol';
import { sheetNamed, valuesOf } from './fake/model';
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
    expect(result.message).toMatch(/^Сводка собрана: организаций 10: сдали/);
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
});
