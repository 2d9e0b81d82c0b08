import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from './cli-io';
import { refuse } from './cli-refusal';
import { defineCommand } from './define-command';

let logDir = '';
beforeAll(async () => {
  logDir = await mkdtemp(join(tmpdir(), 'profkarta-log-'));
});
afterAll(async () => {
  await rm(logDir, { recursive: true, force: true });
});

function recording() {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (t) => {
      out.stdout += t;
    },
    stderr: (t) => {
      out.stderr += t;
    },
    cwd: process.cwd(),
    today: new Date('2024-02-01T04:00:00Z'),
    logDir,
  };
  return { io, out };
}

const example = (run: () => Promise<number>) =>
  defineCommand({
    name: 'example',
    synopsis: 'example ФАЙЛ [--json]',
    summary: 'пример команды',
    details: ['  --json  JSON на stdout'],
    options: { json: { type: 'boolean' } },
    positionals: { min: 1, max: 1, what: 'один файл' },
    run,
  });

describe('defineCommand', () => {
  it('answers --help with the usage on stdout and exit 0, without running', async () => {
    const { io, out } = recording();
    let ran = false;
    const code = await example(async () => {
      ran = true;
      return 0;
    })(['--help'], io);
    expect(code).toBe(0);
    expect(ran).toBe(false);
    expect(out.stdout).toBe(
      'Использование: npx profkarta example ФАЙЛ [--json]\n\nПример команды.\n\n  --json  JSON на stdout\n\nДаты — ГГГГ-ММ-ДД или ДД.ММ.ГГГГ (2024-02-01 или 01.02.2024).\n',
    );
  });

  it('refuses a wrong count of positional arguments in Russian', async () => {
    const { io, out } = recording();
    expect(await example(async () => 0)([], io)).toBe(2);
    expect(out.stderr).toBe('Укажите один файл. Использование: npx profkarta example ФАЙЛ [--json]\n');
    const extra = recording();
    expect(await example(async () => 0)(['a', 'b'], extra.io)).toBe(2);
    expect(extra.out.stderr).toContain('Лишний параметр «b».');
  });

  it('turns a refusal into its line and exit code', async () => {
    const { io, out } = recording();
    expect(await example(async () => refuse('Так нельзя.', 1))(['a'], io)).toBe(1);
    expect(out.stderr).toBe('Так нельзя.\n');
  });

  it('turns a file-system error into one Russian line', async () => {
    const { io, out } = recording();
    const code = await example(async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC', path: '/data/out.xlsx' });
    })(['a'], io);
    expect(code).toBe(2);
    expect(out.stderr).toBe(
      'На диске не хватает места для «/data/out.xlsx»: освободите место и запустите команду снова.\n',
    );
  });

  it('turns an unexpected error into one Russian line and writes the stack to a log file', async () => {
    const { io, out } = recording();
    const code = await example(async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'sheets')");
    })(['book.xlsx'], io);
    expect(code).toBe(2);
    const lines = out.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Команда «example» прервана непредвиденной ошибкой\. Подробности записаны в .+\.log/);
    expect(out.stderr).not.toMatch(/TypeError|\s+at /);
    const [log] = await readdir(logDir);
    const details = await readFile(join(logDir, log ?? ''), 'utf8');
    expect(details).toContain('Команда: profkarta example book.xlsx');
    expect(details).toContain("TypeError: Cannot read properties of undefined (reading 'sheets')");
    expect(details).toMatch(/\s+at /);
  });
});
