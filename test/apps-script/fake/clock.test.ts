import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createFakeGas } from './create-fake';
import { scene, sceneStart } from './scene';
import { executionLimitMessage, FakeWorld } from './world';

/** A fake running dist/Code.js, with extra script functions defined in its context. */
function gasWith(source: string, world = new FakeWorld({ now: sceneStart })) {
  const fake = createFakeGas({ world });
  vm.runInContext(source, fake.context);
  return fake;
}

describe('the fake clock', () => {
  it('moves by the cost of each counted call (100 ms for a Sheets call), not at all for a cheap one', () => {
    const s = scene();
    s.Sheets.Spreadsheets!.get(s.book.id);
    expect(s.world.now).toBe(sceneStart + 100);
    s.LockService.getScriptLock();
    expect(s.world.now).toBe(sceneStart + 100);
  });

  it('takes the costs a test sets', () => {
    const s = scene();
    s.world.callCosts = { 'Sheets.': 2_000 };
    s.Sheets.Spreadsheets!.get(s.book.id);
    expect(s.world.now).toBe(sceneStart + 2_000);
  });

  // "Sleeps for specified number of milliseconds": https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)
  it('moves by Utilities.sleep', () => {
    const s = scene();
    s.Utilities.sleep(1_500);
    expect(s.world.now).toBe(sceneStart + 1_500);
  });

  it("is what the script's new Date() and Date.now() read", () => {
    const fake = gasWith('function now() { return [Date.now(), new Date().getTime(), new Date(0).getTime()]; }');
    fake.world.advance(42);
    expect(fake.run('now')).toEqual([sceneStart + 42, sceneStart + 42, 0]);
  });
});

// "Script runtime: 6 min / execution": https://developers.google.com/apps-script/guides/services/quotas#current_limitations
// "Exceeded maximum execution time": https://developers.google.com/apps-script/guides/support/troubleshooting#common_errors
describe('the 6-minute execution limit', () => {
  it('stops a run at its first service call after 6 minutes of fake time', () => {
    const fake = gasWith('function long() { Utilities.sleep(361000); SpreadsheetApp.flush(); return "done"; }');
    expect(() => fake.run('long')).toThrow(executionLimitMessage);
  });

  it('ends the run with the error even when the script catches it', () => {
    const fake = gasWith(`function stubborn() {
      Utilities.sleep(361000);
      try { SpreadsheetApp.flush(); } catch (e) { return 'caught'; }
    }`);
    expect(() => fake.run('stubborn')).toThrow(executionLimitMessage);
  });

  it('lets a run of less than 6 minutes return', () => {
    const fake = gasWith('function short() { Utilities.sleep(359000); SpreadsheetApp.flush(); return "done"; }');
    expect(fake.run('short')).toBe('done');
  });

  it('counts each run from its own start', () => {
    const fake = gasWith('function step() { Utilities.sleep(200000); SpreadsheetApp.flush(); return "done"; }');
    expect([fake.run('step'), fake.run('step')]).toEqual(['done', 'done']);
  });
});
