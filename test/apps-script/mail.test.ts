import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BuiltSummary, JournalEntry, SummaryPorts } from '../../addon/mail/mail-ports';
import { sendSummary } from '../../addon/mail/send-summary';
import { installMailTestEnv } from './mail-test-env';

afterEach(() => {
  vi.unstubAllGlobals();
});

const keyFigures =
  '<table><tr><th>Сдали отчёт</th><td>152 из 190 (80,0 %) <span>(+12)</span></td></tr><tr><th>Охват профминимумом</th><td>91,5 %</td></tr></table>';

function ports(overrides: Partial<BuiltSummary> = {}, now = new Date('2024-02-01T03:00:00Z')) {
  const journal: JournalEntry[] = [];
  const builds: string[] = [];
  const clock = { now };
  const value: SummaryPorts = {
    build(kind) {
      builds.push(kind);
      return {
        asOf: '2024-02-01',
        schoolYear: '2023/2024',
        committeeSpreadsheetId: 'committee-id-0123456789abcdef',
        committeeSpreadsheetUrl: 'https://docs.google.com/spreadsheets/d/committee-id-0123456789abcdef/edit',
        summaryGid: 777,
        recipients: 'boss@example.ru, deputy@example.ru',
        keyFiguresHtml: keyFigures,
        ...overrides,
      };
    },
    journal: (entry) => journal.push(entry),
    timeZone: () => 'Asia/Yekaterinburg',
    now: () => clock.now,
  };
  return { value, journal, builds, clock };
}

