/** What a command may touch besides the file system: its output streams, the directory and today. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly today: Date;
}

/** A command: arguments after its name → exit status. Never throws to the user. */
export type Command = (args: readonly string[], io: CliIo) => Promise<number>;
