/**
 * A refusal the user must see as one Russian line (a bad argument, an input that would be
 * overwritten, a file-system failure): thrown by the shared CLI helpers and turned into
 * `message` and `exitCode` by `defineCommand`, never into a stack trace.
 *
 * @example throw new CliRefusal('Файл «book.xlsx» уже есть: добавьте --force, чтобы заменить его.')
 */
export class CliRefusal extends Error {
  override readonly name = 'CliRefusal';

  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** Throws a `CliRefusal`: `refuse('…')` ends the command with that line and exit 2. */
export function refuse(message: string, exitCode = 2): never {
  throw new CliRefusal(message, exitCode);
}
