import { type ParseArgsConfig, parseArgs } from 'node:util';
import { argsProblem } from './cli-args';
import type { CliIo, Command } from './cli-io';
import { CliRefusal } from './cli-refusal';
import { reportUnexpected } from './report-unexpected';
import { describeFsError, isFsError } from './safe-output';

/** The options of a command, as `parseArgs` takes them. */
type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** What a command declares about itself: its name, how it is called, what it does and its options. */
export interface CommandSpec<O extends ParseArgsOptionsConfig> {
  readonly name: string;
  /** After `npx profkarta`: `check КНИГА.xlsx [--as-of ДАТА] [--json]`. */
  readonly synopsis: string;
  /** One line: what the command does. */
  readonly summary: string;
  /** More lines for `--help`: options, exit codes. */
  readonly details?: readonly string[];
  /**
   * Command lines for `--help`, each runnable as written (`npx profkarta check demo.xlsx`): their
   * inputs are the demo's `demo.xlsx` (`demo --out .`), the user's `организации.csv` and
   * `приказ.txt`, or what another example writes. A test runs every one of them.
   */
  readonly examples?: readonly string[];
  readonly options: O;
  /** How many positional arguments it takes (default: none), and what to say when the count is wrong. */
  readonly positionals?: { readonly min: number; readonly max: number; readonly what: string };
  readonly run: (input: ParsedInput<O>, io: CliIo) => Promise<number>;
}

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
>;

/** The parsed command line a command's `run` receives. */
interface ParsedInput<O extends ParseArgsOptionsConfig> {
  readonly values: Parsed<O>['values'];
  readonly positionals: readonly string[];
}

/** A command with what it says about itself, for `profkarta --help`. */
export type CliCommand = Command & {
  readonly spec: Pick<CommandSpec<ParseArgsOptionsConfig>, 'name' | 'synopsis' | 'summary' | 'details' | 'examples'>;
};

/** Every command accepts dates in both forms; said once, in every `--help`. */
export const datesNote = 'Даты — ГГГГ-ММ-ДД или ДД.ММ.ГГГГ (2024-02-01 или 01.02.2024).';

/** The `--help` of one command. */
function commandHelp(spec: CliCommand['spec']): string {
  return [
    `Использование: npx profkarta ${spec.synopsis}`,
    '',
    `${spec.summary.charAt(0).toUpperCase()}${spec.summary.slice(1)}.`,
    ...(spec.details && spec.details.length > 0 ? ['', ...spec.details] : []),
    ...(spec.examples && spec.examples.length > 0
      ? ['', 'Примеры:', ...spec.examples.map((example) => `  ${example}`)]
      : []),
    '',
    datesNote,
    '',
  ].join('\n');
}

/**
 * One command of the CLI, with everything every command shares: `--help` and `-h` (usage on
 * stdout, exit 0), arguments parsed strictly with a Russian line for a wrong or missing option,
 * the count of positional arguments checked, and failures turned into one Russian line on stderr
 * (exit 2): a `CliRefusal` as its message, a file-system error as `describeFsError`, anything else
 * as the line of `reportUnexpected` with the details in a log file; never a stack trace.
 *
 * @param spec - name, synopsis, summary, options, positionals and the body
 * @example export const checkCommand = defineCommand({ name: 'check', synopsis: 'check КНИГА.xlsx', summary: 'проверка', options: {}, positionals: { min: 1, max: 1, what: 'одну книгу' }, run: async () => 0 })
 */
export function defineCommand<O extends ParseArgsOptionsConfig>(spec: CommandSpec<O>): CliCommand {
  const usage = `Использование: npx profkarta ${spec.synopsis}`;
  const command: Command = async (args, io) => {
    const beforeEnd = args.indexOf('--') < 0 ? args : args.slice(0, args.indexOf('--'));
    if (beforeEnd.includes('--help') || beforeEnd.includes('-h')) {
      io.stdout(commandHelp(spec));
      return 0;
    }
    let parsed: Parsed<O>;
    try {
      parsed = parseArgs({ args: [...args], options: spec.options, allowPositionals: true, strict: true });
    } catch (error) {
      io.stderr(`${argsProblem(error)} ${usage}\n`);
      return 2;
    }
    const { min, max, what } = spec.positionals ?? { min: 0, max: 0, what: '' };
    if (parsed.positionals.length < min || parsed.positionals.length > max) {
      const extra = parsed.positionals[max];
      io.stderr(
        `${extra !== undefined && parsed.positionals.length > max ? `Лишний параметр «${extra}».` : `Укажите ${what}.`} ${usage}\n`,
      );
      return 2;
    }
    try {
      return await spec.run({ values: parsed.values, positionals: parsed.positionals }, io);
    } catch (error) {
      if (error instanceof CliRefusal) {
        io.stderr(`${error.message}\n`);
        return error.exitCode;
      }
      if (isFsError(error)) {
        io.stderr(`${describeFsError(error, error.path ?? '')}\n`);
        return 2;
      }
      io.stderr(`${reportUnexpected(error, [spec.name, ...args], io.logDir)}\n`);
      return 2;
    }
  };
  return Object.assign(command, {
    spec: {
      name: spec.name,
      synopsis: spec.synopsis,
      summary: spec.summary,
      details: spec.details ?? [],
      examples: spec.examples ?? [],
    },
  });
}
