import * as z from 'zod/mini';
import { type CliDocument, cliDocuments } from '../../../core/outputs/cli-documents';
import { refuse } from '../cli-refusal';
import { defineCommand } from '../define-command';

const names = Object.keys(cliDocuments) as CliDocument[];

/**
 * The JSON Schema (draft 2020-12) of one `--json` document, as made by zod's `toJSONSchema` from
 * the schema that defines it.
 *
 * @param name - the command whose document it is
 */
function documentJsonSchema(name: CliDocument): Record<string, unknown> {
  return z.toJSONSchema(cliDocuments[name], { io: 'input' }) as Record<string, unknown>;
}

/**
 * `profkarta schema [check|summary|roadmap|period|import-roadmap]` (design §8): the JSON Schema of
 * the `--json` documents, for people who script against them; without a name, all of them by command.
 */
export const schemaCommand = defineCommand({
  name: 'schema',
  synopsis: `schema [${names.join('|')}]`,
  summary: 'JSON Schema документов, которые команды печатают с --json',
  details: ['Без имени — схемы всех документов, по командам.', 'Код выхода: 0 — напечатано, 2 — неизвестный документ.'],
  examples: ['npx profkarta schema', 'npx profkarta schema check'],
  options: {},
  positionals: { min: 0, max: 1, what: `не больше одного документа: ${names.join(', ')}` },
  run: async ({ positionals }, io) => {
    const name = positionals[0];
    if (name !== undefined && !names.includes(name as CliDocument)) {
      refuse(`Укажите один из документов: ${names.join(', ')}, или ничего (а не «${name}»).`);
    }
    const schema = name
      ? documentJsonSchema(name as CliDocument)
      : Object.fromEntries(names.map((n) => [n, documentJsonSchema(n)]));
    io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
    return 0;
  },
});
