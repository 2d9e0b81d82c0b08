import { afterEach, describe, expect, it, vi } from 'vitest';
import { scene } from '../../test/apps-script/fake/scene';
import { committeeProperty, listOrgFiles, orgCodeProperty } from './list-org-files';

const committee = 'committee_spreadsheet_id_0001';

/** A folder with organisation files made as set-up makes them, and the Drive service the add-on sees. */
function folder() {
  const s = scene();
  vi.stubGlobal('Drive', s.Drive);
  const dir = s.DriveApp.createFolder('Отчёты организаций');
  const make = (name: string, appProperties?: Record<string, string>) =>
    (
      s.Drive.Files!.create(
        {
          name,
          mimeType: 'application/vnd.google-apps.spreadsheet',
          parents: [dir.getId()],
          ...(appProperties ? { appProperties } : {}),
        },
        undefined as unknown as GoogleAppsScript.Base.Blob,
        { fields: 'id' },
      ) as { id: string }
    ).id;
  return { s, dir, make };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('listOrgFiles', () => {
  it('gives each organisation file by its code, with its modification time, from one listing', () => {
    const { s, dir, make } = folder();
    const a = make('Профкарта — S0001 — Школа № 1', { [orgCodeProperty]: 'S0001', [committeeProperty]: committee });
    const b = make('Профкарта — D0002 — Детский сад № 2', { [orgCodeProperty]: 'D0002' });
    make('Чужая таблица');
    make('Профкарта — S0003 — другой комитет', { [orgCodeProperty]: 'S0003', [committeeProperty]: 'other_committee' });
    const before = s.counter.get('Drive.Files.list');
    const files = listOrgFiles(dir.getId(), committee);
    expect([...files.keys()].sort()).toEqual(['D0002', 'S0001']);
    expect(files.get('S0001')?.id).toBe(a);
    expect(files.get('D0002')?.id).toBe(b);
    expect(files.get('S0001')?.modifiedTime).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(s.counter.get('Drive.Files.list') - before).toBe(1);
  });

  it('takes the newer of two files carrying one code', () => {
    const { s, dir, make } = folder();
    const older = make('Профкарта — S0001 — копия', { [orgCodeProperty]: 'S0001' });
    s.world.now += 60_000;
    const newer = make('Профкарта — S0001 — Школа № 1', { [orgCodeProperty]: 'S0001' });
    const files = listOrgFiles(dir.getId(), committee);
    expect(files.get('S0001')?.id).toBe(newer);
    expect([...files.values()].map((f) => f.id)).not.toContain(older);
  });

  it('refuses in Russian when the Drive service is off', () => {
    vi.stubGlobal('Drive', undefined);
    expect(() => listOrgFiles('folder', committee)).toThrow(/Drive API/);
  });
});
