import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { pipeSafeWriter } from './process-io';

/** A stream that records writes and can fail as a closed pipe does. */
class FakeStream extends EventEmitter {
  written: string[] = [];
  write(text: string): boolean {
    this.written.push(text);
    return true;
  }
  fail(code: string): void {
    this.emit('error', Object.assign(new Error(`write ${code}`), { code }));
  }
}

describe('pipeSafeWriter', () => {
  it('writes through while the reader is there', () => {
    const stream = new FakeStream();
    const write = pipeSafeWriter(stream);
    write('a');
    write('b');
    expect(stream.written).toEqual(['a', 'b']);
  });

  it('after EPIPE, drops the rest without a word and without throwing', () => {
    const stream = new FakeStream();
    const others: string[] = [];
    const write = pipeSafeWriter(stream, (error) => others.push(String(error.code)));
    write('a');
    expect(() => stream.fail('EPIPE')).not.toThrow();
    write('b');
    expect(stream.written).toEqual(['a']);
    expect(others).toEqual([]);
  });

  it('tells of another write error once, then drops the rest', () => {
    const stream = new FakeStream();
    const others: string[] = [];
    const write = pipeSafeWriter(stream, (error) => others.push(String(error.code)));
    stream.fail('ENOSPC');
    stream.fail('ENOSPC');
    write('b');
    expect(others).toEqual(['ENOSPC']);
    expect(stream.written).toEqual([]);
  });
});
