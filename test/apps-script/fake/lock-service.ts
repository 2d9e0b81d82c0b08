import { type CallCounter, counted } from './calls';
import type { FakeWorld, LockKind } from './world';

/**
 * `LockService` (https://developers.google.com/apps-script/reference/lock/lock-service) with three
 * separate holders:
 * - `getScriptLock()` "prevents any user from concurrently running a section of code";
 * - `getDocumentLock()` "prevents any user of the current document from concurrently running a
 *   section of code … returns null" when called outside a containing document (no `activeId`);
 * - `getUserLock()` "prevents the current user from concurrently running a section of code".
 * A lock is held by an execution (one `FakeGas.run`; test code outside a run is `outside`), so two
 * runs, nested or over one world, contend; the same execution may take it again. `tryLock(ms)` /
 * `waitLock(ms)` wait on the fake clock: if the holder lets go within the timeout (a lock held
 * `forMs` by `world.holdLock`) they get it then, else the clock moves by the timeout and `tryLock`
 * returns false while `waitLock` throws "Lock timeout: another process was holding the lock for too
 * long." (the exception Apps Script raises, https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer):
 * "timing out with an exception"). `hasLock()` is true only while this lock object holds it; locks
 * are released when their execution ends.
 */

export const lockTimeoutMessage = 'Lock timeout: another process was holding the lock for too long.';

function fakeLock(world: FakeWorld, kind: LockKind) {
  const key = world.lockKey(kind);
  let held = false;
  const acquire = (timeout: number): boolean => {
    const me = world.executionId();
    const current = world.locks.get(key);
    if (current && current.holder !== me && current.until > world.now) {
      const wait = current.until - world.now;
      if (wait > timeout) {
        world.advance(timeout);
        return false;
      }
      world.advance(wait);
    }
    world.locks.set(key, { holder: me, until: Number.POSITIVE_INFINITY });
    held = true;
    return true;
  };
  return {
    tryLock: (timeoutInMillis: number) => acquire(Number(timeoutInMillis) || 0),
    waitLock(timeoutInMillis: number) {
      if (!acquire(Number(timeoutInMillis) || 0)) throw new Error(lockTimeoutMessage);
    },
    releaseLock() {
      if (held && world.locks.get(key)?.holder === world.executionId()) world.locks.delete(key);
      held = false;
    },
    hasLock: () => held && world.locks.get(key)?.holder === world.executionId(),
  };
}

export function fakeLockService(world: FakeWorld, counter: CallCounter) {
  return counted(
    {
      getDocumentLock: () => (world.activeId ? fakeLock(world, 'document') : null),
      getScriptLock: () => fakeLock(world, 'script'),
      getUserLock: () => fakeLock(world, 'user'),
    },
    'LockService',
    counter,
  ) as unknown as GoogleAppsScript.Lock.LockService;
}
