import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { writeFileAtomically } from '../cli/safe-output';

/** The file beside the demo's files that records what the demo wrote there. */
const demoStampName = '.profkarta-demo.json';

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

async function readOrNull(path: string): Promise<Uint8Array | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * The files among `paths` that exist and were not written by an earlier demo run as they are now:
 * not recorded in the folder's stamp, or changed since (their SHA-256 differs). The demo may replace
 * only its own files; a user's `summary.html` of the same name is theirs (design §8: no command
 * silently writes over a user's file).
 *
 * @param dir - the demo's folder
 * @param paths - the files the demo is about to write
 * @example await foreignFiles('out/demo', ['out/demo/demo.xlsx']) // [] after a demo run
 */
export async function foreignFiles(dir: string, paths: readonly string[]): Promise<string[]> {
  let stamp: Record<string, string> = {};
  const text = await readOrNull(join(dir, demoStampName));
  if (text) {
    try {
      stamp = JSON.parse(new TextDecoder().decode(text)) as Record<string, string>;
    } catch {
      stamp = {};
    }
  }
  const foreign: string[] = [];
  for (const path of paths) {
    const data = await readOrNull(path);
    if (data && stamp[basename(path)] !== sha256(data)) foreign.push(path);
  }
  return foreign;
}

/**
 * Records the files the demo just wrote (name → SHA-256) in the folder's stamp.
 *
 * @param dir - the demo's folder
 * @param paths - the files written
 * @example await stampDemoFiles('out/demo', ['out/demo/demo.xlsx', 'out/demo/summary.html'])
 */
export async function stampDemoFiles(dir: string, paths: readonly string[]): Promise<void> {
  const stamp: Record<string, string> = {};
  for (const path of paths) {
    const data = await readOrNull(path);
    if (data) stamp[basename(path)] = sha256(data);
  }
  await writeFileAtomically(join(dir, demoStampName), `${JSON.stringify(stamp, null, 2)}\n`);
}
