import type { Command } from '../cli-io';

/** `profkarta demo`: see design §8. */
export const demoCommand: Command = async (_args, io) => {
  io.stderr('Команда «demo» ещё не готова.\n');
  return 2;
};
