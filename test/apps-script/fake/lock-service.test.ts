import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createFakeGas, type FakeGas } from './create-fake';
import { lockTimeoutMessage } from './lock-service';
import { owner, scene, sceneStart } from './scene';
import { FakeWorld } from './world';

/** A fake running dist/Code.js over a world bound to one spreadsheet, with extra script functions. */
function gasWith(source: string, world?: FakeWorld): FakeGas {
  const w = world ?? new FakeWorld({ now: sceneStart });
  if (!world) {
    w.activeUser = owner;
    w.effectiveUser = owner;
    w.activeId = w.createSpreadsheet('Комитет', owner).id;
  }
  const fake = createFakeGas({ world: w });
  vm.runInContext(source, fake.context);
  return fake;
}

// https://developers.google.com/apps-script/reference/lock/lock-service
describe('LockService', () => {
  it('gives no document lock outside a containing document', () => {
    const s = scene();
    expect(s.LockService.getDocumentLock()).toBeNull();
    s.world.activeId = s.book.id;
    expect(s.LockService.getDocumentLock()).not.toBeNull();
  });

  it('keeps document, script and user locks apart: another execution holding one does not block the others', () => {
    const s = scene();
    s.world.activeId = s.book.id;
    s.world.holdLock('document');
    expect(s.LockService.getScriptLock().tryLock(0)).toBe(true);
    expect(s.LockService.getUserLock().tryLock(0)).toBe(true);
    expect(s.LockService.getDocumentLock()!.tryLock(0)).toBe(false);
  });

  it('gives each user their own user lock', () => {
    const s = scene();
    s.world.holdLock('user', { scope: 'petrova@example.ru' });
    expect(s.LockService.getUserLock().tryLock(0)).toBe(true);
    expect(s.world.asUser('petrova@example.ru', () => s.LockService.getUserLock().tryLock(0))).toBe(false);
  });
});

// https://developers.google.com/apps-script/reference/lock/lock
describe('Lock', () => {
  it('waits the whole timeout on the fake clock, then tryLock answers false', () => {
    const s = scene();
    s.world.holdLock('script');
    expect(s.LockService.getScriptLock().tryLock(30_000)).toBe(false);
    expect(s.world.now).toBe(sceneStart + 30_000);
  });

  it('throws "Lock timeout: another process was holding the lock for too long." from waitLock', () => {
    const s = scene();
    s.world.holdLock('script');
    expect(() => s.LockService.getScriptLock().waitLock(20_000)).toThrow(lockTimeoutMessage);
  });

  it('takes the lock once its holder lets go within the timeout, after waiting that long', () => {
    const s = scene();
    s.world.holdLock('script', { forMs: 5_000 });
    const lock = s.LockService.getScriptLock();
    lock.waitLock(20_000);
    expect([lock.hasLock(), s.world.now]).toEqual([true, sceneStart + 5_000]);
  });

  it('answers hasLock only for a lock object that acquired it, until released', () => {
    const s = scene();
    const lock = s.LockService.getScriptLock();
    expect(lock.hasLock()).toBe(false);
    lock.tryLock(0);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('lets the execution that holds a lock take it again', () => {
    const s = scene();
    s.LockService.getScriptLock().waitLock(0);
    expect(s.LockService.getScriptLock().tryLock(0)).toBe(true);
  });
});

describe('locks across executions', () => {
  it('blocks a run started while another run holds the lock, and frees it when the holder ends', () => {
    const fake = gasWith(`
      function holdThenCall() { LockService.getScriptLock().waitLock(1000); return callInner(); }
      function inner() { return LockService.getScriptLock().tryLock(100); }`);
    fake.context.callInner = () => fake.run('inner');
    expect(fake.run('holdThenCall')).toBe(false);
    expect(fake.run('inner')).toBe(true);
  });

  it('makes two fakes over one world two executions', () => {
    const first = gasWith('function hold() { LockService.getDocumentLock().waitLock(1000); return callOther(); }');
    const second = gasWith('function tryIt() { return LockService.getDocumentLock().tryLock(100); }', first.world);
    first.context.callOther = () => second.run('tryIt');
    expect(first.run('hold')).toBe(false);
  });
});
