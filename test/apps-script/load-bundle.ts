import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const bundlePath = join(import.meta.dirname, '..', '..', 'dist', 'Code.js');

/**
 * Runs the built dist/Code.js in a fresh `node:vm` context whose globals are the given
 * Apps Script fakes, as Apps Script runs it: one script, top-level functions as globals.
 */
export function loadBundle(globals: Record<string, unknown>): vm.Context {
  const context = vm.createContext({ ...globals });
  vm.runInContext(readFileSync(bundlePath, 'utf8'), context, { filename: 'Code.js' });
  return context;
}
