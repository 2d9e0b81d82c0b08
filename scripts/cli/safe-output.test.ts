import { link, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliRefusal } from './cli-refusal';
import { assertFreeOutput, assertNotInput, describeFsError, isSameFile, writeFileAtomically } from './safe-output';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-safe-'));
  await writeFile(join(dir, 'book.xlsx'), 'книга');
  await mkdir(join(dir, 'sub'));
  await symlink(join(dir, 'book.xlsx'), join(dir, 'link.xlsx'));
  await link(join(dir, 'book.xlsx'), join(dir, 'hard.xlsx'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const fsError = (code: string) => Object.assign(new Error(`${code}: raw`), { code });

describe('describeFsError', () => {
  it.each([
    ['EACCES', 'Нет прав на запись в «out.xlsx»'],
    ['EPERM', 'Система запретила действие с «out.xlsx»'],
    ['ENOTDIR', 'проходит через файл, а не через папку'],
    ['ENOSPC', 'На диске не хватает места для «out.xlsx»'],
    ['ENOENT', 'Нет такого файла или папки: «out.xlsx»'],
    ['EISDIR', '«out.xlsx» — это папка'],
    ['EROFS', 'на диске только для чтения'],
  ])('gives %s one Russian line', (code, text) => {
    const line = describeFsError(fsError(code), 'out.xlsx');
    expect(line).toContain(text);
    expect(line).not.toContain('\n');
    expect(line).not.toContain(code);
  });

  it('says reading when the command was reading', () => {
    expect(describeFsError(fsError('EACCES'), 'orgs.csv', 'read')).toContain('Нет прав на чтение «orgs.csv»');
  });

  it('keeps the line of a refusal raised in the same try block', () => {
    const refusal = new CliRefusal('«out» — это файл, а нужна папка.');
    expect(describeFsError(refusal, 'out', 'read')).toBe('«out» — это файл, а нужна папка.');
  });

  it('names the file for an error it does not know', () => {
    expect(describeFsError(new Error('boom'), 'out.xlsx')).toBe('Не удалось записать «out.xlsx».');
  });
});

describe('isSameFile', () => {
  it('sees through relative paths, symbolic links and hard links', () => {
    expect(isSameFile(join(dir, 'sub', '..', 'book.xlsx'), join(dir, 'book.xlsx'))).toBe(true);
    expect(isSameFile(join(dir, 'link.xlsx'), join(dir, 'book.xlsx'))).toBe(true);
    expect(isSameFile(join(dir, 'hard.xlsx'), join(dir, 'book.xlsx'))).toBe(true);
  });
  it('tells a new file from an existing one', () => {
    expect(isSameFile(join(dir, 'new.xlsx'), join(dir, 'book.xlsx'))).toBe(false);
  });
});

describe('assertNotInput', () => {
  it('refuses an output that is an input, however it is written', () => {
    for (const out of ['book.xlsx', './sub/../book.xlsx', 'link.xlsx', join(dir, 'book.xlsx')]) {
      expect(() => assertNotInput(out, ['book.xlsx'], dir)).toThrow(CliRefusal);
    }
    expect(() => assertNotInput('book.xlsx', ['link.xlsx'], dir)).toThrow(/входной файл «link\.xlsx»/);
  });
  it('lets a different output through and skips absent inputs', () => {
    expect(() => assertNotInput('out.xlsx', ['book.xlsx', undefined], dir)).not.toThrow();
  });
});

describe('assertFreeOutput', () => {
  it('refuses an existing file without --force', async () => {
    await expect(assertFreeOutput('book.xlsx', false, dir)).rejects.toThrow(/уже есть.*--force/);
  });
  it('allows an existing file with --force, and a new one without', async () => {
    await expect(assertFreeOutput('book.xlsx', true, dir)).resolves.toBeUndefined();
    await expect(assertFreeOutput('new.xlsx', undefined, dir)).resolves.toBeUndefined();
  });
  it('refuses a folder even with --force', async () => {
    await expect(assertFreeOutput('sub', true, dir)).rejects.toThrow(/это папка/);
  });
  it('says in Russian when the path runs through a file', async () => {
    await expect(assertFreeOutput('book.xlsx/out.xlsx', false, dir)).rejects.toThrow(/проходит через файл/);
  });
});

describe('writeFileAtomically', () => {
  it('replaces a file whole and leaves no temporary file', async () => {
    const path = join(dir, 'sub', 'report.html');
    await writeFileAtomically(path, 'первый');
    await writeFileAtomically(path, 'второй');
    expect(await readFile(path, 'utf8')).toBe('второй');
    expect(await readdir(join(dir, 'sub'))).toEqual(['report.html']);
  });
  it('refuses in Russian when the folder is missing, leaving nothing behind', async () => {
    await expect(writeFileAtomically(join(dir, 'missing', 'x.html'), 'x', 'missing/x.html')).rejects.toThrow(
      'Нет такого файла или папки: «missing/x.html». Проверьте путь.',
    );
  });
  it('never replaces a folder by a file', async () => {
    await expect(writeFileAtomically(join(dir, 'sub'), 'x', 'sub')).rejects.toThrow(CliRefusal);
    expect(await readdir(join(dir, 'sub'))).toEqual(['report.html']);
  });
});
