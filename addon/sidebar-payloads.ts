import * as z from 'zod/mini';

/** An A1 cell or range (`B14`, `B14:D20`): anything else is refused before asking Sheets. */
const a1Pattern = /^[A-Z]{1,3}[1-9]\d{0,6}(?::[A-Z]{1,3}[1-9]\d{0,6})?$/i;

const noTab = 'Не указан лист, который нужно открыть.';
const badCell = (input: unknown) => `Ячейка «${String(input)}» не читается: ожидается адрес вида B14.`;
const badHour = 'Час отправки — целое число от 0 до 23.';

/** Actions that take nothing: the sidebar sends `null`. */
export const noPayload = z.nullish(
  z.never({ error: 'Это действие не принимает данных: обновите панель и повторите.' }),
);

/**
 * `select`: the tab (and cell) to activate, as the sidebar's problem names them; a null `cell`
 * activates the tab alone. The messages of the issues are the Russian refusals the sidebar shows.
 */
export const selectPayload = z.object(
  {
    tab: z.string({ error: noTab }).check(z.regex(/\S/, noTab)),
    cell: z.nullish(
      z
        .string({ error: (issue) => badCell(issue.input) })
        .check(z.regex(a1Pattern, { error: (issue) => badCell(issue.input) })),
    ),
  },
  { error: noTab },
);

/** `saveSendHour`: a whole hour 0–23 (the sidebar checks the field and sends a number). */
export const sendHourPayload = z.object(
  { hour: z.int({ error: badHour }).check(z.gte(0, badHour), z.lte(23, badHour)) },
  { error: badHour },
);

/** The first issue's message: payload schemas carry their Russian refusal in each issue. */
export function payloadRefusal(error: z.core.$ZodError): string {
  return error.issues[0]?.message ?? 'Данные действия не читаются.';
}
