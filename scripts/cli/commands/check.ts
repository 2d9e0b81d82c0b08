import type { Command } from '../cli-io';

/** `profkarta check`: see design §8. */
export const checkCommand: Command = async (_args, io) => {
  io.stderr('Команда «check» ещё не готова.\n');
  return 2;
};
