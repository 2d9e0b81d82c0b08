import type { Command } from '../cli-io';

/** `profkarta period`: see design §8. */
export const periodCommand: Command = async (_args, io) => {
  io.stderr('Команда «period» ещё не готова.\n');
  return 2;
};
