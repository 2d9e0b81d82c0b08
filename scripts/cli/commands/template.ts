import type { Command } from '../cli-io';

/** `profkarta template`: see design §8. */
export const templateCommand: Command = async (_args, io) => {
  io.stderr('Команда «template» ещё не готова.\n');
  return 2;
};
