import { describe, expect, it } from 'vitest';
import type { SidebarResult } from '../../addon/sidebar-protocol';
import { smallCity } from '../fixtures/small-city';
import { preparedCommittee, schoolFills, setSetting } from './city';
import type { MailAppFake } from './fake/mail-app';
import { sheetNamed, valuesOf } from './fake/model';
import './fake/mail-app';
import './fake/script-app';
import './fake/url-fetch-app';
import { committeeFake } from './harness';

describe('monthlyJob (time-driven, no active document)', () => {
  it('opens the spreadsheets by the stored ids, builds, appends a monthly История row and mails the summary', () => {
    const city = smallCity();
    const fake = committeeFake();
    preparedCommittee(fake, city.orgs);
    setSetting(fake.committee, 'Получатели сводки', 'head@example.ru');
    fake.run('createOrganisationTabs');
    const active = new Set(city.orgs.filter((o) => o.active).map((o) => o.code));
    for (const grid of city.workbook.reports.filter((s) => active.has(s.name))) schoolFills(fake.committee, grid);
    fake.world.activeId = null;
    fake.world.activeUser = '';
    const result = fake.run('monthlyJob') as SidebarResult;
    expect(result.ok, result.message).toBe(true);
    const history = valuesOf(sheetNamed(fake.committee, 'История')!);
    expect(history.some((r) => r[1] === 'ежемесячная')).toBe(true);
    const mail = fake.globals.MailApp as MailAppFake;
    expect(mail.sent).toHaveLength(1);
    expect(mail.sent[0]?.to).toEqual(['head@example.ru']);
    expect(mail.sent[0]?.attachments[0]?.contentType).toBe('application/pdf');
    const journal = valuesOf(sheetNamed(fake.committee, 'Журнал')!);
    expect(journal.some((r) => r[1] === 'триггер' && r[2] === 'сборка сводки')).toBe(true);
  });
});

describe('a trigger installed by someone no longer on the committee', () => {
  it('does nothing and says so in Журнал', () => {
    const fake = committeeFake();
    fake.run('setUpSpreadsheet');
    // A former member still has edit access to the spreadsheet; only the staff list dropped them.
    fake.share('former@example.org');
    fake.world.activeId = null;
    fake.world.activeUser = '';
    fake.world.effectiveUser = 'former@example.org';
    const result = fake.run('hourlyJob') as SidebarResult;
    expect(result.ok).toBe(false);
    expect(result.message).toContain('former@example.org');
    expect(valuesOf(sheetNamed(fake.committee, 'Журнал')!).at(-1)?.[3]).toBe('отказ');
  });
});
