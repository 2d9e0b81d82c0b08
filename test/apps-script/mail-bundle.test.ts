import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../addon/mail/personal-data';
import type { SidebarResult } from '../../addon/sidebar-protocol';
import { smallCity } from '../fixtures/small-city';
import { preparedCommittee, schoolFills, setSetting } from './city';
import type { MailAppFake } from './fake/mail-app';
import { sheetNamed, valuesOf } from './fake/model';
import type { UrlFetchAppFake } from './fake/url-fetch-app';
import { type CommitteeFake, committeeFake } from './harness';

/** The small city in one committee spreadsheet, tabs created and filled by the schools. */
function city(recipients = 'head@example.ru, deputy@example.ru'): CommitteeFake {
  const data = smallCity();
  const fake = committeeFake();
  preparedCommittee(fake, data.orgs);
  setSetting(fake.committee, 'Получатели сводки', recipients);
  fake.run('createOrganisationTabs');
  const active = new Set(data.orgs.filter((o) => o.active).map((o) => o.code));
  for (const grid of data.workbook.reports.filter((s) => active.has(s.name))) schoolFills(fake.committee, grid);
  return fake;
}

const mailOf = (fake: CommitteeFake) => fake.globals.MailApp as MailAppFake;
const fetchOf = (fake: CommitteeFake) => fake.globals.UrlFetchApp as UrlFetchAppFake;
const journal = (fake: CommitteeFake) =>
  valuesOf(sheetNamed(fake.committee, 'Журнал')!).map((r) => r.map((v) => String(v ?? '')));

function asTrigger(fake: CommitteeFake): SidebarResult {
  const { activeId, activeUser } = fake.world;
  fake.world.activeId = null;
  fake.world.activeUser = '';
  try {
    return fake.run('monthlyJob') as SidebarResult;
  } finally {
    fake.world.activeId = activeId;
    fake.world.activeUser = activeUser;
  }
}

describe('monthlyJob in dist/Code.js', () => {
  it('sends one email a month with the Сводка PDF and the key figures, even when the trigger fires twice', () => {
    const fake = city();
    expect(asTrigger(fake).ok).toBe(true);
    const second = asTrigger(fake);
    expect(second.message).toContain('уже отправлена');
    const mail = mailOf(fake);
    expect(mail.sent).toHaveLength(1);
    const email = mail.sent[0]!;
    expect(email.to).toEqual(['head@example.ru', 'deputy@example.ru']);
    expect(email.attachments).toEqual([
      { name: 'Сводка 01.02.2024.pdf', contentType: 'application/pdf', bytes: expect.any(Number) },
    ]);
    expect(email.htmlBody).toContain('Сдали отчёт без ошибок');
    expect(email.htmlBody).toContain('Охват профминимумом');
    expect(email.htmlBody).not.toMatch(/@|\+7/);
    const gid = sheetNamed(fake.committee, 'Сводка')!.sheetId;
    expect(fetchOf(fake).requests[0]?.url).toContain(`/d/${fake.committee.id}/export?format=pdf&gid=${gid}&size=A4`);
    const sends = journal(fake).filter((r) => r[2] === 'отправка сводки');
    expect(sends.map((r) => [r[1], r[3]])).toEqual([
      ['триггер', 'ежемесячная рассылка: отправлено 2 получателям, вложение «Сводка 01.02.2024.pdf»'],
      ['триггер', expect.stringMatching(/^ежемесячная рассылка: пропущено: сводка за [а-я]+ \d{4} уже отправлена$/)],
    ]);
  });

  it('still sends after HTTP 429 on the first two exports', () => {
    const fake = city();
    fetchOf(fake).queue.push({ status: 429 }, { status: 429 });
    expect(asTrigger(fake).ok).toBe(true);
    expect(fetchOf(fake).requests).toHaveLength(3);
    expect(mailOf(fake).sent).toHaveLength(1);
  });

  it('sends nothing without quota, and Журнал says why', () => {
    const fake = city();
    mailOf(fake).quota = 1;
    expect(asTrigger(fake).ok).toBe(false);
    expect(mailOf(fake).sent).toEqual([]);
    expect(journal(fake).at(-1)?.[3]).toContain('дневная квота писем исчерпана (осталось 1, нужно 2)');
  });

  it('reports a bad recipient and sends to the others', () => {
    const fake = city('head@example.ru; нет-адреса');
    expect(asTrigger(fake).ok).toBe(true);
    expect(mailOf(fake).sent.map((m) => m.to)).toEqual([['head@example.ru']]);
    expect(
      journal(fake).some((r) => r[3]?.includes('неверные адреса в «Получатели сводки» пропущены: нет-адреса')),
    ).toBe(true);
  });
});

