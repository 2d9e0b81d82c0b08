/** What a command may touch besides the file system: its output streams, the directory and today. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /** The current instant; its date and time in Chelyabinsk are «today» and «now» (`committeeNow`). */
  readonly today: Date;
  /** Where an unexpected failure's details are written (default: the system's temporary folder). */
  readonly logDir?: string;
}

/** A command: arguments after its name → exit status. Never throws to the user (see `defineCommand`). */
export type Command = (args: readonly string[], io: CliIo) => Promise<number>;
