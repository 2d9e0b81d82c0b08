import { statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

/** The identity of a file: its device and inode, or its path when it cannot be read. */
function fileKey(path: string): string {
  try {
    const info = statSync(path);
    return `${info.dev}:${info.ino}`;
  } catch {
    return path;
  }
}

/** A file to look at: its path, and how the user sees it (relative to the folder named, or as typed). */
export interface FoundFile {
  readonly path: string;
  readonly shownAs: string;
}

/** Workbooks `collect` reads from a folder; `.xls` and `.ods` are listed too, to be refused with a reason. */
const workbookExtension = /\.(xlsx|xlsm|xls|ods)$/i;

/** Lock and temporary files office suites leave beside an open file (`~$name.xlsx`, `.~lock.name#`). */
function isLockFile(name: string): boolean {
  return name.startsWith('~$') || name.startsWith('.~lock.') || name.startsWith('.');
}

async function walk(dir: string, into: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (isLockFile(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, into);
    else if (entry.isFile() && workbookExtension.test(entry.name)) into.push(path);
  }
}

/**
 * The files `collect FILE_OR_DIR…` reads: each file named as it is (whatever its extension, so a
 * wrong one is refused with a reason), and from each folder, at any depth, the `.xlsx` (and `.xlsm`,
 * `.xls`, `.ods`) files but office suites' lock files; in path order, each once, and never one of
 * `skip` (the book, when it lies in a folder named). A path that does not exist is returned as it
 * is, and its reading fails with a reason. `collect` refuses an `--out` that is any file found.
 *
 * @param args - the files and folders as typed
 * @param cwd - the folder relative paths start from
 * @param skip - paths never to take (the book)
 * @example await findReturnedFiles(['входящие'], '/work', ['книга.xlsx']) // [{ path: '/work/входящие/SCH1.xlsx', shownAs: 'входящие/SCH1.xlsx' }]
 */
export async function findReturnedFiles(
  args: readonly string[],
  cwd: string,
  skip: readonly string[],
): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  for (const arg of args) {
    const path = resolve(cwd, arg);
    let isDir = false;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch {
      // Read later, and refused with its reason.
    }
    if (!isDir) {
      found.push({ path, shownAs: arg });
      continue;
    }
    const inside: string[] = [];
    await walk(path, inside);
    inside.sort((a, b) => a.localeCompare(b, 'ru'));
    for (const file of inside) found.push({ path: file, shownAs: join(arg, relative(path, file)) });
  }
  // One file under two names (a link, `./a` and `a`) is one file: keyed by device and inode.
  const seen = new Set(skip.map((p) => fileKey(resolve(cwd, p))));
  const unique: FoundFile[] = [];
  for (const file of found) {
    const key = fileKey(file.path);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(file);
  }
  return unique;
}