describe('what the PDF is made of', () => {
  it('the Сводка tab that is exported holds no phone number or email address, though the schools’ forms do', () => {
    const fake = city();
    expect(asTrigger(fake).ok).toBe(true);
    const text = (title: string) =>
      valuesOf(sheetNamed(fake.committee, title)!)
        .flat()
        .map((v) => String(v ?? ''))
        .join('\n');
    expect(findPersonalData(text('SCH001')).length).toBeGreaterThan(0);
    expect(findPersonalData(text('Сводка'))).toEqual([]);
  });
});

describe('sidebar sendNow and the state it leaves', () => {
  it('sends on demand, leaves the monthly send, and the sidebar shows the last send', () => {
    const fake = city();
    const now = fake.run('sidebarCall', 'sendNow', null) as SidebarResult;
    expect(now.ok, now.message).toBe(true);
    expect(asTrigger(fake).ok).toBe(true);
    expect(mailOf(fake).sent).toHaveLength(2);
    const state = fake.run('sidebarCall', 'state', null) as SidebarResult;
    expect(state.ok && state.state?.lastSend).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });
});

describe('remindLate in dist/Code.js', () => {
  it('emails only the late and erring organisations, each its own problems, and not again within the period', () => {
    const fake = city();
    const result = fake.run('remindLate') as SidebarResult;
    expect(result.ok, result.message).toBe(true);
    expect(result.message).toBe('Напоминания: отправлено 3 из 3.');
    const mail = mailOf(fake);
    expect(mail.sent.map((m) => m.to[0]).sort()).toEqual([
      'odo001@example.ru',
      'sch003@example.ru',
      'sch004@example.ru',
    ]);
    const sch003 = mail.sent.find((m) => m.to[0] === 'sch003@example.ru')!;
    expect(sch003.subject).toContain('есть ошибки');
    const gid = sheetNamed(fake.committee, 'SCH003')!.sheetId;
    expect(sch003.htmlBody).toContain(`#gid=${gid}&amp;range=B`);
    expect(sch003.htmlBody).not.toContain('SCH001');
    const state = valuesOf(sheetNamed(fake.committee, 'Состояние')!);
    expect(
      state
        .filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(String(r[3])))
        .map((r) => r[0])
        .sort(),
    ).toEqual(['ODO001', 'SCH003', 'SCH004']);
    const again = fake.run('remindLate') as SidebarResult;
    expect(again.message).toContain('Напоминать некому');
    expect(mail.sent).toHaveLength(3);
    expect(
      journal(fake)
        .filter((r) => r[2] === 'напоминание')
        .map((r) => r[3]),
    ).toEqual(['отправлено 3 из 3', 'отправлено 0 из 0']);
  });

  it('keeps the rest queued when the quota runs out, and the sidebar shows «N из M»', () => {
    const fake = city();
    mailOf(fake).quota = 2;
    const first = fake.run('sidebarCall', 'remind', null) as SidebarResult;
    expect(first.message).toContain('отправлено 2 из 3');
    const state = fake.run('sidebarCall', 'state', null) as SidebarResult;
    expect(state.ok && state.state?.pending).toEqual({ action: 'remind', done: 2, total: 3 });
    mailOf(fake).quota = 100;
    const second = fake.run('sidebarCall', 'remind', null) as SidebarResult;
    expect(second.message).toBe('Напоминания: отправлено 3 из 3.');
  });
});
