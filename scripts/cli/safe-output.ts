import { randomBytes } from 'node:crypto';
import { realpathSync, statSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CliRefusal, refuse } from './cli-refusal';

/** Whether the command was reading or writing when the file system refused. */
export type FsAction = 'read' | 'write';

/** The file-system error codes a user can cause and that get their own Russian line. */
const fsMessages: Readonly<Record<string, (path: string, action: FsAction) => string>> = {
  EACCES: (p, action) =>
    action === 'read'
      ? `Нет прав на чтение «${p}»: попросите доступ к файлу или скопируйте его к себе.`
      : `Нет прав на запись в «${p}»: выберите другую папку или попросите доступ к этой.`,
  EPERM: (p) => `Система запретила действие с «${p}» (нет прав или файл защищён): выберите другую папку или файл.`,
  ENOTDIR: (p) => `Путь «${p}» проходит через файл, а не через папку: проверьте путь.`,
  ENOSPC: (p) => `На диске не хватает места для «${p}»: освободите место и запустите команду снова.`,
  EDQUOT: (p) => `Превышена дисковая квота при записи «${p}»: освободите место и запустите команду снова.`,
  ENOENT: (p) => `Нет такого файла или папки: «${p}». Проверьте путь.`,
  EEXIST: (p) => `«${p}» уже есть, и это файл, а нужна папка: укажите другой путь.`,
  EISDIR: (p) => `«${p}» — это папка, а нужен файл: укажите имя файла.`,
  EROFS: (p) => `«${p}» находится на диске только для чтения: выберите другую папку.`,
  EBUSY: (p) => `Файл «${p}» занят другой программой: закройте его и запустите команду снова.`,
  EMFILE: (p) => `Открыто слишком много файлов при работе с «${p}»: запустите команду снова.`,
  ENAMETOOLONG: (p) => `Слишком длинное имя файла: «${p}».`,
};

/** Whether an error is a Node file-system error with one of the codes that have a Russian line. */
export function isFsError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === 'string' &&
    (error as NodeJS.ErrnoException).code! in fsMessages
  );
}

/**
 * One Russian line for a file-system failure (no permission, not a folder, disk full, no such
 * file or folder, read-only disk…); any other error gets a generic line naming the file.
 *
 * @param error - what Node threw
 * @param path - the file the command was reading or writing, as the user named it
 * @param action - whether it was reading or writing (default: writing)
 * @example describeFsError(Object.assign(new Error(), { code: 'ENOSPC' }), 'out.xlsx') // 'На диске не хватает места для «out.xlsx»: …'
 */
export function describeFsError(error: unknown, path: string, action: FsAction = 'write'): string {
  // A refusal raised inside the same try block already says what is wrong: never hide it.
  if (error instanceof CliRefusal) return error.message;
  if (isFsError(error)) return fsMessages[error.code]!(path, action);
  return action === 'read' ? `Не удалось прочитать «${path}».` : `Не удалось записать «${path}».`;
}

/** The real path of a file that may not exist yet: its folder's real path and its name. */
function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

/** Whether two paths name the same file: after resolving links, or as the same inode (a hard link). */
export function isSameFile(a: string, b: string): boolean {
  if (realPathOf(a) === realPathOf(b)) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * Refuses (exit 2) an output path that is one of the command's inputs, after resolving relative
 * paths, `..` and symbolic links (design §8: no command writes over one of its inputs).
 *
 * @param output - the file the command is about to write
 * @param inputs - every file it read, undefined ones skipped
 * @param cwd - the folder relative paths start from
 * @example assertNotInput('book.xlsx', ['./book.xlsx'], '/work') // throws CliRefusal
 */
export function assertNotInput(output: string, inputs: readonly (string | undefined)[], cwd: string): void {
  const out = resolve(cwd, output);
  for (const input of inputs) {
    if (input === undefined) continue;
    if (isSameFile(out, resolve(cwd, input))) {
      refuse(
        `Файл результата «${output}» — это входной файл «${input}»: команда не записывает поверх своих входных файлов. Укажите другое имя.`,
      );
    }
  }
}

/**
 * Refuses an output that already exists unless `force` (design §8: an existing `--out` needs
 * `--force`), and one that is a folder in any case.
 *
 * @param output - the file about to be written
 * @param force - `--force` was given
 * @param cwd - the folder relative paths start from
 * @example await assertFreeOutput('book.xlsx', false, '/work') // throws CliRefusal when book.xlsx exists
 */
export async function assertFreeOutput(output: string, force: boolean | undefined, cwd: string): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(resolve(cwd, output));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    refuse(describeFsError(error, output));
  }
  if (info.isDirectory()) refuse(`«${output}» — это папка, а нужен файл: укажите имя файла.`);
  if (!force) refuse(`Файл «${output}» уже есть: укажите другое имя или добавьте --force, чтобы заменить его.`);
}

/**
 * Writes a file through a temporary file in the same folder, then renames it over the target, so
 * a failure never leaves half a file and an existing file is replaced whole or not at all. A
 * file-system failure is a `CliRefusal` with one Russian line; the temporary file is removed.
 *
 * @param path - the file to write (absolute, or relative to the process's folder)
 * @param data - its content: text (written as UTF-8) or bytes
 * @param shownAs - the name to show in a message (default: `path`)
 * @example await writeFileAtomically('out/summary.html', html)
 */
export async function writeFileAtomically(
  path: string,
  data: string | Uint8Array,
  shownAs: string = path,
): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    if (error instanceof CliRefusal) throw error;
    throw new CliRefusal(describeFsError(error, shownAs));
  }
}

/**
 * Makes sure an output folder (`--out ПАПКА`) can be written into: creates it when missing and
 * refuses (exit 2, one Russian line) a path that is a file or that the file system will not give.
 *
 * @param dir - the folder (absolute, or relative to the process's folder)
 * @param shownAs - the folder as the user named it, for the message
 * @example await prepareOutFolder('/work/разослать', 'разослать') // throws CliRefusal when «разослать» is a file
 */
export async function prepareOutFolder(dir: string, shownAs: string): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>> | null = null;
  try {
    info = await stat(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') refuse(describeFsError(error, shownAs, 'read'));
  }
  if (info) {
    if (!info.isDirectory()) refuse(`«${shownAs}» — это файл, а нужна папка: укажите папку (--out ПАПКА).`);
    return;
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    refuse(describeFsError(error, shownAs));
  }
}
