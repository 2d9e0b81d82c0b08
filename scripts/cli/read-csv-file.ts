import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { refuse } from './cli-refusal';
import { decodeCsv } from './decode-csv';
import { describeFsError } from './safe-output';

/** A list of organisations larger than this is refused unread (5,000 rows of ~1 KB at most). */
const maxCsvBytes = 5 * 1024 * 1024;

/**
 * Reads a CSV given on the command line: refused (`CliRefusal`, exit 2) when missing, unreadable,
 * over 5 MB (before it is read), or in an encoding other than UTF-8 and Windows-1251, which is
 * then named; each with one Russian line.
 *
 * @param path - the path as typed
 * @param cwd - the folder it is relative to
 * @example await readCsvFile('orgs.csv', process.cwd()) // { text: 'code,name,…', encoding: 'Windows-1251' }
 */
export async function readCsvFile(path: string, cwd: string): Promise<{ text: string; encoding: string }> {
  const full = resolve(cwd, path);
  let bytes: Buffer;
  try {
    const info = await stat(full);
    if (info.isDirectory()) refuse(`«${path}» — это папка, а нужен файл .csv.`);
    if (info.size > maxCsvBytes) {
      refuse(
        `Файл «${path}» слишком велик (${(info.size / 1024 / 1024).toFixed(1).replace('.', ',')} МБ): в списке организаций может быть не больше 5 000 строк, это не больше ${maxCsvBytes / 1024 / 1024} МБ.`,
      );
    }
    bytes = await readFile(full);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') refuse(`Файл «${path}» не найден.`);
    if ((error as NodeJS.ErrnoException).code === undefined) throw error;
    refuse(describeFsError(error, path, 'read'));
  }
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) {
    refuse(
      `Файл «${path}» ${decoded.encoding ? `в кодировке ${decoded.encoding}` : 'в неизвестной кодировке'}, а читаются UTF-8 и Windows-1251: сохраните его как «CSV UTF-8» (или «CSV (разделители — запятые)» в русском Excel).`,
    );
  }
  return { text: decoded.text, encoding: decoded.encoding };
}
