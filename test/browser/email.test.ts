import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reminderEmail } from '../../addon/mail/reminder-email';
import { summaryEmail, summaryPdfName } from '../../addon/mail/summary-email';
import { artifactPath, type Browser, openBrowser, skipBrowser } from './chromium';
import { smallCityKeyFigures } from './email-fixture';

describe.skipIf(skipBrowser)('emails rendered in headless Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the core’s key figures, their change and the PDF name in the monthly email', async () => {
    const figures = smallCityKeyFigures();
    const email = summaryEmail({
      asOf: '2024-02-01',
      schoolYear: '2023/2024',
      keyFiguresHtml: figures.html,
      spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/committee-id/edit',
      pdfName: summaryPdfName('2024-02-01'),
    });
    const page = await browser.context.newPage();
    await page.setContent(email.html);
    const text = (await page.textContent('body')) ?? '';
    expect(text).toContain('по состоянию на 01.02.2024');
    const rows = await page.locator('.key-figures tr').allTextContents();
    expect(rows[0]).toBe('Показатель на 01.02.2024ЗначениеИзменение с 01.01.2024');
    const submitted = rows.find((r) => r.startsWith('Сдали отчёт без ошибок'));
    const { numerator, denominator } = figures.completeness;
    expect(submitted).toContain(`(${numerator} из ${denominator})`);
    expect(submitted).toMatch(/\+/);
    expect(rows.some((r) => r.startsWith('Охват профминимумом, 6–11 классы'))).toBe(true);
    expect(rows.some((r) => r.startsWith('Исполнение дорожной карты'))).toBe(true);
    expect(text).toContain('Сводка 01.02.2024.pdf');
    expect(await page.locator('a').getAttribute('href')).toBe(
      'https://docs.google.com/spreadsheets/d/committee-id/edit',
    );
    expect(text).not.toMatch(/@|\+7/);
    await page.screenshot({ path: artifactPath('summary-email.png'), fullPage: true });
    await page.close();
  });

  it('shows a school its own problems as links, with no markup from the data', async () => {
    const email = reminderEmail(
      {
        code: 'SCH-001',
        name: 'МАОУ «Лицей № 1» <i>',
        district: 'Центральный',
        status: 'errors',
        emails: 'sch-001@example.ru',
        tabUrl: 'https://docs.google.com/spreadsheets/d/reports-id/edit#gid=11',
        problems: [
          {
            cell: 'B14',
            severity: 'error',
            message: 'Охвачено 130 при 120 обучающихся',
            url: 'https://docs.google.com/spreadsheets/d/reports-id/edit#gid=11&range=B14',
          },
        ],
      },
      { asOf: '2024-02-05', deadline: '2024-01-31', reportsUrl: null },
    );
    const page = await browser.context.newPage();
    await page.setContent(email.html);
    expect(await page.locator('i').count()).toBe(0);
    expect(await page.locator('ol li').allTextContents()).toEqual([
      'ячейка B14 (ошибка): Охвачено 130 при 120 обучающихся',
    ]);
    expect(await page.locator('ol li a').getAttribute('href')).toBe(
      'https://docs.google.com/spreadsheets/d/reports-id/edit#gid=11&range=B14',
    );
    expect(await page.locator('a', { hasText: 'Открыть лист организации SCH-001' }).getAttribute('href')).toBe(
      'https://docs.google.com/spreadsheets/d/reports-id/edit#gid=11',
    );
    await page.screenshot({ path: artifactPath('reminder-email.png'), fullPage: true });
    await page.close();
  });
});
