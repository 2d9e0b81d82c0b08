import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallCity } from '../fixtures/small-city';
import { preparedCommittee, schoolFills } from '../apps-script/city';
import { type CommitteeFake, committeeFake } from '../apps-script/harness';
import { artifactPath, type Browser, openBrowser, skipBrowser } from './chromium';

const sidebarUrl = pathToFileURL(join(import.meta.dirname, '..', '..', 'dist', 'Sidebar.html')).href;

/** `google.script.run` in the page, answered by the real dist/Code.js running in the Apps Script fake. */
function installBridge(): void {
  type Handler = ((value: unknown) => void) | null;
  const call = (window as unknown as { __serverCall: (a: string, p: unknown) => Promise<string> }).__serverCall;
  const runner = (success: Handler, failure: Handler): unknown => ({
    withSuccessHandler: (handler: Handler) => runner(handler, failure),
    withFailureHandler: (handler: Handler) => runner(success, handler),
    sidebarCall(action: string, payload: unknown) {
      call(action, payload).then(
        (json) => success?.(JSON.parse(json)),
        (error: unknown) => failure?.(error),
      );
    },
  });
  Object.assign(window, { google: { script: { run: runner(null, null) } } });
}

function city(): CommitteeFake {
  const data = smallCity();
  const fake = committeeFake();
  preparedCommittee(fake, data.orgs);
  fake.run('createOrganisationTabs');
  const active = new Set(data.orgs.filter((o) => o.active).map((o) => o.code));
  for (const grid of data.workbook.reports.filter((s) => active.has(s.name))) schoolFills(fake.committee, grid);
  return fake;
}

describe.skipIf(skipBrowser)('the sidebar against the real server in the Apps Script fake', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('checks the reports and shows the problems as links into the organisation tabs', async () => {
    const fake = city();
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.exposeFunction('__serverCall', (action: string, payload: unknown) =>
      JSON.stringify(fake.run('sidebarCall', action, payload)),
    );
    await page.addInitScript(installBridge);
    await page.goto(sidebarUrl);
    await page.waitForFunction(() => document.getElementById('app')?.getAttribute('aria-busy') === 'false');
    expect(await page.textContent('#who')).toContain('2023/2024');
    expect(await page.isEnabled('button[data-action="check"]')).toBe(true);

    await page.click('text=Проверить отчёты');
    await expect.poll(() => page.textContent('#result-message'), { timeout: 20_000 }).toContain('Проверено');
    const gid = fake.committee.sheets.find((s) => s.title === 'SCH003')!.sheetId;
    const link = page.locator(`#problems a[href*="#gid=${gid}&range="]`).first();
    expect(await link.getAttribute('href')).toMatch(
      new RegExp(`^https://docs\\.google\\.com/spreadsheets/d/${fake.committee.id}/edit#gid=${gid}&range=[A-Z]+\\d+$`),
    );
    expect(await page.textContent('#counts')).toContain('С ошибками1');

    await page.fill('#send-hour', '9');
    await page.press('#send-hour', 'Enter');
    await expect.poll(() => page.textContent('#result-message')).toContain('Час отправки сохранён: 9:00');
    await page.click('#toggle-trigger');
    await expect.poll(() => page.textContent('#trigger-state')).toBe('включена, 1-го числа в 9:00');
    await page.screenshot({ path: artifactPath('sidebar-live.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
