import { describe, expect, it } from 'vitest';
import { formatIssue } from '../issues/format-issue';
import { parsePeriod } from './parse-period';

// Deadlines as committees write them in other roadmaps and plans (issue 11), one table per kind,
// read for the 2024/2025 school year unless a row says otherwise.
const y2024 = { start: 2024 };
const w = (start: string, end: string) => ({ start, end });
const schoolYear = w('2024-09-01', '2025-08-31');
const months = (ends: readonly string[]) =>
  ends.map((end) => w(`${end.slice(0, 7)}-01`, end)).sort((a, b) => (a.start < b.start ? -1 : 1));
const monthEnds = [
  '2024-09-30',
  '2024-10-31',
  '2024-11-30',
  '2024-12-31',
  '2025-01-31',
  '2025-02-28',
  '2025-03-31',
  '2025-04-30',
  '2025-05-31',
  '2025-06-30',
  '2025-07-31',
  '2025-08-31',
];
const terms = [
  w('2024-09-01', '2024-10-31'),
  w('2024-11-01', '2024-12-31'),
  w('2025-01-01', '2025-03-31'),
  w('2025-04-01', '2025-05-31'),
];

function read(text: string) {
  return parsePeriod(text, y2024);
}

describe('parsePeriod: a dotted date followed by «г.» or «года»', () => {
  it.each([
    ['до 15.09.2024 г.', [w('2024-09-01', '2024-09-15')]],
    ['15.10.2024г.', [w('2024-10-15', '2024-10-15')]],
    ['до 01.10.2024 года', [w('2024-09-01', '2024-10-01')]],
    ['не позднее 20.09.2024 г.', [w('2024-09-01', '2024-09-20')]],
    ['к 25.12.2024 г.', [w('2024-09-01', '2024-12-25')]],
    ['30.09.2024 года', [w('2024-09-30', '2024-09-30')]],
    ['до 31.05.25 г.', [w('2024-09-01', '2025-05-31')]],
    ['01.10.2024 г. – 15.11.2024 г.', [w('2024-10-01', '2024-11-15')]],
    ['до 1 октября 2024 года включительно', [w('2024-09-01', '2024-10-01')]],
  ])('reads %j', (text, windows) => {
    expect(read(text)).toEqual({ ok: true, windows });
  });
});

describe('parsePeriod: open starts run to the end of the school year', () => {
  it.each([
    ['с 1 сентября 2024 года', [schoolYear]],
    ['с сентября 2024 г.', [schoolYear]],
    ['с 01.09.2024', [schoolYear]],
    ['с 15.01.2025', [w('2025-01-15', '2025-08-31')]],
    ['начиная с октября', [w('2024-10-01', '2025-08-31')]],
    ['со 2 сентября', [w('2024-09-02', '2025-08-31')]],
    ['с января 2025 г.', [w('2025-01-01', '2025-08-31')]],
  ])('reads %j', (text, windows) => {
    expect(read(text)).toEqual({ ok: true, windows });
  });

  it('still reads a range that starts with «с»', () => {
    expect(read('с октября по декабрь 2024 г.')).toEqual({ ok: true, windows: [w('2024-10-01', '2024-12-31')] });
  });
});

describe('parsePeriod: school terms', () => {
  it.each([
    ['I четверть', [terms[0]]],
    ['II четверть', [terms[1]]],
    ['в III четверти', [terms[2]]],
    ['в IV четверти', [terms[3]]],
    ['во 2-й четверти', [terms[1]]],
    ['за III четверть', [terms[2]]],
    ['четвертая четверть', [terms[3]]],
    ['в течение первой четверти', [terms[0]]],
    ['I–II четверть', [w('2024-09-01', '2024-12-31')]],
    ['3 четверть 2024/25 уч. года', [terms[2]]],
    ['по итогам I четверти', [terms[0]]],
    ['1 раз в четверть', terms],
    ['раз в четверть', terms],
    ['по итогам четверти', terms],
    ['по итогам каждой четверти', terms],
    ['ежечетвертно', terms],
    ['по четвертям', terms],
    ['в конце четверти', terms],
  ])('reads %j with the default months', (text, windows) => {
    expect(read(text)).toEqual({ ok: true, windows });
  });

  const exact = {
    1: w('2024-09-02', '2024-10-25'),
    2: w('2024-11-05', '2024-12-28'),
    3: w('2025-01-09', '2025-03-21'),
    4: w('2025-03-31', '2025-05-26'),
  };

  it.each([
    ['I четверть', [exact[1]]],
    ['в IV четверти', [exact[4]]],
    ['II–III четверть', [w('2024-11-05', '2025-03-21')]],
    ['по итогам четверти', [exact[1], exact[2], exact[3], exact[4]]],
  ])('reads %j with the exact dates of Настройки', (text, windows) => {
    expect(parsePeriod(text, y2024, { terms: exact })).toEqual({ ok: true, windows });
  });

  it('keeps the default months for a term of another school year', () => {
    expect(parsePeriod('I четверть 2025/2026 учебного года', y2024, { terms: exact })).toMatchObject({
      ok: true,
      windows: [w('2025-09-01', '2025-10-31')],
    });
  });

  it('falls back to the default months for a term the settings leave blank', () => {
    expect(parsePeriod('II четверть', y2024, { terms: { 1: exact[1] } })).toEqual({ ok: true, windows: [terms[1]] });
  });

  it.each(['5 четверть', 'IV–II четверть'])('refuses %j', (text) => {
    expect(read(text).ok).toBe(false);
  });
});

