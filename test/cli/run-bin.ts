import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** The real command line, as a user types `npx profkarta …`. */
export const binPath = join(__dirname, '..', '..', 'bin', 'profkarta.mjs');

/**
 * Runs `node bin/profkarta.mjs ARGS` (the prebuilt bundle) in `cwd`; a run longer than
 * `timeoutMs` is killed and reported with code `null`.
 *
 * @param args - the arguments after `profkarta`
 * @param options - `cwd`, `timeoutMs` (default 20 s), extra environment, the user to run as
 * @example const { code, stderr } = await runBin(['check', 'book.xlsx'])
 */
export function runBin(
  args: readonly string[],
  options: { cwd?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv; uid?: number; gid?: number } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, ...options.env },
      timeout: options.timeoutMs ?? 20_000,
      ...(options.uid !== undefined ? { uid: options.uid } : {}),
      ...(options.gid !== undefined ? { gid: options.gid } : {}),
    });
    outputOf(child).then(resolve, reject);
  });
}

/**
 * What a child process printed, once it has closed: its exit code (`null` when killed) and the
 * text of whichever of stdout and stderr are pipes (a destroyed or ignored one gives '').
 *
 * @param child - a spawned process
 * @example const { code, stderr } = await outputOf(spawn('bash', ['-c', 'ls | head -1']))
 */
export function outputOf(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    if (child.stdout && !child.stdout.destroyed) {
      child.stdout.setEncoding('utf8').on('data', (t: string) => {
        stdout += t;
      });
    }
    child.stderr?.setEncoding('utf8').on('data', (t: string) => {
      stderr += t;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Whether text looks like a stack trace (`    at f (file:1:2)`) or an English Node error. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+[:(]/m.test(text) || /\b(Error|TypeError|RangeError|ENOENT|EACCES):/.test(text);
}
