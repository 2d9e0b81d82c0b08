import type { Command } from '../../scripts/cli/cli-io';

/** Runs a command with a recording io; returns the exit code and what it printed. */
export async function runCommand(
  command: Command,
  args: readonly string[],
  today = new Date('2024-02-01T09:00:00Z'),
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await command(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd: process.cwd(),
    today,
  });
  return { code, stdout, stderr };
}
