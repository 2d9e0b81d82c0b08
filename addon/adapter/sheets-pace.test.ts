import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError } from '../../test/apps-script/fake/api-error';
import { filesPerMinute, isRateLimit, SheetsPace } from './sheets-pace';

/** A clock the pace reads (`Date.now`) and `Utilities.sleep` moves. */
function clock(start = 1_000_000) {
  let now = start;
  vi.spyOn(Date, 'now').mockImplementation(() => now);
  const slept: number[] = [];
  vi.stubGlobal('Utilities', {
    sleep: (ms: number) => {
      slept.push(ms);
      now += ms;
    },
  });
  return {
    slept,
    get now() {
      return now;
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('SheetsPace', () => {
  it('sends a minute’s quota of reads at once, then waits for the next minute', () => {
    const c = clock();
    const pace = new SheetsPace(c.now + 600_000);
    for (let i = 0; i < filesPerMinute; i++) expect(pace.run('reads', () => i)?.value).toBe(i);
    expect(c.slept).toEqual([]);
    expect(pace.run('reads', () => 'next')?.value).toBe('next');
    expect(c.slept).toEqual([61_000]);
  });

  it('counts reads and writes apart, each in its own window', () => {
    const c = clock();
    const pace = new SheetsPace(c.now + 600_000);
    for (let i = 0; i < filesPerMinute; i++) pace.run('reads', () => i);
    c.advance(30_000);
    for (let i = 0; i < filesPerMinute; i++) pace.run('writes', () => i);
    expect(c.slept).toEqual([]);
    pace.run('reads', () => 0);
    expect(c.slept).toEqual([31_000]);
  });

  it('starts nothing once the deadline passed, nor waits for a minute that ends after it', () => {
    const c = clock();
    const pace = new SheetsPace(c.now + 30_000);
    for (let i = 0; i < filesPerMinute; i++) pace.run('reads', () => i);
    const onWait = vi.fn();
    expect(new SheetsPace(c.now + 30_000, pace.state(), onWait).run('reads', () => 1)).toBeNull();
    expect(onWait).not.toHaveBeenCalled();
    c.advance(30_000);
    expect(pace.run('writes', () => 1)).toBeNull();
  });

  it('keeps its windows for the next run, which waits its turn', () => {
    const c = clock();
    const first = new SheetsPace(c.now + 600_000);
    for (let i = 0; i < filesPerMinute; i++) first.run('reads', () => i);
    const onWait = vi.fn();
    const next = new SheetsPace(c.now + 600_000, first.state(), onWait);
    next.run('reads', () => 0);
    expect(onWait).toHaveBeenCalledOnce();
    expect(c.slept).toEqual([61_000]);
  });

  it('tries a request that met the quota again, each time in the next minute, and lets other errors through', () => {
    const c = clock();
    const pace = new SheetsPace(c.now + 600_000);
    let calls = 0;
    const value = pace.run('reads', () => {
      calls++;
      if (calls < 3) throw apiError('sheets.spreadsheets.get', 429, 'Quota exceeded', 'rateLimitExceeded');
      return 'ok';
    });
    expect([value?.value, calls, c.slept.length]).toEqual(['ok', 3, 2]);
    const quota = () => {
      throw apiError('sheets.spreadsheets.get', 429, 'Quota exceeded', 'rateLimitExceeded');
    };
    expect(() => pace.run('writes', quota)).toThrow(/Quota exceeded/);
    expect(() =>
      pace.run('reads', () => {
        throw apiError('sheets.spreadsheets.get', 404, 'Requested entity was not found.');
      }),
    ).toThrow(/not found/);
  });

  it('takes a call of several requests as that many in its window', () => {
    const c = clock();
    const pace = new SheetsPace(c.now + 600_000);
    for (let i = 0; i < filesPerMinute - 1; i++) pace.run('reads', () => i);
    expect(pace.run('reads', () => 'two', 2)?.value).toBe('two');
    expect(c.slept).toEqual([61_000]);
    expect(pace.state().reads).toBe(2);
  });

  it('does not change the windows it was given', () => {
    const c = clock();
    const window = { readsAt: c.now, reads: 3, writesAt: 0, writes: 0 };
    new SheetsPace(c.now + 600_000, window).run('reads', () => 1);
    expect(window.reads).toBe(3);
  });
});

describe('isRateLimit', () => {
  it.each([
    [apiError('sheets.spreadsheets.get', 429, 'Quota exceeded for quota metric', 'rateLimitExceeded'), true],
    [new Error("Quota exceeded for quota metric 'Read requests'"), true],
    [apiError('sheets.spreadsheets.get', 403, 'The caller does not have permission', 'forbidden'), false],
    ['429', true],
    [null, false],
  ])('tells the per-minute quota from other failures (%#)', (error, expected) => {
    expect(isRateLimit(error)).toBe(expected);
  });
});
