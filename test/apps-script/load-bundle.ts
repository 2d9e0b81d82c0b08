import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const bundlePath = join(import.meta.dirname, '..', '..', 'dist', 'Code.js');

// The context's own Date, reading a clock: `new Date()` and `Date.now()` give the clock's time,
// `new Date(x)` and the static helpers behave as usual; dates stay of the context's realm.
const clockedDate = `(function (now) {
  var RealDate = Date;
  function FakeDate() {
    if (!new.target) return new RealDate(now()).toString();
    return arguments.length === 0 ? new RealDate(now()) : Reflect.construct(RealDate, Array.prototype.slice.call(arguments));
  }
  FakeDate.prototype = RealDate.prototype;
  FakeDate.now = function () { return now(); };
  FakeDate.UTC = RealDate.UTC;
  FakeDate.parse = RealDate.parse;
  return FakeDate;
})`;

/**
 * Runs the built dist/Code.js in a fresh `node:vm` context whose globals are the given
 * Apps Script fakes, as Apps Script runs it: one script, top-level functions as globals.
 *
 * @param clock - when given, the script's `new Date()` and `Date.now()` read it (epoch ms)
 */
export function loadBundle(globals: Record<string, unknown>, clock?: () => number): vm.Context {
  const context = vm.createContext({ ...globals });
  if (clock) context.Date = vm.runInContext(clockedDate, context)(clock);
  vm.runInContext(readFileSync(bundlePath, 'utf8'), context, { filename: 'Code.js' });
  return context;
}
