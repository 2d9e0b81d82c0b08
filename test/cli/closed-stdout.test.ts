import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, hasStackTrace, outputOf, runBin } from './run-bin';

// Issue 13: `npx profkarta check demo.xlsx --json | head -1` and `npx profkarta schema | head -1`
// printed «node:events:502 throw er; … Error: write EPIPE» and 14 lines of stack.

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-epipe-'));
  const demo = await runBin(['demo', '--out', dir], { timeoutMs: 60_000 });
  expect(demo.code).toBe(0);
}, 90_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the real command with its stdout pipe closed by the reader before the command writes. */
function runWithStdoutClosed(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [binPath, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  return outputOf(child);
}

/** Runs a shell pipeline as the user typed it, in the demo's folder. */
function runPipeline(line: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // pipefail: the status is profkarta's, not head's.
  return outputOf(spawn('bash', ['-o', 'pipefail', '-c', line], { cwd: dir, env: { ...process.env, P: binPath } }));
}

describe('a closed stdout (EPIPE)', () => {
  it.each([
    ['schema', ['schema'], 0],
    ['check --json', ['check', 'demo.xlsx', '--as-of', '2024-02-01', '--json'], 1],
    ['roadmap', ['roadmap', '--as-of', '2024-02-01'], 0],
  ] as const)(
    'ends %s quietly, with the command’s own status',
    async (_, args, status) => {
      const run = await runWithStdoutClosed(args);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(status);
    },
    60_000,
  );

  it.each([
    ['node "$P" schema | head -1', 0],
    ['node "$P" check demo.xlsx --as-of 2024-02-01 --json | head -1', 1],
  ])(
    '`%s` prints the first line and nothing else',
    async (line, status) => {
      const run = await runPipeline(line);
      expect(run.stdout).toBe('{\n');
      expect(run.stderr).toBe('');
      expect(hasStackTrace(run.stderr)).toBe(false);
      expect(run.code).toBe(status);
    },
    60_000,
  );

  it('a closed stderr is quiet too: `check demo.xlsx 2>&1 | head -1`', async () => {
    const run = await runPipeline('node "$P" check demo.xlsx 2>&1 | head -1');
    expect(run.stdout.split('\n')).toHaveLength(2);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  }, 60_000);
});