describe('parsePeriod: school years and their abbreviations', () => {
  it.each([
    ['2024/25', [schoolYear]],
    ['2024-2025 гг.', [schoolYear]],
    ['2024/2025 учебный год', [schoolYear]],
    ['в 2024-2025 уч. году', [schoolYear]],
    ['на 2024/25 учебный год', [schoolYear]],
    ['в течение уч. года', [schoolYear]],
    ['в течение уч. г.', [schoolYear]],
    ['весь учебный год', [schoolYear]],
    ['в течение 2024-2025 учебного года', [schoolYear]],
    ['по итогам учебного года', [schoolYear]],
    ['2 полугодие 2024-2025 уч. года', [w('2025-01-01', '2025-06-30')]],
    ['2 полугодие 2024/25 уч. г.', [w('2025-01-01', '2025-06-30')]],
    ['I полугодие 2024-2025 учебного года', [w('2024-09-01', '2024-12-31')]],
    ['во втором полугодии 2024/2025 учебного года', [w('2025-01-01', '2025-06-30')]],
    ['в течение I полугодия', [w('2024-09-01', '2024-12-31')]],
    ['по итогам I полугодия', [w('2024-09-01', '2024-12-31')]],
  ])('reads %j', (text, windows) => {
    expect(read(text)).toEqual({ ok: true, windows });
  });

  it('reads a half-year of the next school year, with a warning that it lies outside', () => {
    const result = read('первое полугодие 2025/26 учебного года');
    expect(result).toMatchObject({ ok: true, windows: [w('2025-09-01', '2025-12-31')] });
    expect(result.ok && result.notes?.map((n) => [n.code, n.severity])).toEqual([
      ['period_outside_school_year', 'warning'],
    ]);
  });

  it.each(['2024/2026', '2024-2023 гг.'])('does not take %j for a school year', (text) => {
    expect(read(text).ok).toBe(false);
  });
});

describe('parsePeriod: calendar years', () => {
  it.each([
    ['2024 год', [w('2024-01-01', '2024-12-31')]],
    ['в течение 2024 года', [w('2024-01-01', '2024-12-31')]],
    ['в 2025 году', [w('2025-01-01', '2025-12-31')]],
    ['на 2025 г.', [w('2025-01-01', '2025-12-31')]],
    ['2025', [w('2025-01-01', '2025-12-31')]],
  ])('reads %j', (text, windows) => {
    expect(read(text)).toMatchObject({ ok: true, windows });
  });
});

