import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-io';
import { periodCommand } from './period';

function recorder(today = new Date('2024-02-01T10:00:00Z')) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    cwd: process.cwd(),
    today,
  };
  return { io, out };
}

describe('profkarta period', () => {
  it('prints the windows as the JSON of design §8', async () => {
    const { io, out } = recorder();
    const text = 'Декабрь 2023 г.\n- Январь 2024 г.\nМай – июнь 2024 г.';
    expect(await periodCommand([text, '--school-year', '2023', '--json'], io)).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({
      windows: [
        { start: '2023-12-01', end: '2024-01-31' },
        { start: '2024-05-01', end: '2024-06-30' },
      ],
    });
    expect(out.stderr).toBe('');
  });

  it('prints readable Russian lines without --json', async () => {
    const { io, out } = recorder();
    expect(await periodCommand(['2 раза в год', '--school-year', '2023/2024'], io)).toBe(0);
    expect(out.stdout).toContain('1) 01.09.2023 – 29.02.2024  (сентябрь 2023 – февраль 2024)');
    expect(out.stdout).toContain('2) 01.03.2024 – 31.08.2024  (март – август 2024)');
  });

  // Issue 13: the help's own example failed on 30.11.2026 («отстоит … 2026/2027»).
  it('without --school-year, reads a phrase in the school year its own years belong to, and says so', async () => {
    const { io, out } = recorder(new Date('2026-11-30T05:15:00Z'));
    expect(await periodCommand(['Декабрь 2023 г. – Январь 2024 г.'], io)).toBe(0);
    expect(out.stdout).toBe(
      'Срок «Декабрь 2023 г. – Январь 2024 г.», учебный год 2023/2024 (по годам, которые называет срок; другой — --school-year):\n  1) 01.12.2023 – 31.01.2024  (декабрь 2023 – январь 2024)\n',
    );
    expect(out.stderr).toBe('');
    const json = recorder(new Date('2026-11-30T05:15:00Z'));
    expect(await periodCommand(['Сентябрь 2024 г.', '--json'], json.io)).toBe(0);
    expect(JSON.parse(json.out.stdout)).toMatchObject({ schoolYear: '2024/2025', schoolYearFrom: 'phrase' });
  });

  it('without --school-year and no year in the phrase, takes the current one and says so', async () => {
    const { io, out } = recorder(new Date('2026-11-30T05:15:00Z'));
    expect(await periodCommand(['II четверть'], io)).toBe(0);
    expect(out.stdout).toMatch(
      /^Срок «II четверть», учебный год 2026\/2027 \(текущий в Челябинске: срок не называет года/,
    );
  });

  it('takes the current school year in Chelyabinsk when none is given', async () => {
    const { io, out } = recorder(new Date('2024-10-05T00:00:00Z'));
    expect(await periodCommand(['Апрель', '--json'], io)).toBe(0);
    expect(JSON.parse(out.stdout).windows).toEqual([{ start: '2025-04-01', end: '2025-04-30' }]);
  });

  it('exits 1 with the Russian reason on stderr when the phrase cannot be read', async () => {
    const { io, out } = recorder();
    expect(await periodCommand(['по возможности скоро', '--school-year', '2023'], io)).toBe(1);
    expect(out.stderr).toBe(
      'Срок «по возможности скоро» не распознан. Пишите, например: «Октябрь», «Март – май», «В течение года», «2 раза в год», «до 15 сентября» (месяц без года — месяц учебного года).\n',
    );
    expect(out.stdout).toBe('');
  });

  it('names the whole phrase and the part it cannot read, never calls the part the deadline', async () => {
    const { io, out } = recorder();
    const phrase = 'до 10 числа месяца, следующего за отчётным';
    expect(await periodCommand([phrase, '--school-year', '2025'], io)).toBe(1);
    expect(out.stderr).toMatch(
      /^В сроке «до 10 числа месяца, следующего за отчётным» не распознана часть «следующего за отчётным»\./,
    );
  });

  it('gives examples without a year, so they hold for any school year', async () => {
    const { io, out } = recorder();
    expect(await periodCommand(['по мере необходимости', '--school-year', '2025'], io)).toBe(1);
    expect(out.stderr).not.toMatch(/20\d\d/);
    expect(out.stderr).toContain('например «Октябрь» или «до 15 октября»');
  });

  it('exits 1 for a phrase with no date at all, saying the item would have no deadline', async () => {
    const { io, out } = recorder();
    expect(await periodCommand(['по отдельному плану', '--school-year', '2024', '--json'], io)).toBe(1);
    expect(out.stderr).toMatch(/^Срок «по отдельному плану» не называет даты: такой пункт останется без срока/);
    expect(JSON.parse(out.stdout)).toMatchObject({ windows: null, error: { code: 'period_no_date' } });
  });

  it('reads a phrase with a remark, and says on stderr what it set aside or found outside the year', async () => {
    const { io, out } = recorder();
    expect(await periodCommand(['в течение года (по отдельному графику)', '--school-year', '2024', '--json'], io)).toBe(
      0,
    );
    expect(JSON.parse(out.stdout)).toMatchObject({
      windows: [{ start: '2024-09-01', end: '2025-08-31' }],
      notes: [{ code: 'period_remark_ignored', severity: 'info' }],
    });
    expect(out.stderr).toMatch(/^К сведению: Пояснение «по отдельному графику» в сроке/);
    const other = recorder();
    expect(await periodCommand(['Октябрь 2023 г.', '--school-year', '2024'], other.io)).toBe(0);
    expect(other.out.stderr).toMatch(
      /^Предупреждение: Срок «Октябрь 2023 г\.» \(октябрь 2023\) лежит вне учебного года 2024\/2025/,
    );
  });

  it.each([[[]], [['Май', 'Июнь']], [['Май', '--school-year', 'давно']], [['Май', '--verbose']]])(
    'exits 2 on bad arguments %j',
    async (args) => {
      const { io, out } = recorder();
      expect(await periodCommand(args, io)).toBe(2);
      expect(out.stderr).not.toBe('');
    },
  );

  it('runs through the real command line with exit 1 on an unreadable phrase', () => {
    const ok = spawnSync('node', ['bin/profkarta.mjs', 'period', 'Апрель', '--school-year', '2023', '--json'], {
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ windows: [{ start: '2024-04-01', end: '2024-04-30' }] });
    const bad = spawnSync('node', ['bin/profkarta.mjs', 'period', 'когда-нибудь', '--school-year', '2023'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('не распознан');
  });
});
