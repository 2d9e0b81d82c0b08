import type { CliIo, Command } from './cli-io';
import { checkCommand } from './commands/check';
import { demoCommand } from './commands/demo';
import { importRoadmapCommand } from './commands/import-roadmap';
import { periodCommand } from './commands/period';
import { roadmapCommand } from './commands/roadmap';
import { schemaCommand } from './commands/schema';
import { summaryCommand } from './commands/summary';
import { templateCommand } from './commands/template';

const commands: Record<string, { run: Command; usage: string }> = {
  demo: { run: demoCommand, usage: 'demo [--out ПАПКА]  — демонстрационный город: проверка и сводка на 2024-02-01' },
  template: {
    run: templateCommand,
    usage:
      'template --orgs ОРГАНИЗАЦИИ.csv --out КНИГА.xlsx [--school-year 2023] [--roadmap ФАЙЛ]  — новая книга с листами организаций',
  },
  check: { run: checkCommand, usage: 'check КНИГА.xlsx [--as-of ДАТА] [--json]  — проверка листов организаций' },
  summary: {
    run: summaryCommand,
    usage: 'summary КНИГА.xlsx --out СВОДКА.xlsx [--as-of ДАТА] [--json]  — проверка и все сводные листы',
  },
  roadmap: {
    run: roadmapCommand,
    usage: 'roadmap [--book КНИГА.xlsx] [--json]  — дорожная карта со сроками и статусами',
  },
  period: {
    run: periodCommand,
    usage: 'period "СРОК" --school-year 2023 [--json]  — разобрать срок из дорожной карты',
  },
  'import-roadmap': {
    run: importRoadmapCommand,
    usage:
      'import-roadmap ПРИКАЗ.docx|ПРИКАЗ.txt --school-year 2024 [--out ДОРОЖНАЯ-КАРТА.xlsx] [--json] [--force]  — дорожная карта из таблицы приказа',
  },
  schema: {
    run: schemaCommand,
    usage: 'schema [check|summary|roadmap|period|import-roadmap]  — JSON Schema документов --json',
  },
};

function usage(): string {
  const lines = Object.values(commands).map((c) => `  npx profkarta ${c.usage}`);
  return `Профкарта — мониторинг дорожной карты профориентации.\n\nКоманды:\n${lines.join('\n')}\n\nДаты — в виде ГГГГ-ММ-ДД.\n`;
}

/** Runs one command line; returns the exit status. An unexpected failure is one Russian line, never a stack trace. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`Неизвестная команда «${name}».\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`Не удалось выполнить «${name}»: ${reason}\n`);
    if (process.env.PROFKARTA_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return 2;
  }
}
