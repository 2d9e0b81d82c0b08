import { describe, expect, it } from 'vitest';
import { owner, scene, sceneStart } from './scene';

const schoolA = 'school1@example.ru';
const staff = 'petrova@example.ru';

type Listed = { id: string; name: string; modifiedTime?: string };

/** A folder of the owner's with `n` spreadsheets in it, made through DriveApp and SpreadsheetApp. */
function folderWith(n: number) {
  const s = scene();
  const folder = s.DriveApp.createFolder('Отчёты организаций');
  const ids = Array.from({ length: n }, (_, i) => {
    const book = s.SpreadsheetApp.create(`Профкарта — S${i + 1}`);
    s.DriveApp.getFileById(book.getId()).moveTo(folder);
    return book.getId();
  });
  const list = (options: Record<string, unknown> = {}) =>
    s.Drive.Files!.list({ q: `'${folder.getId()}' in parents and trashed = false`, ...options }) as {
      files: Listed[];
      nextPageToken?: string;
    };
  return { ...s, folder, ids, list };
}

// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#create(String)
// https://developers.google.com/apps-script/reference/drive/folder
describe('DriveApp and SpreadsheetApp.create', () => {
  it("creates a spreadsheet in the acting user's My Drive, owned by them", () => {
    const s = scene();
    const id = s.SpreadsheetApp.create('Новая').getId();
    const root = s.DriveApp.getRootFolder().getFiles();
    const names: string[] = [];
    while (root.hasNext()) names.push(root.next().getName());
    expect(names).toContain('Новая');
    expect(s.DriveApp.getFileById(id).getOwner()?.getEmail()).toBe(owner);
  });

  it("lists a folder's files, not its trashed ones", () => {
    const s = folderWith(3);
    s.DriveApp.getFileById(s.ids[0]!).setTrashed(true);
    const files = s.folder.getFiles();
    const ids: string[] = [];
    while (files.hasNext()) ids.push(files.next().getId());
    expect(ids).toEqual(s.ids.slice(1));
  });

  it('creates a plain file in a folder with its content', () => {
    const s = scene();
    const file = s.DriveApp.createFolder('Папка').createFile('readme.txt', 'Привет');
    expect(file.getBlob().getDataAsString()).toBe('Привет');
    expect(file.getParents().next().getName()).toBe('Папка');
  });

  it('gives no editors to a user without edit access ("returns an empty array")', () => {
    const s = folderWith(1);
    s.DriveApp.getFileById(s.ids[0]!).addViewer(schoolA);
    const editors = s.world.asUser(schoolA, () => s.DriveApp.getFileById(s.ids[0]!).getEditors());
    expect(editors).toEqual([]);
  });

  it('refuses a file the user cannot see', () => {
    const s = folderWith(1);
    expect(() => s.world.asUser(schoolA, () => s.DriveApp.getFileById(s.ids[0]!))).toThrow(
      'No item with the given ID could be found',
    );
  });

  it('has no owner for an item in a shared drive', () => {
    const s = scene();
    const inSharedDrive = s.world.createSpreadsheet('Общая', '');
    inSharedDrive.editors.push(owner);
    expect(s.DriveApp.getFileById(inSharedDrive.id).getOwner()).toBeNull();
    expect(s.SpreadsheetApp.openById(inSharedDrive.id).getOwner()).toBeNull();
  });

  it('counts every DriveApp call, like the Sheets ones', () => {
    const s = folderWith(2);
    expect(s.counter.get('DriveApp.createFolder')).toBe(1);
    expect(s.counter.get('DriveApp.getFileById')).toBe(2);
    expect(s.counter.get('File.moveTo')).toBe(2);
    expect(s.counter.get('SpreadsheetApp.create')).toBe(2);
  });
});

