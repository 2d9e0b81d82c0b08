import type { Command } from '../cli-io';

/** `profkarta roadmap`: see design §8. */
export const roadmapCommand: Command = async (_args, io) => {
  io.stderr('Команда «roadmap» ещё не готова.\n');
  return 2;
};
