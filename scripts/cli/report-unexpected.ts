import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { version } from '../../package.json';

/**
 * Writes what is known about an unexpected failure (the error's stack, the command line, the
 * versions) to a log file in the system's temporary folder, for the developers, and returns
 * the one Russian line the user sees instead of a stack trace.
 *
 * @param error - what was thrown
 * @param command - the command's name and arguments
 * @param logDir - where to write the log (default: the system's temporary folder)
 * @example reportUnexpected(new TypeError('x'), ['check', 'book.xlsx']) // 'Команда «check» прервана непредвиденной ошибкой. Подробности записаны в /tmp/profkarta-….log — …'
 */
export function reportUnexpected(error: unknown, command: readonly string[], logDir: string = tmpdir()): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const path = join(logDir, `profkarta-${stamp}-${process.pid}.log`);
  const details = [
    `Профкарта ${version}, Node.js ${process.version}, ${process.platform}`,
    `Команда: profkarta ${command.join(' ')}`,
    `Время: ${new Date().toISOString()}`,
    '',
    error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error),
    '',
  ].join('\n');
  const name = command[0] ?? 'profkarta';
  try {
    writeFileSync(path, details, 'utf8');
    return `Команда «${name}» прервана непредвиденной ошибкой. Подробности записаны в ${path} — пришлите этот файл разработчикам.`;
  } catch {
    return `Команда «${name}» прервана непредвиденной ошибкой; записать подробности в ${logDir} не удалось.`;
  }
}
