import { describe, expect, it } from 'vitest';
import type { SidebarResult } from '../../addon/sidebar-protocol';
import { preparedCommittee, schoolFills, setSetting } from './city';
import { cellCount, isSheetProtection, sheetNamed, snapshot, valuesOf } from './fake/model';
import { committeeFake } from './harness';
import { manyOrgs } from './many-orgs';

function withTabs(n: number) {
  const { orgs, grids } = manyOrgs(n);
  const fake = committeeFake();
  preparedCommittee(fake, orgs);
  const first = fake.run('createOrganisationTabs') as SidebarResult;
  if (!first.ok) throw new Error(first.message);
  return { fake, orgs, grids };
}

describe("the add-on's own instructions", () => {
  it('tells the committee to paste the order into «Дорожная карта» when the school year has no roadmap, never to give a file', () => {
    const { orgs } = manyOrgs(1);
    const fake = committeeFake();
    preparedCommittee(fake, orgs);
    setSetting(fake.committee, 'Учебный год', '2024/2025');
    // The committee cleared the 2023/2024 roadmap and has not pasted the new order yet.
    const roadmap = sheetNamed(fake.committee, 'Дорожная карта')!;
    roadmap.cells.splice(1);
    for (const action of ['createOrganisationTabs', 'checkSubmissions']) {
      const result = fake.run(action) as SidebarResult;
      expect(result.ok, action).toBe(false);
      expect(result.message).toContain('Вставьте на лист «Дорожная карта» таблицу приказа на этот год');
      expect(result.message).not.toMatch(/файл|--roadmap|npx/);
    }
  });
});

describe('createOrganisationTabs', () => {
  it('creates one tab per organisation, sized to its content, shared with its emails, its input ranges protected to it', () => {
    const { fake, orgs } = withTabs(3);
    for (const org of orgs) {
      const sheet = sheetNamed(fake.committee, org.code)!;
      expect(sheet.columnCount).toBe(8);
      expect(sheet.rowCount).toBeLessThan(250);
      const protections = fake.committee.protections.filter((p) => p.sheetId === sheet.sheetId);
      const whole = protections.filter(isSheetProtection);
      expect(whole).toHaveLength(1);
      // The locked cells: the committee only; each input range: the organisation and the committee.
      expect(whole[0]?.editors).toEqual(['ivanova@example.ru']);
      const inputs = protections.filter((p) => !isSheetProtection(p));
      expect(inputs.map((p) => p.range)).toEqual(whole[0]?.unprotectedRanges);
      for (const p of inputs) expect([...p.editors].sort()).toEqual(['ivanova@example.ru', org.emails[0]].sort());
      expect(fake.committee.editors).toContain(org.emails[0]);
      expect(fake.committee.notified[org.emails[0]!]).toBe(false);
    }
  });

  it('changes nothing and writes nothing when run again, even after schools filled their tabs', () => {
    const { fake, grids } = withTabs(3);
    for (const grid of grids) schoolFills(fake.committee, grid);
    fake.run('checkSubmissions');
    const before = snapshot(fake.committee);
    fake.counter.reset();
    const again = fake.run('createOrganisationTabs') as SidebarResult;
    expect(again.ok, again.message).toBe(true);
    expect(again.message).toContain('без изменений 3');
    const batches = fake.world.batchLog.length;
    expect(snapshot(fake.committee)).toEqual(before);
    expect(fake.world.batchLog.length).toBe(batches);
    expect(fake.counter.get('Sheets.Spreadsheets.batchUpdate')).toBe(0);
  });

  it('keeps every value a school entered when the roadmap changes, moving rows of removed items aside', () => {
    const { fake, grids } = withTabs(2);
    for (const grid of grids) schoolFills(fake.committee, grid);
    const entered = (code: string) =>
      valuesOf(sheetNamed(fake.committee, code)!)
        .flat()
        .filter((v) => v !== '');
    const before = entered('S0001');
    // The committee deletes the first item reported in section 4 from the roadmap.
    const roadmap = sheetNamed(fake.committee, 'Дорожная карта')!;
    const itemRow = roadmap.cells.findIndex((row, r) => r > 0 && row?.[0]?.value === '1.2');
    expect(itemRow).toBeGreaterThan(0);
    roadmap.cells.splice(itemRow, 1);
    const result = fake.run('createOrganisationTabs') as SidebarResult;
    expect(result.ok, result.message).toBe(true);
    expect(result.message).toContain('обновлено 2');
    const after = entered('S0001');
    for (const value of before)
      if (typeof value !== 'string' || !value.startsWith('Проверено')) expect(after).toContain(value);
    expect(after).toContain('Удалённые пункты');
  });

  it('runs in chunks of 50 from the sidebar, with progress, and resumes from the cursor', () => {
    const { orgs } = manyOrgs(120);
    const fake = committeeFake();
    preparedCommittee(fake, orgs);
    const steps: { done: number; total: number }[] = [];
    let last = '';
    for (let i = 0; i < 5; i++) {
      const step = fake.run('sidebarCall', 'createTabs', null) as SidebarResult;
      expect(step.ok).toBe(true);
      if (i === 0) {
        // True whoever called: the sidebar goes on by itself, the menu's user starts it again.
        expect(step.message).toContain('Обработано 50 из 120; остальное — следующим запуском');
        expect(step.message).not.toContain('нажмите');
      }
      last = step.message;
      if (step.ok && step.progress) steps.push(step.progress);
      if (step.ok && step.progress && step.progress.done === step.progress.total) break;
    }
    expect(steps).toEqual([
      { done: 50, total: 120 },
      { done: 100, total: 120 },
      { done: 120, total: 120 },
    ]);
    expect(fake.committee.sheets.filter((s) => /^S\d{4}$/.test(s.title))).toHaveLength(120);
    // The answer the sidebar shows at the end counts the whole pass, not its last chunk of 20.
    expect(last).toContain('Листы организаций: создано 120, обновлено 0, без изменений 0');
  });

  it('lists addresses Google refuses to share with, and a drifted protection, which it leaves for «Восстановить защиту»', () => {
    const { orgs } = manyOrgs(2);
    const fake = committeeFake();
    fake.world.unshareable.add(orgs[1]!.emails[0]!);
    preparedCommittee(fake, orgs);
    const result = fake.run('createOrganisationTabs') as SidebarResult;
    expect(result.ok).toBe(true);
    expect(result.message).toContain(`S0002: ${orgs[1]!.emails[0]}`);
    const sheet = sheetNamed(fake.committee, 'S0001')!;
    const whole = () => fake.committee.protections.find((p) => p.sheetId === sheet.sheetId && isSheetProtection(p))!;
    whole().editors.push('intruder@example.org');
    const again = fake.run('sidebarCall', 'createTabs', null) as SidebarResult;
    expect(again.ok && again.problems?.find((p) => p.org === 'S0001')?.message).toContain(
      'лишние редакторы intruder@example.org',
    );
    expect(whole().editors).toContain('intruder@example.org');
    const restored = fake.run('restoreProtection') as SidebarResult;
    expect(restored.ok, restored.message).toBe(true);
    expect(whole().editors).not.toContain('intruder@example.org');
  });

  it('keeps 450 organisation tabs under the 10 million cell cap', () => {
    const { fake } = withTabs(450);
    expect(fake.committee.sheets.length).toBeGreaterThan(450);
    expect(cellCount(fake.committee)).toBeLessThan(10_000_000);
  });
});
