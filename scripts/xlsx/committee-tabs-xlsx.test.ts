import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directorySheet } from '../../core/directory/directory-sheet';
import type { Organisation } from '../../core/directory/organisation';
import { parseOrgsCsv } from '../../core/directory/parse-orgs-csv';
import { readDirectory } from '../../core/directory/read-directory';
import { defaultSettings, readSettings } from '../../core/directory/read-settings';
import { readState } from '../../core/directory/read-state';
import { settingsSheet } from '../../core/directory/settings-sheet';
import { stateSheet } from '../../core/directory/state-sheet';
import { readWorkbookFile } from './read-workbook-file';
import { writeWorkbookFile } from './write-workbook-file';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-committee-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('committee tabs through a real .xlsx', () => {
  it('reads back the directory, settings and state the template wrote', async () => {
    const csv = [
      'code,name,type,district,inn,emails,active',
      '008,"МБОУ «СОШ № 8 г. Челябинска»",ООО,Калининский,7451000013,"s8@example.ru; d8@example.ru",да',
      'D5,МБДОУ «ДС № 5 г. Челябинска»,ДОО,Ленинский,7451000020,d5@example.ru,нет',
    ].join('\n');
    const { orgs, issues } = parseOrgsCsv(csv);
    expect(issues).toEqual([]);
    const settings = { ...defaultSettings(), deadline: '2024-01-20', summaryRecipients: ['head@example.ru'] };
    const states = [{ code: '008', firstSubmitted: '2023-10-02', hash: '0012', lastReminder: null }];
    const path = join(dir, 'book.xlsx');
    expect(await writeWorkbookFile(path, [settingsSheet(settings), directorySheet(orgs), stateSheet(states)])).toEqual({
      ok: true,
    });
    const read = await readWorkbookFile(path);
    if (!read.ok) throw new Error(read.message);
    const tab = (name: string) => read.workbook.committee.find((t) => t.name === name);
    const directory = readDirectory(tab('Организации'));
    expect(directory.issues).toEqual([]);
    expect(directory.orgs).toEqual(orgs.map((o: Organisation) => ({ ...o })));
    expect(readSettings(tab('Настройки'), read.workbook.timeZone)).toEqual({ settings, issues: [] });
    expect(readState(tab('Состояние'))).toEqual(states);
  });
});