describe('parsePeriod: recurring phrases', () => {
  it.each([
    ['ежегодно', [schoolYear]],
    ['ежегодно, сентябрь', [w('2024-09-01', '2024-09-30')]],
    ['ежегодно (сентябрь)', [w('2024-09-01', '2024-09-30')]],
    ['ежегодно, октябрь', [w('2024-10-01', '2024-10-31')]],
    ['ежегодно (май)', [w('2025-05-01', '2025-05-31')]],
    ['ежегодно в сентябре', [w('2024-09-01', '2024-09-30')]],
    ['сентябрь, ежегодно', [w('2024-09-01', '2024-09-30')]],
    ['ежегодно до 1 октября', [w('2024-09-01', '2024-10-01')]],
    ['ежегодно до 15 сентября', [w('2024-09-01', '2024-09-15')]],
    ['еженедельно', [schoolYear]],
    ['по четвергам', [schoolYear]],
    ['еженедельно по средам', [schoolYear]],
    ['каждый понедельник', [schoolYear]],
    ['по вторникам и четвергам', [schoolYear]],
    [
      'ежеквартально',
      [
        w('2024-09-01', '2024-11-30'),
        w('2024-12-01', '2025-02-28'),
        w('2025-03-01', '2025-05-31'),
        w('2025-06-01', '2025-08-31'),
      ],
    ],
  ])('reads %j', (text, windows) => {
    expect(read(text)).toEqual({ ok: true, windows });
  });

  it.each([
    ['ежемесячно до 5 числа', 5],
    ['ежемесячно, до 10 числа', 10],
    ['до 25 числа ежемесячно', 25],
    ['до 20 числа, ежемесячно', 20],
    ['до 15 числа каждого месяца', 15],
    ['не позднее 5 числа каждого месяца', 5],
    ['до 30 числа каждого месяца', 30],
  ])('reads %j as one window a month ending on day %i', (text, day) => {
    const result = read(text);
    expect(result.ok && result.windows.length).toBe(12);
    const ends = monthEnds.map(
      (end) => `${end.slice(0, 8)}${String(Math.min(day, Number(end.slice(8)))).padStart(2, '0')}`,
    );
    expect(result.ok && result.windows).toEqual(ends.map((end) => w(`${end.slice(0, 7)}-01`, end)));
  });

  it('reads «ежемесячно 25 числа» as that day of each month', () => {
    const result = read('ежемесячно 25 числа');
    expect(result.ok && result.windows.slice(0, 2)).toEqual([
      w('2024-09-25', '2024-09-25'),
      w('2024-10-25', '2024-10-25'),
    ]);
    expect(result.ok && result.windows).toHaveLength(12);
  });

  it.each([
    'в течение года, ежемесячно',
    'в течение учебного года; ежемесячно',
    'ежемесячно в течение года',
    'ежемесячно в течение учебного года',
    'каждый месяц',
    'Ежемесячно',
  ])('reads %j as 12 windows, one a month', (text) => {
    expect(read(text)).toEqual({ ok: true, windows: months(monthEnds) });
  });

  it.each(['до 32 числа ежемесячно', '13 раз в год'])('refuses %j', (text) => {
    expect(read(text).ok).toBe(false);
  });
});

describe('parsePeriod: «до конца …»', () => {
  it.each([
    ['до конца учебного года', [schoolYear]],
    ['до окончания 2024/2025 учебного года', [schoolYear]],
    ['до конца I полугодия', [w('2024-09-01', '2024-12-31')]],
    ['до конца ноября', [w('2024-09-01', '2024-11-30')]],
    ['до конца II четверти', [w('2024-09-01', '2024-12-31')]],
  ])('reads %j', (text, windows) => {
    expect(read(text)).toEqual({ ok: true, windows });
  });
});

describe('parsePeriod: remarks in brackets or after a comma', () => {
  it.each([
    ['в течение года (по отдельному графику)', [schoolYear], 'по отдельному графику'],
    ['в течение года, по отдельному плану', [schoolYear], 'по отдельному плану'],
    ['Май 2025 г. (муниципальный этап)', [w('2025-05-01', '2025-05-31')], 'муниципальный этап'],
    ['Апрель (по положению о конкурсе)', [w('2025-04-01', '2025-04-30')], 'по положению о конкурсе'],
    ['в течение года по отдельному графику', [schoolYear], 'по отдельному графику'],
    ['ежегодно по графику', [schoolYear], 'по графику'],
  ])('reads %j and leaves the date-less remark aside with an info note', (text, windows, remark) => {
    const result = read(text);
    expect(result).toMatchObject({ ok: true, windows });
    expect(result.ok && result.notes).toEqual([
      { code: 'period_remark_ignored', severity: 'info', params: { words: remark, period: text } },
    ]);
    expect(
      formatIssue({ code: 'period_remark_ignored', params: { words: remark, period: text, item: '3.3' } }, 'addon'),
    ).toContain(`Пункт 3.3: пояснение «${remark}»`);
  });

  it.each([
    ['2 раза в год (декабрь, май)', [w('2024-12-01', '2024-12-31'), w('2025-05-01', '2025-05-31')]],
    ['1 раз в полугодие (декабрь, июнь)', [w('2024-12-01', '2024-12-31'), w('2025-06-01', '2025-06-30')]],
    ['в течение года (октябрь – ноябрь)', [w('2024-10-01', '2024-11-30')]],
    [
      '3 раза в год (октябрь, январь, апрель)',
      [w('2024-10-01', '2024-10-31'), w('2025-01-01', '2025-01-31'), w('2025-04-01', '2025-04-30')],
    ],
    ['Ноябрь 2024 г. (I этап), март 2025 г. (II этап)', [w('2024-11-01', '2024-11-30'), w('2025-03-01', '2025-03-31')]],
  ])('reads the months a remark names: %j', (text, windows) => {
    expect(read(text)).toMatchObject({ ok: true, windows });
  });

  it('refuses a count that the remark contradicts', () => {
    expect(read('2 раза в год (декабрь, май, июнь)')).toMatchObject({
      ok: false,
      reason: 'period_count_mismatch',
      params: { count: 2, named: 3 },
    });
  });

  it('refuses a remark that names a date it cannot read, rather than guess', () => {
    expect(read('в течение года (до середины ноября)')).toMatchObject({ ok: false, reason: 'period_unknown_words' });
  });
});

