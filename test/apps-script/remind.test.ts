import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JournalEntry } from '../../addon/mail/mail-ports';
import { pendingReminders, sendReminders } from '../../addon/mail/remind-late';
import type { ReminderOrg, RemindInput, RemindPorts } from '../../addon/mail/remind-ports';
import { installMailTestEnv } from './mail-test-env';

afterEach(() => {
  vi.unstubAllGlobals();
});

const tab = (gid: number, range?: string) =>
  `https://docs.google.com/spreadsheets/d/reports-id/edit#gid=${gid}${range ? `&range=${range}` : ''}`;

function org(
  code: string,
  district: string,
  status: ReminderOrg['status'],
  extra: Partial<ReminderOrg> = {},
): ReminderOrg {
  return {
    code,
    name: `МАОУ «СОШ № ${code.slice(-3)} г. Челябинска»`,
    district,
    status,
    emails: `${code.toLowerCase()}@example.ru`,
    tabUrl: status === 'missing' ? null : tab(Number(code.slice(-3))),
    problems:
      status === 'errors'
        ? [
            { cell: 'B20', severity: 'warning', message: `Подтверждение без номера (${code})`, url: tab(1, 'B20') },
            {
              cell: 'B14',
              severity: 'error',
              message: `Охвачено 130 при 120 обучающихся (${code})`,
              url: tab(1, 'B14'),
            },
          ]
        : [],
    ...extra,
  };
}

function ports(orgs: ReminderOrg[], last: Record<string, string | null> = {}, overrides: Partial<RemindInput> = {}) {
  const journal: JournalEntry[] = [];
  const state = new Map<string, string | null>(Object.entries(last));
  const recorded: { code: string; date: string }[][] = [];
  const clock = { now: new Date('2024-02-05T05:00:00Z') };
  const value: RemindPorts = {
    load: () => ({
      asOf: '2024-02-05',
      deadline: '2024-01-31',
      remindEveryDays: 7,
      reportsUrl: 'https://docs.google.com/spreadsheets/d/reports-id/edit',
      orgs,
      lastReminder: new Map(state),
      ...overrides,
    }),
    recordReminders(sent) {
      recorded.push([...sent]);
      for (const s of sent) state.set(s.code, s.date);
    },
    journal: (entry) => journal.push(entry),
    timeZone: () => 'Asia/Yekaterinburg',
    now: () => clock.now,
  };
  return { value, journal, recorded, state, clock };
}

