import { version } from '../../package.json';
import type { CliIo } from './cli-io';
import { checkCommand } from './commands/check';
import { collectCommand } from './commands/collect';
import { demoCommand } from './commands/demo';
import { importRoadmapCommand } from './commands/import-roadmap';
import { periodCommand } from './commands/period';
import { roadmapCommand } from './commands/roadmap';
import { schemaCommand } from './commands/schema';
import { splitCommand } from './commands/split';
import { summaryCommand } from './commands/summary';
import { templateCommand } from './commands/template';
import { type CliCommand, datesNote } from './define-command';
import { reportUnexpected } from './report-unexpected';

export { processIo } from './process-io';

/** Every command, in the order `--help` lists them. A new command is one more line here. */
export const commands: readonly CliCommand[] = [
  demoCommand,
  templateCommand,
  checkCommand,
  summaryCommand,
  roadmapCommand,
  periodCommand,
  importRoadmapCommand,
  splitCommand,
  collectCommand,
  schemaCommand,
];

/** `profkarta --help`: every command with its synopsis and what it does. */
function usage(): string {
  const lines = commands.map((c) => `  npx profkarta ${c.spec.synopsis}\n      ${c.spec.summary}`);
  return [
    `Профкарта ${version} — мониторинг дорожной карты профориентации над книгами .xlsx.`,
    '',
    'Команды:',
    ...lines,
    '',
    'Справка по команде: npx profkarta КОМАНДА --help. Версия: npx profkarta --version.',
    datesNote,
    'Команда не записывает поверх своих входных файлов; существующий файл --out заменяется только с --force.',
    '',
  ].join('\n');
}

/**
 * Runs one command line; returns the exit status: `--help` and `--version` exit 0, no command
 * or an unknown one exit 2 with the usage. Whatever fails, the user reads one Russian line,
 * never a stack trace (see `defineCommand`; this catch is the last net).
 *
 * @param argv - the arguments after `profkarta`
 * @param io - streams, folder, the current instant
 * @example await runCli(['check', 'book.xlsx'], io) // 0, 1 or 2
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--version' || name === '-v' || name === 'version') {
    io.stdout(`${version}\n`);
    return 0;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = commands.find((c) => c.spec.name === args[0]);
    if (topic) return topic(['--help'], io);
    io.stdout(usage());
    return 0;
  }
  if (!name) {
    io.stderr(usage());
    return 2;
  }
  const command = commands.find((c) => c.spec.name === name);
  if (!command) {
    io.stderr(`Неизвестная команда «${name}».\n\n${usage()}`);
    return 2;
  }
  try {
    return await command(args, io);
  } catch (error) {
    io.stderr(`${reportUnexpected(error, argv, io.logDir)}\n`);
    return 2;
  }
}
