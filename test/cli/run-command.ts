import type { Command } from '../../scripts/cli/cli-io';

/**
 * Runs a command (or `runCli`, the whole command line) with a recording io, in `cwd`, on the
 * committee's `today`; returns the exit code and what it printed.
 *
 * @example const { code, stdout } = await runCommand(runCli, ['--help'], today, dir)
 */
export async function runCommand(
  command: Command,
  args: readonly string[],
  today = new Date('2024-02-01T09:00:00Z'),
  cwd = process.cwd(),
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
    cwd,
    today,
  });
  return { code, stdout, stderr };
}