describe('sendReminders', () => {
  it('emails each late or erring organisation its own problems, in district then code order', () => {
    const env = installMailTestEnv();
    const p = ports([
      org('SCH-200', 'Центральный', 'errors'),
      org('SCH-101', 'Калининский', 'empty'),
      org('SCH-100', 'Центральный', 'missing'),
      org('SCH-050', 'Калининский', 'errors'),
    ]);
    const outcome = sendReminders(p.value);
    expect(outcome).toMatchObject({ ok: true, counts: { sent: 4, queued: 0, skipped: 0 } });
    expect(outcome.message).toBe('Напоминания: отправлено 4 из 4.');
    expect(env.mail.sent.map((m) => m.to)).toEqual([
      ['sch-050@example.ru'],
      ['sch-101@example.ru'],
      ['sch-100@example.ru'],
      ['sch-200@example.ru'],
    ]);
    const erring = env.mail.sent[0]!;
    expect(erring.subject).toBe('Профкарта: в отчёте «МАОУ «СОШ № 050 г. Челябинска»» есть ошибки');
    expect(erring.htmlBody).toContain('Охвачено 130 при 120 обучающихся (SCH-050)');
    expect(erring.htmlBody).not.toContain('SCH-200)');
    // Errors first, each cell a link to itself, and a link to the organisation's tab.
    expect(erring.htmlBody!.indexOf('B14')).toBeLessThan(erring.htmlBody!.indexOf('B20'));
    expect(erring.htmlBody).toContain(`<a href="${tab(1, 'B14').replace(/&/g, '&amp;')}">ячейка B14</a>`);
    expect(erring.htmlBody).toContain(`<a href="${tab(50)}">Открыть лист организации SCH-050</a>`);
    expect(erring.body).toContain('Что нужно исправить');
    // The report date, not the day of the check (which the reminder does not know).
    expect(erring.body).toContain('проверен по состоянию на 05.02.2024: в нём есть ошибки');
    const missing = env.mail.sent[2]!;
    expect(missing.htmlBody).toContain('не найден в таблице отчётов');
    expect(missing.htmlBody).toContain('https://docs.google.com/spreadsheets/d/reports-id/edit');
    expect(p.recorded).toEqual([
      ['SCH-050', 'SCH-101', 'SCH-100', 'SCH-200'].map((code) => ({ code, date: '2024-02-05' })),
    ]);
    expect(p.journal).toEqual([{ what: 'reminder', outcome: 'отправлено 4 из 4' }]);
  });

  it('reminds an organisation at most once in «Напоминать не чаще, дней»', () => {
    const env = installMailTestEnv();
    const p = ports([org('SCH-001', 'Ленинский', 'errors'), org('SCH-002', 'Ленинский', 'errors')], {
      'SCH-001': '2024-01-30',
      'SCH-002': '2024-01-29',
    });
    sendReminders(p.value);
    expect(env.mail.sent.map((m) => m.to[0])).toEqual(['sch-002@example.ru']);
    sendReminders(p.value);
    expect(env.mail.sent).toHaveLength(1);
    p.clock.now = new Date('2024-02-06T05:00:00Z');
    sendReminders(p.value);
    expect(env.mail.sent.map((m) => m.to[0])).toEqual(['sch-002@example.ru', 'sch-001@example.ru']);
  });

  it('says there is nobody to remind when all submitted', () => {
    const env = installMailTestEnv();
    const outcome = sendReminders(ports([]).value);
    expect(outcome.message).toContain('Напоминать некому');
    expect(env.mail.sent).toEqual([]);
  });

  it('keeps the rest queued when the quota runs out, and the next run continues «N из M»', () => {
    const env = installMailTestEnv({ quota: 2 });
    const orgs = ['SCH-001', 'SCH-002', 'SCH-003', 'SCH-004', 'SCH-005'].map((c) => org(c, 'Советский', 'empty'));
    const p = ports(orgs);
    const first = sendReminders(p.value);
    expect(first.message).toBe(
      'Напоминания: отправлено 2 из 5; дневная квота писем исчерпана: ещё 3 организации получат напоминание при следующем запуске.',
    );
    expect(first.progress).toBeUndefined();
    expect(pendingReminders()).toEqual({ done: 2, total: 5 });
    env.mail.quota = 100;
    const second = sendReminders(p.value);
    expect(second.message).toBe('Напоминания: отправлено 5 из 5.');
    expect(env.mail.sent.map((m) => m.to[0])).toEqual(orgs.map((o) => `${o.code.toLowerCase()}@example.ru`));
    expect(pendingReminders()).toBeNull();
    expect(p.journal.map((e) => e.outcome)).toEqual([
      'отправлено 2 из 5; дневная квота писем исчерпана: ещё 3 организации получат напоминание при следующем запуске',
      'отправлено 5 из 5',
    ]);
  });

  it('reports an organisation without a valid address and sends it nothing', () => {
    const env = installMailTestEnv();
    const p = ports([
      org('SCH-001', 'Тракторозаводский', 'empty', { emails: 'директор школы; нет' }),
      org('SCH-002', 'Тракторозаводский', 'empty', { emails: 'a@example.ru, плохой@, b@example.ru' }),
    ]);
    const outcome = sendReminders(p.value);
    expect(outcome.message).toBe('Напоминания: отправлено 1 из 1; без верного адреса в «Организациях»: SCH-001.');
    expect(env.mail.sent.map((m) => m.to)).toEqual([['a@example.ru', 'b@example.ru']]);
    expect(env.mail.refused).toEqual([]);
  });

  it('stops before the time limit and answers with progress, so the sidebar calls again', () => {
    installMailTestEnv();
    const p = ports([org('SCH-001', 'Курчатовский', 'empty'), org('SCH-002', 'Курчатовский', 'empty')]);
    const outcome = sendReminders(p.value, Date.now() - 10 * 60 * 1000);
    expect(outcome.progress).toEqual({ done: 0, total: 2 });
    expect(pendingReminders()).toEqual({ done: 0, total: 2 });
  });

  it('names a problem of no one cell as the form’s as a whole', () => {
    const env = installMailTestEnv();
    const empty = org('SCH-101', 'Калининский', 'empty', {
      problems: [
        {
          cell: null,
          severity: 'warning',
          message: 'Лист не заполнен: ни в одной белой ячейке нет значения.',
          url: null,
        },
      ],
    });
    sendReminders(ports([empty]).value);
    expect(env.mail.sent[0]!.body).toContain('• лист в целом (предупреждение): Лист не заполнен');
  });

  it('escapes names and messages from the spreadsheets', () => {
    const env = installMailTestEnv();
    sendReminders(
      ports([
        org('SCH-001', 'Советский', 'errors', {
          name: '<script>alert(1)</script>',
          problems: [{ cell: 'B9', severity: 'error', message: 'Значение «<b>» не число', url: null }],
        }),
      ]).value,
    );
    const html = env.mail.sent[0]!.htmlBody!;
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Значение «&lt;b&gt;» не число');
  });
});

describe('mailState', () => {
  it('tells the sidebar the last send, the trigger and a queued reminder round', async () => {
    const { mailState } = await import('../../addon/mail/mail-state');
    const { installMonthlyTriggerAt } = await import('../../addon/triggers/monthly-trigger');
    const env = installMailTestEnv({ quota: 1 });
    expect(mailState(8)).toEqual({ lastSend: null, triggerInstalled: false, sendHour: 8, pending: null });
    installMonthlyTriggerAt(9);
    sendReminders(ports([org('SCH-001', 'Советский', 'empty'), org('SCH-002', 'Советский', 'empty')]).value);
    env.documentProperties.set('profkarta.lastSummarySend', '2024-02-01 08:00');
    expect(mailState(8)).toEqual({
      lastSend: '2024-02-01 08:00',
      triggerInstalled: true,
      sendHour: 9,
      pending: { action: 'remind', done: 1, total: 2 },
    });
  });
});
