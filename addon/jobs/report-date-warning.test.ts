import { describe, expect, it } from 'vitest';
import { reportDateWarning } from './report-date-warning';

const year2023 = { schoolYear: { start: 2023 }, reportDate: null };

describe('reportDateWarning', () => {
  it('says nothing for a report date inside the school year', () => {
    expect(reportDateWarning({ ...year2023, reportDate: '2024-02-01' }, '2026-11-30')).toBeNull();
    expect(reportDateWarning(year2023, '2024-02-01')).toBeNull();
  });

  it('warns when today, with no Дата отчёта, falls outside the year, and says how to fix it', () => {
    const warning = reportDateWarning(year2023, '2026-11-30');
    expect(warning).toMatch(
      /^Дата отчёта 30\.11\.2026 \(сегодня: «Дата отчёта» в «Настройках» не указана\) лежит вне учебного года 2023\/2024/,
    );
    expect(warning).toContain('Укажите нужную дату в «Настройках» → «Дата отчёта»');
  });

  it('names Настройки as the source of a Дата отчёта outside the year', () => {
    expect(reportDateWarning({ ...year2023, reportDate: '2023-08-31' }, '2024-02-01')).toContain(
      'Дата отчёта 31.08.2023 (указана в «Настройках» → «Дата отчёта»)',
    );
  });

  it.each([
    ['2023-09-01', false],
    ['2024-08-31', false],
    ['2023-08-31', true],
    ['2024-09-01', true],
  ])('on the boundary, %s warns: %s', (today, warns) => {
    expect(reportDateWarning(year2023, today) !== null).toBe(warns);
  });

  it('does not change the settings it reads', () => {
    const settings = { schoolYear: { start: 2023 }, reportDate: '2026-01-01' };
    reportDateWarning(settings, '2026-11-30');
    expect(settings).toEqual({ schoolYear: { start: 2023 }, reportDate: '2026-01-01' });
  });
});
