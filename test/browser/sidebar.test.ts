import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SidebarResult } from '../../addon/sidebar-protocol';
import { artifactPath, type Browser, openBrowser, skipBrowser } from './chromium';
import { committeeState, installStandIn, type Script, type StandInControl, stateAnswer } from './script-run-stand-in';

const sidebarUrl = pathToFileURL(join(import.meta.dirname, '..', '..', 'dist', 'Sidebar.html')).href;

describe.skipIf(skipBrowser)('Sidebar.html in headless Chromium', () => {
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens the built sidebar with a scripted server; waits until the first state is shown. */
  async function open(script: Script): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.addInitScript(installStandIn, { state: [stateAnswer()], ...script });
    await page.goto(sidebarUrl);
    await page.waitForFunction(() => document.getElementById('app')?.getAttribute('aria-busy') === 'false');
    return page;
  }

  const calls = (page: Page) =>
    page.evaluate(() => (window as unknown as { __standIn: StandInControl }).__standIn.calls.slice());
  const standIn = (page: Page, method: 'hold' | 'releaseOne' | 'release') =>
    page.evaluate((name) => (window as unknown as { __standIn: StandInControl }).__standIn[name](), method);
  const waitForCalls = (page: Page, count: number) =>
    page.waitForFunction(
      (n) => (window as unknown as { __standIn: StandInControl }).__standIn.calls.length >= n,
      count,
    );

  it('shows the user, the last build and send, and the monthly send state', async () => {
    const page = await open({});
    await expect.poll(() => page.textContent('#who')).toContain('metodist@example.ru');
    expect(await page.textContent('#last-build')).toBe('01.02.2024 09:15');
    expect(await page.textContent('#last-send')).toBe('01.02.2024 08:03');
    expect(await page.textContent('#trigger-state')).toBe('выключена');
    expect(await page.inputValue('#send-hour')).toBe('8');
    expect(await page.isEnabled('button[data-action="build"]')).toBe(true);
    await page.screenshot({ path: artifactPath('sidebar.png'), fullPage: true });
    await page.close();
    expect(pageErrors).toEqual([]);
  });

  it('runs a chunked job to its end, with progress, buttons disabled meanwhile', async () => {
    const chunk = (done: number): SidebarResult => ({
      ok: true,
      message: done < 3 ? `Создано листов: ${done * 100}` : 'Листы организаций созданы и обновлены: 300.',
      progress: { done, total: 3 },
      ...(done === 3 ? { counts: { created: 250, updated: 50 } } : {}),
    });
    const page = await open({ createTabs: [chunk(1), chunk(2), chunk(3)] });
    await standIn(page, 'hold');
    await page.click('text=Создать/обновить листы организаций');
    await waitForCalls(page, 2);
    expect(await page.isDisabled('button[data-action="build"]')).toBe(true);
    expect(await page.isDisabled('button[data-action="createTabs"]')).toBe(true);
    expect(await page.isVisible('#progress')).toBe(true);

    await standIn(page, 'releaseOne');
    await waitForCalls(page, 3);
    await expect.poll(() => page.textContent('#progress-text')).toBe('1 из 3: Создано листов: 100');
    expect(await page.getAttribute('#progress', 'max')).toBe('3');

    await standIn(page, 'releaseOne');
    await waitForCalls(page, 4);
    await expect.poll(() => page.textContent('#progress-text')).toBe('2 из 3: Создано листов: 200');

    await standIn(page, 'release');
    await expect.poll(() => page.textContent('#result-message')).toBe('Листы организаций созданы и обновлены: 300.');
    await expect.poll(() => page.isEnabled('button[data-action="build"]')).toBe(true);
    expect(await page.isVisible('#progress')).toBe(false);
    expect(await page.textContent('#counts')).toContain('Создано250');
    const actions = (await calls(page)).map((c) => c.action);
    expect(actions.filter((a) => a === 'createTabs')).toHaveLength(3);
    await page.close();
  });

  it('shows the result with counts and the worst problems as links to their cells, as text', async () => {
    const page = await open({
      check: [
        {
          ok: true,
          message: 'Проверено 3 организации: 1 сдала, 1 с ошибками, 1 без листа. <b>жирный</b>',
          counts: { submitted: 1, errors: 1, missing: 1 },
          problems: [
            {
              org: 'SCH-002',
              tab: 'SCH-002',
              cell: 'C9',
              place: 'лист «SCH-002» (МБОУ «СОШ № 2»), ячейка C9',
              severity: 'warning',
              message: 'Подтверждение без ссылки и без номера.',
              url: 'https://docs.google.com/spreadsheets/d/abc/edit#gid=7&range=C9',
            },
            {
              org: 'SCH-001',
              tab: 'SCH-001',
              cell: 'B14',
              place: 'лист «SCH-001» (МБОУ «СОШ № 1»), ячейка B14',
              severity: 'error',
              message: 'Охвачено 130 при 120 обучающихся <script>alert(1)</script>',
              url: 'https://docs.google.com/spreadsheets/d/abc/edit#gid=5&range=B14',
            },
            {
              org: 'SCH-003',
              tab: 'SCH-003',
              cell: null,
              place: 'лист «SCH-003» (МБОУ «СОШ № 3»)',
              severity: 'error',
              message: 'Нет листа организации.',
              url: 'javascript:alert(1)',
            },
          ],
        },
      ],
    });
    await page.click('text=Проверить отчёты');
    await expect.poll(() => page.textContent('#result-message')).toContain('1 сдала');
    expect(await page.textContent('#result-message')).toContain('<b>жирный</b>');
    expect(await page.locator('#result b').count()).toBe(0);
    expect(await page.locator('#problems script').count()).toBe(0);
    const items = await page.locator('#problems li').allTextContents();
    // Where a problem stands, in words with the organisation's name: never «SCH-001!B14».
    expect(items[0]).toBe(
      'Ошибка лист «SCH-001» (МБОУ «СОШ № 1»), ячейка B14: Охвачено 130 при 120 обучающихся <script>alert(1)</script>',
    );
    expect(items[1]).toBe('Ошибка лист «SCH-003» (МБОУ «СОШ № 3»): Нет листа организации.');
    expect(items[2]).toContain('Предупреждение лист «SCH-002» (МБОУ «СОШ № 2»), ячейка C9');
    expect(items.join('\n')).not.toContain('!');
    const link = page.locator('#problems a', { hasText: 'ячейка B14' });
    expect(await link.getAttribute('href')).toBe('https://docs.google.com/spreadsheets/d/abc/edit#gid=5&range=B14');
    expect(await link.getAttribute('target')).toBe('_top');
    expect(await page.locator('#problems a[href^="javascript"]').count()).toBe(0);
    expect(await page.textContent('#counts')).toContain('С ошибками1');
    await page.screenshot({ path: artifactPath('sidebar-result.png'), fullPage: true });
    await page.close();
  });

  it('fits the problem list in the sidebar’s 300 px: long messages wrap, nothing sideways; a screenshot is kept', async () => {
    const long =
      'Охвачено профминимумом 6–9 классов больше, чем обучающихся 6–9 классов: проверьте численность и охват в разделе 3 формы.';
    const problems = Array.from({ length: 25 }, (_, i) => ({
      org: `SCH-${String(i + 1).padStart(3, '0')}`,
      tab: `SCH-${String(i + 1).padStart(3, '0')}`,
      cell: `B${14 + i}`,
      place: `лист «SCH-${String(i + 1).padStart(3, '0')}», ячейка B${14 + i}`,
      severity: i % 3 === 2 ? ('warning' as const) : ('error' as const),
      message: i === 0 ? `${long} ${'Очень_длинное_слово_без_пробелов'.repeat(3)}` : long,
      url: `https://docs.google.com/spreadsheets/d/abc/edit#gid=${i}&range=B${14 + i}`,
    }));
    const page = await open({
      check: [
        {
          ok: true,
          message: 'Проверено 25 организаций: 17 с ошибками.',
          counts: { errors: 17 },
          problems,
          problemsTotal: 340,
          problemsTab: 'Проверка',
        },
      ],
    });
    await page.setViewportSize({ width: 300, height: 900 });
    await page.click('text=Проверить отчёты');
    await page.waitForSelector('#problems li');
    const layout = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      items: [...document.querySelectorAll('#problems li')].map((li) => {
        const box = li.getBoundingClientRect();
        return { right: box.right, height: box.height };
      }),
      more: document.getElementById('problems-more')?.textContent ?? '',
      moreShown: document.getElementById('problems-more')?.hidden === false,
    }));
    expect(layout.scrollWidth).toBeLessThanOrEqual(300);
    expect(layout.items.length).toBeGreaterThan(3);
    for (const item of layout.items) expect(item.right).toBeLessThanOrEqual(300);
    // The long message wraps onto several lines instead of running off the side.
    expect(Math.max(...layout.items.map((i) => i.height))).toBeGreaterThan(40);
    expect(layout.moreShown).toBe(true);
    // The server sends the worst problems only; the count is the full one it gives.
    expect(layout.more).toBe('Показаны 20 из 340; все — на листе «Проверка».');
    await page.screenshot({ path: artifactPath('sidebar-problems.png'), fullPage: true });
    await page.close();
    expect(pageErrors).toEqual([]);
  });

  describe('clicking a problem', () => {
    const here = 'https://docs.google.com/spreadsheets/d/committee1/edit#gid=5&range=B14';
    const there = 'https://docs.google.com/spreadsheets/d/reports2/edit#gid=7&range=C9';
    const problem = (tab: string, cell: string, url: string) =>
      ({
        org: tab,
        tab,
        cell,
        place: `лист «${tab}», ячейка ${cell}`,
        severity: 'error',
        message: 'Охвачено больше, чем обучающихся.',
        url,
      }) as const;

    /** The sidebar with two problems shown, one in its own spreadsheet and one in the reports spreadsheet. */
    async function withProblems(select: SidebarResult[]): Promise<{ page: Page; opened: string[] }> {
      const page = await open({
        state: [stateAnswer({ spreadsheetId: 'committee1' })],
        check: [
          {
            ok: true,
            message: 'Проверено 2 организации.',
            problems: [problem('SCH-001', 'B14', here), problem('SCH-002', 'C9', there)],
          },
        ],
        select,
      });
      const opened: string[] = [];
      await page.route('https://docs.google.com/**', (route) => {
        opened.push(route.request().url());
        return route.fulfill({ contentType: 'text/html', body: '<title>Таблица</title>' });
      });
      await page.click('text=Проверить отчёты');
      await page.waitForSelector('#problems a');
      return { page, opened };
    }

    it('selects the cell through the server, without following the link', async () => {
      const { page, opened } = await withProblems([{ ok: true, message: 'Открыта ячейка B14 на листе «SCH-001».' }]);
      const before = (await calls(page)).length;
      await page.click('#problems a:has-text("«SCH-001», ячейка B14")');
      await waitForCalls(page, before + 1);
      expect((await calls(page)).slice(before)).toEqual([
        { action: 'select', payload: { tab: 'SCH-001', cell: 'B14' } },
      ]);
      expect(page.url()).toBe(sidebarUrl);
      expect(opened).toEqual([]);
      await page.close();
      expect(pageErrors).toEqual([]);
    });

    it('selects from the keyboard too (Enter on the link)', async () => {
      const { page } = await withProblems([{ ok: true, message: 'Открыта ячейка B14 на листе «SCH-001».' }]);
      const before = (await calls(page)).length;
      await page.focus('#problems a:has-text("«SCH-001», ячейка B14")');
      await page.keyboard.press('Enter');
      await waitForCalls(page, before + 1);
      expect((await calls(page)).at(-1)).toEqual({ action: 'select', payload: { tab: 'SCH-001', cell: 'B14' } });
      expect(page.url()).toBe(sidebarUrl);
      await page.close();
    });

    it('follows the link when the server cannot select the tab', async () => {
      const { page, opened } = await withProblems([{ ok: false, message: 'Листа «SCH-001» нет в этой таблице.' }]);
      const before = (await calls(page)).length;
      await standIn(page, 'hold');
      await page.click('#problems a:has-text("«SCH-001», ячейка B14")');
      await waitForCalls(page, before + 1);
      expect((await calls(page)).at(-1)).toEqual({ action: 'select', payload: { tab: 'SCH-001', cell: 'B14' } });
      expect(opened).toEqual([]);
      await standIn(page, 'release');
      await expect.poll(() => opened).toEqual([here.split('#')[0]]);
      await page.close();
    });

    it('follows a link into the reports spreadsheet without asking the server', async () => {
      const { page, opened } = await withProblems([]);
      const before = (await calls(page)).length;
      await page.click('#problems a:has-text("«SCH-002», ячейка C9")');
      await expect.poll(() => opened).toEqual([there.split('#')[0]]);
      expect((await calls(page)).slice(before).some((c) => c.action === 'select')).toBe(false);
      await page.close();
    });
  });

  it('refuses a user who is not committee staff, with every action disabled', async () => {
    const page = await open({ state: [stateAnswer({ user: 'school@example.ru', isCommittee: false })] });
    await expect.poll(() => page.textContent('#notice')).toContain('только сотрудникам комитета');
    expect(await page.textContent('#notice')).toContain('school@example.ru');
    for (const action of ['check', 'build', 'remind', 'sendNow', 'setUp', 'createTabs']) {
      expect(await page.isDisabled(`button[data-action="${action}"]`), action).toBe(true);
    }
    expect(await page.isDisabled('#send-hour')).toBe(true);
    expect(await page.isEnabled('#refresh')).toBe(true);
    await page.close();
  });

  it('lets the would-be first member of a spreadsheet with no owner run «Настроить таблицу» only, saying how', async () => {
    const refusal =
      'У таблицы комитета нет владельца (она на общем диске), а список «Сотрудники комитета» в «Настройках» пуст. Чтобы начать работу, выберите «Настроить таблицу»…';
    const page = await open({ state: [stateAnswer({ isCommittee: false, firstMember: true, refusal })] });
    await expect.poll(() => page.textContent('#notice')).toBe(refusal);
    expect(await page.isEnabled('button[data-action="setUp"]')).toBe(true);
    for (const action of ['check', 'build', 'remind', 'sendNow', 'createTabs']) {
      expect(await page.isDisabled(`button[data-action="${action}"]`), action).toBe(true);
    }
    await page.close();
  });

  it('warns when the report date falls outside the school year, and only then', async () => {
    const warning =
      'Дата отчёта 30.11.2026 (сегодня: «Дата отчёта» в «Настройках» не указана) лежит вне учебного года 2023/2024…';
    const page = await open({ state: [stateAnswer({ reportDateWarning: warning })] });
    await expect.poll(() => page.textContent('#date-warning')).toBe(warning);
    expect(await page.isVisible('#date-warning')).toBe(true);
    await page.close();
    const inside = await open({ state: [stateAnswer({ reportDateWarning: null })] });
    expect(await inside.isVisible('#date-warning')).toBe(false);
    await inside.close();
  });

  it('names what runs and who started it when a trigger or a colleague holds the lease', async () => {
    const page = await open({
      state: [
        stateAnswer({
          lease: { who: 'триггер', since: '01.03.2024 08:00', what: 'ежемесячная рассылка сводки', trigger: true },
        }),
      ],
    });
    await expect
      .poll(() => page.textContent('#notice'))
      .toContain('Сейчас идёт ежемесячная рассылка сводки (запуск по расписанию, 01.03.2024 08:00)');
    await page.close();
  });

  it('tells who is building when another user holds the lease, and shows a refusal from the server', async () => {
    const page = await open({
      state: [stateAnswer({ lease: { who: 'kolesova@example.ru', since: '2024-02-01 10:02' } })],
      build: [{ ok: false, message: 'Сводку уже собирает kolesova@example.ru с 10:02. Повторите позже.' }],
    });
    await expect.poll(() => page.textContent('#notice')).toContain('(запуск — kolesova@example.ru, 01.02.2024 10:02)');
    await page.click('text=Собрать сводку');
    await expect.poll(() => page.textContent('#result-message')).toContain('Сводку уже собирает');
    expect(await page.getAttribute('#result-message', 'class')).toBe('error');
    await page.close();
  });

  it('works from the keyboard: Tab to a button, Enter runs it, the focus is visible and comes back', async () => {
    const page = await open({ check: [{ ok: true, message: 'Проверено 0 организаций.' }] });
    let focused = '';
    for (let i = 0; i < 12 && focused !== 'Проверить отчёты'; i++) {
      await page.keyboard.press('Tab');
      focused = (await page.evaluate(() => document.activeElement?.textContent?.trim())) ?? '';
    }
    expect(focused).toBe('Проверить отчёты');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#result-message')).toBe('Проверено 0 организаций.');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action))
      .toBe('check');
    await page.close();
  });

  it('saves a valid send hour and rejects one outside 0–23 without calling the server', async () => {
    const page = await open({
      saveSendHour: [
        {
          ok: true,
          message: 'Час отправки: 9. Ежемесячная рассылка переустановлена.',
          state: committeeState({ sendHour: 9, triggerInstalled: true }),
        } as SidebarResult,
      ],
    });
    await page.fill('#send-hour', '25');
    await page.press('#send-hour', 'Enter');
    expect(await page.textContent('#hour-error')).toBe('Укажите целое число от 0 до 23.');
    expect(await page.getAttribute('#send-hour', 'aria-invalid')).toBe('true');
    await page.fill('#send-hour', '9');
    await page.click('#save-hour');
    await expect.poll(() => page.textContent('#trigger-state')).toBe('включена, 1-го числа в 9:00');
    const saved = (await calls(page)).filter((c) => c.action === 'saveSendHour');
    expect(saved).toEqual([{ action: 'saveSendHour', payload: { hour: 9 } }]);
    expect(await page.textContent('#hour-error')).toBe('');
    expect(await page.textContent('#toggle-trigger')).toBe('Выключить ежемесячную рассылку');
    await page.close();
  });

  it('switches the monthly send on and off with one button', async () => {
    const page = await open({
      installTrigger: [{ ok: true, message: 'Рассылка включена.', state: committeeState({ triggerInstalled: true }) }],
      removeTrigger: [{ ok: true, message: 'Рассылка выключена.', state: committeeState({ triggerInstalled: false }) }],
    } as Script);
    await page.click('#toggle-trigger');
    await expect.poll(() => page.textContent('#toggle-trigger')).toBe('Выключить ежемесячную рассылку');
    await page.click('#toggle-trigger');
    await expect.poll(() => page.textContent('#toggle-trigger')).toBe('Включить ежемесячную рассылку');
    const actions = (await calls(page)).map((c) => c.action).filter((a) => a !== 'state');
    expect(actions).toEqual(['installTrigger', 'removeTrigger']);
    await page.close();
  });

  it('turns a server exception into a Russian message and re-enables the buttons', async () => {
    const page = await open({ sendNow: [{ throws: 'Exceeded maximum execution time' }] });
    await page.click('text=Отправить сводку сейчас');
    await expect
      .poll(() => page.textContent('#result-message'))
      .toBe('Не удалось выполнить действие: Exceeded maximum execution time');
    await expect.poll(() => page.isEnabled('button[data-action="sendNow"]')).toBe(true);
    await page.close();
  });

  it('offers to resume a job left part-way', async () => {
    const page = await open({
      state: [stateAnswer({ pending: { action: 'remind', done: 40, total: 90 } })],
      remind: [{ ok: true, message: 'Отправлено 90 из 90.', progress: { done: 90, total: 90 } }],
    });
    await expect.poll(() => page.textContent('#pending-text')).toBe('Не завершено: Напоминания не сдавшим — 40 из 90.');
    await page.click('#resume');
    await expect.poll(() => page.textContent('#result-message')).toBe('Отправлено 90 из 90.');
    await page.close();
  });
});
