import type { CliIo } from './cli-io';

/** A stream the command line writes to: `process.stdout` or `process.stderr`. */
interface OutputStream {
  write(text: string): unknown;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/**
 * A writer for one of the process's output streams that survives the reader going away: when the
 * other end of a pipe is closed (`profkarta schema | head -1`: EPIPE), the rest of the output is
 * dropped without a word, as a pipe expects — no `Unhandled 'error' event`, no stack trace — and
 * the command still finishes its work (a file half written is never left) and exits with its own
 * status. Any other write error of the stream is dropped the same way after `onOtherError`.
 *
 * @param stream - `process.stdout` or `process.stderr`
 * @param onOtherError - told once of an error other than a closed reader (a full disk behind `> file`)
 * @example const stdout = pipeSafeWriter(process.stdout); stdout('…')
 */
export function pipeSafeWriter(
  stream: OutputStream,
  onOtherError: (error: NodeJS.ErrnoException) => void = () => {},
): (text: string) => void {
  let closed = false;
  stream.on('error', (error) => {
    if (closed) return;
    closed = true;
    if (error.code !== 'EPIPE') onOtherError(error);
  });
  return (text) => {
    if (closed) return;
    try {
      stream.write(text);
    } catch (error) {
      // A stream already destroyed throws synchronously on some platforms: the same closed reader.
      closed = true;
      if ((error as NodeJS.ErrnoException).code !== 'EPIPE') onOtherError(error as NodeJS.ErrnoException);
    }
  };
}

/**
 * The streams, folder and clock of the running process, as `bin/profkarta.mjs` gives them to
 * `runCli`: stdout and stderr through `pipeSafeWriter`, so a closed pipe ends the output quietly.
 * A failed write to stdout other than a closed pipe is one Russian line on stderr and exit 2.
 *
 * @example process.exitCode = await runCli(process.argv.slice(2), processIo())
 */
export function processIo(): CliIo {
  const stderr = pipeSafeWriter(process.stderr);
  const stdout = pipeSafeWriter(process.stdout, (error) => {
    stderr(`Вывод команды не записан (${error.code ?? 'ошибка записи'}): проверьте, куда он направлен.\n`);
    process.exitCode = 2;
  });
  return { stdout, stderr, cwd: process.cwd(), today: new Date() };
}
