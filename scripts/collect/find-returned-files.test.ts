import { link, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findReturnedFiles } from './find-returned-files';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-found-'));
  await mkdir(join(dir, 'входящие', 'март'), { recursive: true });
  for (const name of [
    'SCH001.xlsx',
    'SCH002.XLSX',
    '~$SCH001.xlsx',
    '.~lock.SCH002.xlsx#',
    'письмо.txt',
    'старый.xls',
    'книга.xlsx',
  ]) {
    await writeFile(join(dir, 'входящие', name), 'x');
  }
  await writeFile(join(dir, 'входящие', 'март', 'SCH003.xlsx'), 'x');
  await link(join(dir, 'входящие', 'SCH001.xlsx'), join(dir, 'копия.xlsx'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('findReturnedFiles', () => {
  it('takes the workbooks of a folder at any depth, but lock files and the book, each file once', async () => {
    const found = await findReturnedFiles(['входящие', 'копия.xlsx', 'нет-такого.xlsx'], dir, ['входящие/книга.xlsx']);
    // In Russian order: Cyrillic names first.
    expect(found.map((f) => f.shownAs)).toEqual([
      'входящие/март/SCH003.xlsx',
      'входящие/старый.xls',
      'входящие/SCH001.xlsx',
      'входящие/SCH002.XLSX',
      'нет-такого.xlsx',
    ]);
    expect(found[2]?.path).toBe(join(dir, 'входящие', 'SCH001.xlsx'));
  });

  it('takes a file named on the command line whatever its extension', async () => {
    const found = await findReturnedFiles(['входящие/письмо.txt'], dir, []);
    expect(found).toEqual([{ path: join(dir, 'входящие', 'письмо.txt'), shownAs: 'входящие/письмо.txt' }]);
  });
});