describe('parsePeriod: phrases with no date at all', () => {
  it.each([
    'по отдельному плану',
    'по графику',
    'по утвержденному графику',
    'в соответствии с графиком',
    'в соответствии с планом работы ОО',
    'по мере необходимости',
    'при необходимости',
    'по запросу',
    'по запросам образовательных организаций',
    'по согласованию',
    'по приглашению',
    'согласно плану',
    'в каникулярное время',
    'в период каникул',
    'во время летних каникул',
    'в сроки, установленные Минпросвещения России',
    'в установленные сроки',
    'в сроки, определённые положением о конкурсе',
    'один раз в два года',
    '1 раз в 3 года',
    'раз в два года',
    '(по отдельному графику)',
  ])('gives %j no deadline, as period_no_date', (text) => {
    expect(read(text)).toEqual({ ok: false, reason: 'period_no_date', params: { words: text } });
  });

  it('says why in Russian, for the CLI and at the cell', () => {
    expect(formatIssue({ code: 'period_no_date', params: { words: 'по графику' } }, 'addon')).toMatch(
      /не называет даты/,
    );
    expect(formatIssue({ code: 'period_no_date', params: { words: 'по графику', item: '5.2.9' } }, 'addon')).toMatch(
      /^Пункт 5\.2\.9: срок «по графику» не называет даты, у пункта нет срока/,
    );
  });

  it.each(['в ближайшее время', 'по итогам года и далее', 'до октября'])('still refuses %j as unread', (text) => {
    expect(read(text)).toMatchObject({ ok: false, reason: 'period_unknown_words' });
  });
});

describe('parsePeriod: windows outside the school year', () => {
  it.each([
    ['Октябрь 2023 г.', 'октябрь 2023'],
    ['июль 2024', 'июль 2024'],
    ['сентябрь 2025 г.', 'сентябрь 2025'],
    ['с 01.09.2025', 'сентябрь 2025 – август 2026'],
    ['Март 2024 г. – май 2024 г.', 'март – май 2024'],
  ])('reads %j with a warning', (text, window) => {
    const result = read(text);
    expect(result.ok).toBe(true);
    expect(result.ok && result.notes).toEqual([
      {
        code: 'period_outside_school_year',
        severity: 'warning',
        params: { words: text, window, schoolYear: '2024/2025' },
      },
    ]);
  });

  it.each(['Август 2024 г.', 'август 2025 г.', 'до 31.08.2025', 'Сентябрь 2024 г. – август 2025 г.'])(
    'reads %j without a warning',
    (text) => {
      const result = read(text);
      expect(result.ok && result.notes).toBeUndefined();
    },
  );

  it('keeps refusing a window more than a year away', () => {
    expect(read('Октябрь 2022 г.')).toMatchObject({ ok: false, reason: 'period_out_of_year' });
  });
});

describe('parsePeriod: inputs', () => {
  it('does not change the options it is given', () => {
    const options = { terms: { 1: w('2024-09-02', '2024-10-25') } };
    const copy = structuredClone(options);
    parsePeriod('по итогам четверти', y2024, options);
    expect(options).toEqual(copy);
  });
});
