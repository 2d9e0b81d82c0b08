import type { Command } from '../cli-io';

/** `profkarta summary`: see design §8. */
export const summaryCommand: Command = async (_args, io) => {
  io.stderr('Команда «summary» ещё не готова.\n');
  return 2;
};
