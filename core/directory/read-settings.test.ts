import { describe, expect, it } from 'vitest';
import type { SheetData } from '../grid/sheet-data';
import { defaultSettings, driveFolderIdOf, readSettings, spreadsheetIdOf } from './read-settings';

function sheet(...rows: unknown[][]): SheetData {
  return { name: 'Настройки', values: [['Параметр', 'Значение', 'Пояснение'], ...rows] };
}

describe('readSettings', () => {
  it('gives the defaults and a warning without the tab', () => {
    const read = readSettings(undefined, 'UTC');
    expect(read.settings).toEqual(defaultSettings());
    expect(read.settings.thresholds).toEqual({ basic: 40, main: 60, advanced: 80, course: 34, training: 36 });
    expect(read.issues).toEqual([
      { code: 'settings_missing', severity: 'warning', tab: 'Настройки', row: null, column: null, params: {} },
    ]);
  });

  it('reads every setting, labels matched tolerantly', () => {
    const read = readSettings(
      sheet(
        ['учебный год:', '2024-2025'],
        ['Дата отчёта', new Date('2024-01-31T19:00:00Z')],
        ['Срок сдачи', '15.02.2024'],
        ['Таблица отчётов', 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz_0123/edit#gid=0'],
        ['Получатели сводки', 'head@example.ru; deputy@example.ru'],
        ['Сотрудники комитета', 'staff@example.ru'],
        ['Час отправки сводки', 9],
        ['Напоминать не чаще, дней', '14'],
        ['Часов: базовый', '42'],
        ['ЧАСОВ: ОСНОВНОЙ', 62],
        ['Часов: продвинутый', 82],
        ['Часов: "Россия - мои горизонты"', 34],
        ['Часов КПК ответственного', '72'],
      ),
      'Asia/Yekaterinburg',
    );
    expect(read.issues).toEqual([]);
    expect(read.settings).toEqual({
      schoolYear: { start: 2024 },
      reportDate: '2024-02-01',
      deadline: '2024-02-15',
      reportsMode: 'reportsSpreadsheet',
      reportsSpreadsheet: '1AbCdEfGhIjKlMnOpQrStUvWxYz_0123',
      reportsFolder: '',
      notifyOnShare: false,
      summaryRecipients: ['head@example.ru', 'deputy@example.ru'],
      committeeStaff: ['staff@example.ru'],
      sendHour: 9,
      remindEveryDays: 14,
      thresholds: { basic: 42, main: 62, advanced: 82, course: 34, training: 72 },
      terms: {},
    });
  });

  it.each<[string, unknown[], string, number]>([
    ['an unreadable school year', ['Учебный год', '23/24'], 'school_year_unreadable', 2],
    ['an impossible report date', ['Дата отчёта', '31.02.2024'], 'impossible_date', 2],
    ['a text deadline', ['Срок сдачи', 'скоро'], 'not_a_date', 2],
    ['an hour of 25', ['Час отправки сводки', 25], 'too_large', 2],
    ['a bad recipient', ['Получатели сводки', 'начальник'], 'not_an_email', 2],
    ['a bad staff address among good ones', ['Сотрудники комитета', 'a@example.ru, b'], 'bad_email_in_list', 2],
    ['a zero threshold', ['Часов: основной', 0], 'threshold_not_positive', 2],
    ['an unknown reports mode', ['Отчёты организаций', 'по почте'], 'reports_mode_unknown', 2],
    ['a folder link that is not one', ['Папка отчётов', 'Мой диск/Отчёты'], 'reports_folder_unreadable', 2],
    ['a notification flag that is neither да nor нет', ['Уведомлять при открытии доступа', 'иногда'], 'not_yes_no', 2],
    ['a text threshold', ['Часов: основной', 'шестьдесят'], 'not_a_number', 2],
    ['a formula error', ['Часов: базовый', '#N/A'], 'formula_error', 2],
    ['a bad spreadsheet link', ['Таблица отчётов', 'моя таблица'], 'reports_spreadsheet_unreadable', 2],
    ['a formula error in the school year', ['Учебный год', '#REF!'], 'formula_error', 2],
    ['an object as the spreadsheet', ['Таблица отчётов', { a: 1 }], 'not_a_value', 2],
  ])('reports %s at its B cell as an error and keeps the default', (_what, row, code, column) => {
    const read = readSettings(sheet(row), 'UTC');
    expect(read.issues).toEqual([
      expect.objectContaining({ code, severity: 'error', tab: 'Настройки', row: 2, column }),
    ]);
  });

  it('keeps the default when a value is bad', () => {
    expect(readSettings(sheet(['Часов: основной', 0]), 'UTC').settings.thresholds.main).toBe(60);
    expect(readSettings(sheet(['Учебный год', 'следующий']), 'UTC').settings.schoolYear).toEqual({ start: 2023 });
  });

  it('warns when the level thresholds do not grow', () => {
    const read = readSettings(sheet(['Часов: основной', 90]), 'UTC');
    expect(read.issues).toEqual([
      expect.objectContaining({ code: 'thresholds_out_of_order', severity: 'warning', row: 2, column: 2 }),
    ]);
  });

  it('uses the first of two rows with one label and warns', () => {
    const read = readSettings(sheet(['Час отправки сводки', 6], ['Час отправки сводки', 7]), 'UTC');
    expect(read.settings.sendHour).toBe(6);
    expect(read.issues).toEqual([
      expect.objectContaining({
        code: 'settings_duplicate_label',
        row: 3,
        column: 1,
        params: { label: 'Час отправки сводки', firstRow: 2 },
      }),
    ]);
  });

  it('reads the spreadsheet id from the link of a cell', () => {
    const read = readSettings(
      {
        name: 'Настройки',
        values: [['Таблица отчётов', 'Отчёты школ']],
        links: [[null, 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz_0123/edit']],
      },
      'UTC',
    );
    expect(read.issues).toEqual([]);
    expect(read.settings.reportsSpreadsheet).toBe('1AbCdEfGhIjKlMnOpQrStUvWxYz_0123');
  });

  it('reads blank values as the defaults', () => {
    const read = readSettings(
      sheet(['Дата отчёта', ''], ['Час отправки сводки', null], ['Таблица отчётов', ' ']),
      'UTC',
    );
    expect(read.issues).toEqual([]);
    // A tab without «Отчёты организаций» is a set-up older than per-organisation files: it keeps its one-file mode.
    expect(read.settings).toEqual({ ...defaultSettings(), reportsMode: 'thisSpreadsheet' });
  });
});

describe('readSettings: term dates', () => {
  const w = (start: string, end: string) => ({ start, end });

  it('reads the four terms as the committee types them', () => {
    const read = readSettings(
      sheet(
        ['Учебный год', '2025/2026'],
        ['Четверть I', '01.09.2025–24.10.2025'],
        ['четверть ii', '05.11.2025 - 28.12.2025'],
        ['Четверть III', 'с 9 января 2026 по 20 марта 2026'],
        ['Четверть IV', '2026-03-30 — 2026-05-26'],
      ),
      'UTC',
    );
    expect(read.issues).toEqual([]);
    expect(read.settings.terms).toEqual({
      1: w('2025-09-01', '2025-10-24'),
      2: w('2025-11-05', '2025-12-28'),
      3: w('2026-01-09', '2026-03-20'),
      4: w('2026-03-30', '2026-05-26'),
    });
  });

  it('keeps a blank term on its default months, with no issue', () => {
    const read = readSettings(sheet(['Учебный год', '2025/2026'], ['Четверть I', ''], ['Четверть II', null]), 'UTC');
    expect(read).toMatchObject({ issues: [], settings: { terms: {} } });
  });

  it.each<[string, unknown, string]>([
    ['not two dates', '1 сентября', 'term_unreadable'],
    ['a single date cell', new Date('2025-09-01T00:00:00Z'), 'term_unreadable'],
    ['dates in reverse', '24.10.2025–01.09.2025', 'term_unreadable'],
    ['a formula error', '#N/A', 'term_unreadable'],
    ['another school year', '01.09.2024–24.10.2024', 'term_outside_year'],
  ])('refuses %s at its cell and keeps the default months', (_, value, code) => {
    const read = readSettings(sheet(['Учебный год', '2025/2026'], ['Четверть I', value]), 'UTC');
    expect(read.settings.terms).toEqual({});
    expect(read.issues).toEqual([expect.objectContaining({ code, severity: 'error', row: 3, column: 2 })]);
  });

  it('warns when a term starts before the previous one ends, and keeps both', () => {
    const read = readSettings(
      sheet(
        ['Учебный год', '2025/2026'],
        ['Четверть I', '01.09.2025–30.10.2025'],
        ['Четверть II', '20.10.2025–28.12.2025'],
      ),
      'UTC',
    );
    expect(read.issues).toEqual([
      expect.objectContaining({
        code: 'terms_overlap',
        severity: 'warning',
        row: 4,
        params: { label: 'Четверть II', previous: 'Четверть I' },
      }),
    ]);
    expect(Object.keys(read.settings.terms)).toEqual(['1', '2']);
  });
});

describe('spreadsheetIdOf', () => {
  it.each<[string, string | null]>([
    [
      'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz_0123/edit#gid=0',
      '1AbCdEfGhIjKlMnOpQrStUvWxYz_0123',
    ],
    [
      'https://docs.google.com/spreadsheets/u/1/d/1AbCdEfGhIjKlMnOpQrStUvWxYz_0123/',
      '1AbCdEfGhIjKlMnOpQrStUvWxYz_0123',
    ],
    ['1AbCdEfGhIjKlMnOpQrStUvWxYz_0123', '1AbCdEfGhIjKlMnOpQrStUvWxYz_0123'],
    ['https://example.ru/table', null],
    ['таблица', null],
  ])('reads %s', (text, expected) => {
    expect(spreadsheetIdOf(text)).toBe(expected);
  });
});

describe('readSettings: where the organisation forms live (design §2)', () => {
  it('reads each mode as the committee types it, with or without «в», in any case', () => {
    const modes = [
      ['в отдельных файлах', 'files'],
      ['Отдельных файлах', 'files'],
      ['В ТАБЛИЦЕ ОТЧЁТОВ', 'reportsSpreadsheet'],
      ['в этой таблице', 'thisSpreadsheet'],
    ] as const;
    for (const [words, mode] of modes) {
      const read = readSettings(sheet(['Отчёты организаций', words]), 'UTC');
      expect(read.issues).toEqual([]);
      expect(read.settings.reportsMode).toBe(mode);
    }
  });

  it('keeps a set-up made before the row existed as it was: by «Таблица отчётов»', () => {
    const link = 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz_0123/edit';
    expect(readSettings(sheet(['Таблица отчётов', link]), 'UTC').settings.reportsMode).toBe('reportsSpreadsheet');
    expect(readSettings(sheet(['Учебный год', '2023/2024']), 'UTC').settings.reportsMode).toBe('thisSpreadsheet');
    expect(readSettings(sheet(['Отчёты организаций', '']), 'UTC').settings.reportsMode).toBe('thisSpreadsheet');
  });

  it('defaults a new set-up to one file per organisation, shared without a notification', () => {
    expect(defaultSettings().reportsMode).toBe('files');
    expect(defaultSettings().notifyOnShare).toBe(false);
  });

  it('names the fallback mode when the word is unknown', () => {
    const read = readSettings(sheet(['Отчёты организаций', 'по почте']), 'UTC');
    expect(read.settings.reportsMode).toBe('thisSpreadsheet');
    expect(read.issues[0]?.params).toEqual({ found: 'по почте', fallback: 'в этой таблице' });
  });

  it('reads the folder from a link, a link in the cell, or a bare id', () => {
    const id = '1FoLdEr_ABCdef-123';
    expect(
      readSettings(sheet(['Папка отчётов', `https://drive.google.com/drive/folders/${id}?usp=sharing`]), 'UTC').settings
        .reportsFolder,
    ).toBe(id);
    expect(readSettings(sheet(['Папка отчётов', id]), 'UTC').settings.reportsFolder).toBe(id);
    const linked: SheetData = {
      name: 'Настройки',
      values: [
        ['Параметр', 'Значение'],
        ['Папка отчётов', 'Отчёты школ'],
      ],
      links: [[], [null, `https://drive.google.com/drive/u/0/folders/${id}`]],
    };
    expect(readSettings(linked, 'UTC').settings.reportsFolder).toBe(id);
  });

  it('reads «да» as a notification on sharing', () => {
    expect(readSettings(sheet(['Уведомлять при открытии доступа', 'Да']), 'UTC').settings.notifyOnShare).toBe(true);
  });
});

describe('driveFolderIdOf', () => {
  it.each([
    ['https://drive.google.com/drive/folders/1AbCdEfGhIjK', '1AbCdEfGhIjK'],
    ['https://drive.google.com/drive/u/1/folders/1AbCdEfGhIjK?usp=drive_link', '1AbCdEfGhIjK'],
    ['https://drive.google.com/open?id=1AbCdEfGhIjK', '1AbCdEfGhIjK'],
    ['  1AbCdEfGhIjK  ', '1AbCdEfGhIjK'],
    ['https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz/edit', null],
    ['Отчёты', null],
    ['', null],
  ])('reads %j as %j', (text, id) => {
    expect(driveFolderIdOf(text)).toBe(id);
  });
});