describe('sendSummary monthly', () => {
  it('sends one email per month with the PDF to the configured recipients, even if the trigger fires twice', () => {
    const env = installMailTestEnv();
    const p = ports();
    expect(sendSummary('monthly', p.value).ok).toBe(true);
    const second = sendSummary('monthly', p.value);
    expect(second).toEqual({ ok: true, message: expect.stringContaining('уже отправлена') });
    expect(env.mail.sent).toHaveLength(1);
    const mail = env.mail.sent[0]!;
    expect(mail.to).toEqual(['boss@example.ru', 'deputy@example.ru']);
    expect(mail.name).toBe('Профкарта');
    expect(mail.subject).toBe('Профкарта: сводка по дорожной карте профориентации на 01.02.2024');
    expect(mail.attachments).toEqual([
      { name: 'Сводка 01.02.2024.pdf', contentType: 'application/pdf', bytes: expect.any(Number) },
    ]);
    expect(mail.htmlBody).toContain(keyFigures);
    expect(mail.body).toContain('Сдали отчёт');
    expect(p.builds).toEqual(['monthly']);
    expect(env.flushes).toBe(1);
    expect(p.journal.map((e) => e.outcome)).toEqual([
      'ежемесячная рассылка: отправлено 2 получателям, вложение «Сводка 01.02.2024.pdf»',
      'ежемесячная рассылка: пропущено: сводка за февраль 2024 уже отправлена',
    ]);
  });

  it('sends again in the next month', () => {
    const env = installMailTestEnv();
    const p = ports();
    sendSummary('monthly', p.value);
    p.clock.now = new Date('2024-03-01T03:00:00Z');
    sendSummary('monthly', p.value);
    expect(env.mail.sent).toHaveLength(2);
  });

  it('takes the month in the spreadsheet’s zone: 31 January 20:00 UTC is already 1 February in Chelyabinsk', () => {
    const env = installMailTestEnv();
    const p = ports({}, new Date('2024-01-31T20:00:00Z'));
    sendSummary('monthly', p.value);
    p.clock.now = new Date('2024-02-01T05:00:00Z');
    sendSummary('monthly', p.value);
    expect(env.mail.sent).toHaveLength(1);
  });

  it('exports the Сводка tab as an A4 portrait PDF, fitted to width, without gridlines, with the OAuth token', () => {
    const env = installMailTestEnv();
    sendSummary('monthly', ports().value);
    expect(env.fetch.requests).toHaveLength(1);
    const { url, params } = env.fetch.requests[0]!;
    expect(url.startsWith('https://docs.google.com/spreadsheets/d/committee-id-0123456789abcdef/export?')).toBe(true);
    const query = new URL(url).searchParams;
    expect(
      Object.fromEntries(['format', 'gid', 'size', 'portrait', 'fitw', 'gridlines'].map((k) => [k, query.get(k)])),
    ).toEqual({ format: 'pdf', gid: '777', size: 'A4', portrait: 'true', fitw: 'true', gridlines: 'false' });
    expect(params?.headers).toEqual({ Authorization: 'Bearer fake-oauth-token' });
    expect(params?.muteHttpExceptions).toBe(true);
  });

  it('still sends after HTTP 429 on the first two exports, backing off 2 s then 4 s', () => {
    const env = installMailTestEnv({ fetches: [{ status: 429 }, { status: 429 }] });
    const outcome = sendSummary('monthly', ports().value);
    expect(outcome.ok).toBe(true);
    expect(env.fetch.requests).toHaveLength(3);
    expect(env.sleeps).toEqual([2000, 4000]);
    expect(env.mail.sent).toHaveLength(1);
  });

  it('gives up after five failed exports, sends nothing, logs why, and lets a later run try again', () => {
    const env = installMailTestEnv({ fetches: Array.from({ length: 5 }, () => ({ status: 503 })) });
    const p = ports();
    expect(sendSummary('monthly', p.value).ok).toBe(false);
    expect(env.fetch.requests).toHaveLength(5);
    expect(env.sleeps).toEqual([2000, 4000, 8000, 16000]);
    expect(env.mail.sent).toEqual([]);
    expect(p.journal).toEqual([
      {
        what: 'send',
        outcome: 'ежемесячная рассылка: не отправлено: не удалось выгрузить лист «Сводка» в PDF за 5 попыток',
        failure: 'код ответа 503',
      },
    ]);
    expect(sendSummary('monthly', p.value).ok).toBe(true);
    expect(env.mail.sent).toHaveLength(1);
  });

  it('does not retry a refusal (403) and does not attach a login page as PDF', () => {
    const env = installMailTestEnv({ fetches: [{ status: 403 }] });
    expect(sendSummary('now', ports().value).ok).toBe(false);
    expect(env.fetch.requests).toHaveLength(1);
    env.fetch.queue.push({ status: 200, contentType: 'text/html', body: '<html>Войдите</html>' });
    const p = ports();
    expect(sendSummary('now', p.value).ok).toBe(false);
    expect(p.journal[0]?.failure).toContain('веб-страница');
    expect(env.mail.sent).toEqual([]);
  });

  it('with no quota left sends nothing and Журнал says why', () => {
    const env = installMailTestEnv({ quota: 1 });
    const p = ports();
    const outcome = sendSummary('monthly', p.value);
    expect(outcome.ok).toBe(false);
    expect(env.mail.sent).toEqual([]);
    expect(env.fetch.requests).toEqual([]);
    expect(p.journal).toEqual([
      {
        what: 'send',
        outcome: expect.stringContaining('дневная квота писем исчерпана (осталось 1, нужно 2)'),
      },
    ]);
    env.mail.quota = 100;
    expect(sendSummary('monthly', p.value).ok).toBe(true);
  });

  it('reports a bad recipient and sends to the others only', () => {
    const env = installMailTestEnv();
    const p = ports({ recipients: 'boss@example.ru; нет-адреса, deputy@example; BOSS@example.ru\nhead@example.org' });
    const outcome = sendSummary('monthly', p.value);
    expect(outcome).toMatchObject({ ok: true, counts: { sent: 2, badAddresses: 2 } });
    expect(outcome.message).toContain('нет-адреса, deputy@example');
    expect(env.mail.sent[0]?.to).toEqual(['boss@example.ru', 'head@example.org']);
    expect(p.journal[0]).toEqual({
      what: 'send',
      outcome: 'ежемесячная рассылка: неверные адреса в «Получатели сводки» пропущены: нет-адреса, deputy@example',
    });
    expect(env.mail.refused).toEqual([]);
  });

  it('sends nothing when no recipient is valid', () => {
    const env = installMailTestEnv();
    const p = ports({ recipients: '' });
    expect(sendSummary('monthly', p.value)).toMatchObject({
      ok: false,
      message: expect.stringContaining('нет ни одного верного адреса'),
    });
    expect(env.mail.sent).toEqual([]);
  });

  it('logs a failed build and sends nothing', () => {
    const env = installMailTestEnv();
    const p = ports();
    p.value.build = () => {
      throw new Error('Сводку уже собирает kolesova@example.ru');
    };
    expect(sendSummary('monthly', p.value).ok).toBe(false);
    expect(p.journal).toEqual([
      {
        what: 'send',
        outcome: 'ежемесячная рассылка: не отправлено: сводку не удалось собрать',
        failure: 'Сводку уже собирает kolesova@example.ru',
      },
    ]);
    expect(env.mail.sent).toEqual([]);
  });

  it('refuses to send figures that carry a phone number or an email address', () => {
    const env = installMailTestEnv();
    const p = ports({ keyFiguresHtml: '<p>Ответственный: +7 351 123-45-67</p>' });
    expect(sendSummary('monthly', p.value).ok).toBe(false);
    expect(p.journal[0]?.failure).toBe('+7 351 123-45-67');
    expect(env.mail.sent).toEqual([]);
  });
});

describe('sendSummary now', () => {
  it('sends on demand every time and leaves the month’s automatic send in place', () => {
    const env = installMailTestEnv();
    const p = ports();
    sendSummary('now', p.value);
    sendSummary('now', p.value);
    sendSummary('monthly', p.value);
    expect(env.mail.sent).toHaveLength(3);
    expect(p.builds).toEqual(['build', 'build', 'monthly']);
    expect(p.journal[0]?.outcome).toBe('отправлено 2 получателям, вложение «Сводка 01.02.2024.pdf»');
    expect(env.documentProperties.get('profkarta.lastSummarySend')).toBe('2024-02-01 08:00');
  });
});
