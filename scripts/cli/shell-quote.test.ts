import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellQuote } from './shell-quote';

/** What `sh` gets as one argument from the quoted text. */
const throughShell = (quoted: string) => execFileSync('sh', ['-c', `printf %s ${quoted}`], { encoding: 'utf8' });

describe('shellQuote', () => {
  it('puts a path with Cyrillic letters, spaces and «» in double quotes', () => {
    expect(shellQuote('/tmp/m/книга-2024-2.xlsx')).toBe('"/tmp/m/книга-2024-2.xlsx"');
    expect(shellQuote('входящие/г99 новая.xlsx')).toBe('"входящие/г99 новая.xlsx"');
  });

  it('uses single quotes for $, backquotes, double quotes, ! and a trailing backslash', () => {
    expect(shellQuote('отчёт $HOME.xlsx')).toBe("'отчёт $HOME.xlsx'");
    expect(shellQuote('a"b')).toBe(`'a"b'`);
    expect(shellQuote('C:\\папка\\')).toBe("'C:\\папка\\'");
  });

  it('keeps a Windows path with backslashes in double quotes', () => {
    expect(shellQuote('C:\\Users\\Мария\\книга.xlsx')).toBe('"C:\\Users\\Мария\\книга.xlsx"');
  });

  it.each([
    '/tmp/m/книга-2024-2.xlsx',
    'сводка (1); копия «МБОУ «СОШ № 5»».xlsx',
    'школа\'s $HOME `x` "y" !z.xlsx',
    'конец\\',
    'a\\$b',
  ])('gives the shell back exactly %s as one argument', (path) => {
    expect(throughShell(shellQuote(path))).toBe(path);
  });
});
