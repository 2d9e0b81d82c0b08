import * as z from 'zod/mini';
import { checkJsonSchema } from '../check/check-json-schema';
import { periodJsonSchema } from '../roadmap/period-json';
import { importRoadmapDocumentSchema, roadmapDocumentSchema } from '../roadmap/roadmap-json-schema';
import { collectReceiptSchema } from './collect-receipt-schema';
import { summaryJsonSchema } from './summary-json-schema';

/**
 * The JSON documents the command line prints with `--json` (design §8), by command: each schema
 * defines its document and types the command that builds it; `profkarta schema` prints them.
 * Extra fields may appear in later versions: a reader should ignore what it does not know.
 */
export const cliDocuments = {
  check: checkJsonSchema.check(
    z.describe('profkarta check --json: every organisation with its status, and every issue at its cell.'),
  ),
  summary: summaryJsonSchema.check(
    z.describe(
      'profkarta summary --json: the indicators of the city, each district and each organisation, the roadmap execution per item window, and every recommendation.',
    ),
  ),
  roadmap: roadmapDocumentSchema.check(
    z.describe(
      'profkarta roadmap --json: the roadmap in force with kinds, reporters, windows and the committee status.',
    ),
  ),
  period: periodJsonSchema.check(
    z.describe('profkarta period --json: the date windows of one deadline phrase, or why it cannot be read.'),
  ),
  'import-roadmap': importRoadmapDocumentSchema.check(
    z.describe('profkarta import-roadmap --json: the roadmap read from an order table, and the issues by table row.'),
  ),
  collect: collectReceiptSchema.check(
    z.describe(
      'profkarta collect --json: the receipt, one entry per file read — the organisation it was matched to, принят / принят с ошибками / отклонён and why — with the totals and the organisations from which nothing has come.',
    ),
  ),
} as const;

export type CliDocument = keyof typeof cliDocuments;
