import * as z from 'zod/mini';
import { type CliDocument, cliDocuments } from '../../../core/outputs/cli-documents';
import type { Command } from '../cli-io';

const names = Object.keys(cliDocuments) as CliDocument[];
const usage = `npx profkarta schema [${names.join('|')}]`;

/**
 * The JSON Schema (draft 2020-12) of one `--json` document, as made by zod's `toJSONSchema` from
 * the schema that defines it.
 *
 * @param name - the command whose document it is
 */
export function documentJsonSchema(name: CliDocument): Record<string, unknown> {
  return z.toJSONSchema(cliDocuments[name], { io: 'input' }) as Record<string, unknown>;
}

/**
 * `profkarta schema [check|summary|roadmap|period|import-roadmap]` (design §8): the JSON Schema of
 * the `--json` documents, for people who script against them; without a name, all of them by command.
 */
export const schemaCommand: Command = async (args, io) => {
  if (args.length > 1 || (args[0] !== undefined && !names.includes(args[0] as CliDocument))) {
    io.stderr(`Укажите один из документов: ${names.join(', ')}, или ничего. Использование: ${usage}\n`);
    return 2;
  }
  const name = args[0] as CliDocument | undefined;
  const schema = name ? documentJsonSchema(name) : Object.fromEntries(names.map((n) => [n, documentJsonSchema(n)]));
  io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
  return 0;
};