// https://developers.google.com/drive/api/reference/rest/v3/files/list
// https://developers.google.com/drive/api/guides/search-files
describe('Drive.Files.list', () => {
  it("lists a folder's files with the fields asked for", () => {
    const s = folderWith(2);
    const out = s.list({ fields: 'files(id,name,modifiedTime),nextPageToken' });
    expect(out.files.map((f) => Object.keys(f).sort())).toEqual([
      ['id', 'modifiedTime', 'name'],
      ['id', 'modifiedTime', 'name'],
    ]);
    expect(out.files.map((f) => f.id)).toEqual(s.ids);
  });

  it('pages by pageSize with a nextPageToken until the last page', () => {
    const s = folderWith(5);
    const pages: string[][] = [];
    let token: string | undefined;
    do {
      const out = s.list({ pageSize: 2, fields: 'files(id),nextPageToken', ...(token ? { pageToken: token } : {}) });
      pages.push(out.files.map((f) => f.id));
      token = out.nextPageToken;
    } while (token);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(s.ids);
  });

  it('gives only kind, id, name and mimeType without fields', () => {
    const s = folderWith(1);
    expect(Object.keys(s.list().files[0]!).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
  });

  it('leaves out trashed files with trashed = false', () => {
    const s = folderWith(2);
    s.Drive.Files!.update({ trashed: true }, s.ids[0]!);
    expect(s.list().files.map((f) => f.id)).toEqual([s.ids[1]]);
  });

  it('refuses a page size over 1000 and a query it cannot read (400 Invalid Value)', () => {
    const s = folderWith(1);
    expect(() => s.list({ pageSize: 1001 })).toThrow('Invalid Value');
    expect(() => s.Drive.Files!.list({ q: 'fullText has "x"' })).toThrow('Invalid Value');
  });

  it('shows a user only what is shared with them, or with a folder above it (permissions propagate)', () => {
    const s = folderWith(3);
    s.DriveApp.getFileById(s.ids[1]!).addEditor(schoolA);
    expect(s.world.asUser(schoolA, () => s.list().files.map((f) => f.id))).toEqual([s.ids[1]]);
    s.folder.addEditor(staff);
    expect(s.world.asUser(staff, () => s.list().files.map((f) => f.id))).toEqual(s.ids);
  });

  it('counts every call, one per page', () => {
    const s = folderWith(3);
    s.list({ pageSize: 2 });
    s.list({ pageSize: 2, pageToken: 'page:2' });
    expect(s.counter.get('Drive.Files.list')).toBe(2);
  });
});

// Drive's modifiedTime: "The last time the file was modified by anyone"
// (https://developers.google.com/drive/api/reference/rest/v3/files#File.FIELDS.modified_time)
// https://developers.google.com/drive/api/guides/properties
describe('appProperties', () => {
  it('keeps the pairs given at creation and returns them when fields ask', () => {
    const s = folderWith(0);
    const made = s.Drive.Files!.create(
      {
        name: 'Профкарта — S0001 — Школа',
        mimeType: 'application/vnd.google-apps.spreadsheet',
        parents: [s.folder.getId()],
        appProperties: { profkartaCode: 'S0001' },
      },
      undefined as unknown as GoogleAppsScript.Base.Blob,
      { fields: 'id,appProperties' },
    ) as { id: string; appProperties: Record<string, string> };
    expect(made.appProperties).toEqual({ profkartaCode: 'S0001' });
    const listed = s.list({ fields: 'files(id,appProperties)' }).files as unknown as {
      id: string;
      appProperties?: Record<string, string>;
    }[];
    expect(listed).toEqual([{ id: made.id, appProperties: { profkartaCode: 'S0001' } }]);
  });

  it('merges an update and deletes a key set to null', () => {
    const s = folderWith(1);
    const id = s.ids[0]!;
    s.Drive.Files!.update({ appProperties: { profkartaCode: 'S0001', old: 'x' } }, id);
    s.Drive.Files!.update({ appProperties: { old: null } } as never, id);
    const got = s.Drive.Files!.get(id, { fields: 'appProperties' }) as { appProperties?: Record<string, string> };
    expect(got.appProperties).toEqual({ profkartaCode: 'S0001' });
  });
});

describe('modification time', () => {
  it('moves on when the Sheets API changes the content, to the fake clock', () => {
    const s = folderWith(1);
    s.world.advance(60_000);
    s.Sheets.Spreadsheets!.Values!.update({ values: [['x']] }, s.ids[0]!, 'Лист1!A1', { valueInputOption: 'RAW' });
    const writtenAt = s.world.now;
    const listed = s.list({ fields: 'files(modifiedTime)' }).files[0]!.modifiedTime!;
    expect(Date.parse(listed)).toBe(writtenAt);
    expect(Date.parse(listed)).toBeGreaterThan(sceneStart + 60_000);
  });

  it('moves on when SpreadsheetApp writes, and not when anything only reads', () => {
    const s = folderWith(1);
    const file = s.DriveApp.getFileById(s.ids[0]!);
    const before = file.getLastUpdated().getTime();
    s.Sheets.Spreadsheets!.Values!.batchGet(s.ids[0]!, { ranges: ['Лист1'] });
    s.SpreadsheetApp.openById(s.ids[0]!).getSheets()[0]!.getRange('A1').getValues();
    expect(file.getLastUpdated().getTime()).toBe(before);
    s.SpreadsheetApp.openById(s.ids[0]!).getSheets()[0]!.getRange('A1').setValue('x');
    expect(file.getLastUpdated().getTime()).toBeGreaterThan(before);
  });
});

// https://developers.google.com/drive/api/reference/rest/v3/files/get
describe('Drive.Files.get and create', () => {
  it('answers 404 File not found for a file the user cannot see', () => {
    const s = folderWith(1);
    expect(() => s.world.asUser(schoolA, () => s.Drive.Files!.get(s.ids[0]!))).toThrow(`File not found: ${s.ids[0]}.`);
  });

  it('creates an empty spreadsheet in a folder for the spreadsheet MIME type', () => {
    const s = folderWith(0);
    const made = s.Drive.Files!.create({
      name: 'Профкарта — S9',
      mimeType: 'application/vnd.google-apps.spreadsheet',
      parents: [s.folder.getId()],
    });
    expect(s.world.books.get(made.id!)?.sheets.map((t) => t.title)).toEqual(['Лист1']);
    expect(s.list().files.map((f) => f.name)).toEqual(['Профкарта — S9']);
  });
});
