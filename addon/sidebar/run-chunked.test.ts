import { describe, expect, it } from 'vitest';
import type { SidebarResult } from '../sidebar-protocol';
import { type ChunkProgress, runChunked } from './run-chunked';
import type { ServerCall } from './server';

function scripted(answers: SidebarResult[]): { call: ServerCall; count: () => number } {
  let index = 0;
  const call: ServerCall = async () => answers[Math.min(index++, answers.length - 1)]!;
  return { call, count: () => index };
}

const step = (done: number, total: number): SidebarResult => ({
  ok: true,
  message: `${done}`,
  progress: { done, total },
});

describe('runChunked', () => {
  it('calls again until done reaches total, reporting every step', async () => {
    const { call, count } = scripted([step(1, 3), step(2, 3), step(3, 3)]);
    const seen: ChunkProgress[] = [];
    const result = await runChunked(call, 'createTabs', null, (p) => seen.push(p));
    expect(result).toEqual(step(3, 3));
    expect(count()).toBe(3);
    expect(seen.map((p) => p.done)).toEqual([1, 2, 3]);
  });

  it('returns at once for a job without progress', async () => {
    const { call, count } = scripted([{ ok: true, message: 'Готово' }]);
    expect(await runChunked(call, 'check', null, () => {})).toEqual({ ok: true, message: 'Готово' });
    expect(count()).toBe(1);
  });

  it('stops at the first refusal', async () => {
    const { call, count } = scripted([step(1, 3), { ok: false, message: 'Нет прав' }, step(3, 3)]);
    expect(await runChunked(call, 'remind', null, () => {})).toEqual({ ok: false, message: 'Нет прав' });
    expect(count()).toBe(2);
  });

  it('gives up with a Russian message when the progress stops moving', async () => {
    const { call, count } = scripted([step(1, 5), step(1, 5)]);
    const result = await runChunked(call, 'remind', null, () => {});
    expect(result).toEqual({ ok: false, message: expect.stringContaining('остановилась на 1 из 5') });
    expect(count()).toBe(4);
  });

  it('never calls more than maxCalls times', async () => {
    let done = 0;
    const call: ServerCall = async () => step(++done, 1_000_000);
    const result = await runChunked(call, 'createTabs', null, () => {}, 10);
    expect(result.ok).toBe(false);
    expect(done).toBe(10);
  });
});
