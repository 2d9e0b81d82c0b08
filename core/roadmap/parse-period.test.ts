import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRows } from './builtin-roadmap-data';
import { parsePeriod } from './parse-period';

const y2023 = { start: 2023 };
const w = (start: string, end: string) => ({ start, end });

describe('parsePeriod', () => {
  // Every `Срок` phrase of order No. 1828-у, as written (line breaks kept).
  it.each([
    ['В течение года', [w('2023-09-01', '2024-08-31')]],
    ['В течение года ', [w('2023-09-01', '2024-08-31')]],
    ['В течение \nгода', [w('2023-09-01', '2024-08-31')]],
    ['Октябрь 2023 г.', [w('2023-10-01', '2023-10-31')]],
    ['август 2023 г.', [w('2023-08-01', '2023-08-31')]],
    ['Август 2023 г.', [w('2023-08-01', '2023-08-31')]],
    ['Декабрь 2023', [w('2023-12-01', '2023-12-31')]],
    [
      'Декабрь 2023 г.\n- Январь 2024 г.\nМай – июнь 2024 г.',
      [w('2023-12-01', '2024-01-31'), w('2024-05-01', '2024-06-30')],
    ],
    ['Январь 2024 г.', [w('2024-01-01', '2024-01-31')]],
    // The same deadline typed on one line, as in a terminal: a year closes one window, the next month opens another.
    [
      'Декабрь 2023 г. - Январь 2024 г. Май – июнь 2024 г.',
      [w('2023-12-01', '2024-01-31'), w('2024-05-01', '2024-06-30')],
    ],
    ['Октябрь 2023 г. Апрель 2024 г.', [w('2023-10-01', '2023-10-31'), w('2024-04-01', '2024-04-30')]],
    ['2 раза в год', [w('2023-09-01', '2024-02-29'), w('2024-03-01', '2024-08-31')]],
    ['Сентябрь 2023 г.', [w('2023-09-01', '2023-09-30')]],
    ['Сентябрь 2023 г. – апрель 2024 г.', [w('2023-09-01', '2024-04-30')]],
    ['Декабрь 2023 г.-май 2024 г.', [w('2023-12-01', '2024-05-31')]],
    ['Сентябрь 2023 г. – август 2024 г.', [w('2023-09-01', '2024-08-31')]],
    ['Март – май 2024 г.', [w('2024-03-01', '2024-05-31')]],
    ['Ноябрь 2023 г.\n\n', [w('2023-11-01', '2023-11-30')]],
    ['Апрель 2024 г.', [w('2024-04-01', '2024-04-30')]],
    ['Май 2024 г.', [w('2024-05-01', '2024-05-31')]],
    ['Март – апрель 2024 г.', [w('2024-03-01', '2024-04-30')]],
    ['Октябрь ', [w('2023-10-01', '2023-10-31')]],
    ['Ноябрь ', [w('2023-11-01', '2023-11-30')]],
    ['Апрель ', [w('2024-04-01', '2024-04-30')]],
    ['Май ', [w('2024-05-01', '2024-05-31')]],
  ])('reads the order’s phrase %j', (text, windows) => {
    expect(parsePeriod(text, y2023)).toEqual({ ok: true, windows });
  });

  // The forms of design §5 and their inflections.
  it.each([
    ['Октябрь', [w('2023-10-01', '2023-10-31')]],
    ['октябрь 2023 г.', [w('2023-10-01', '2023-10-31')]],
    ['в октябре', [w('2023-10-01', '2023-10-31')]],
    ['октября', [w('2023-10-01', '2023-10-31')]],
    ['в октябре 2023 года', [w('2023-10-01', '2023-10-31')]],
    ['в течение октября 2023 г.', [w('2023-10-01', '2023-10-31')]],
    ['ОКТЯБРЬ 2023Г.', [w('2023-10-01', '2023-10-31')]],
    ['Февраль', [w('2024-02-01', '2024-02-29')]],
    ['Март – май', [w('2024-03-01', '2024-05-31')]],
    ['Сентябрь – май', [w('2023-09-01', '2024-05-31')]],
    ['Ноябрь – февраль 2024 г.', [w('2023-11-01', '2024-02-29')]],
    ['Сентябрь 2023 — май', [w('2023-09-01', '2024-05-31')]],
    ['с октября по декабрь 2023 г.', [w('2023-10-01', '2023-12-31')]],
    ['Октябрь, ноябрь 2023 г.', [w('2023-10-01', '2023-10-31'), w('2023-11-01', '2023-11-30')]],
    ['Май 2024 г.; октябрь 2023 г.', [w('2023-10-01', '2023-10-31'), w('2024-05-01', '2024-05-31')]],
    ['Декабрь 2023 г. –\nянварь 2024 г.', [w('2023-12-01', '2024-01-31')]],
    ['в течение учебного года', [w('2023-09-01', '2024-08-31')]],
    ['В течение 2023/2024 учебного года', [w('2023-09-01', '2024-08-31')]],
    ['в течение всего года', [w('2023-09-01', '2024-08-31')]],
    ['1 раз в год', [w('2023-09-01', '2024-08-31')]],
    ['3 раза в год', [w('2023-09-01', '2023-12-31'), w('2024-01-01', '2024-04-30'), w('2024-05-01', '2024-08-31')]],
    ['два раза в год', [w('2023-09-01', '2024-02-29'), w('2024-03-01', '2024-08-31')]],
    [
      '5 раз в год',
      [
        w('2023-09-01', '2023-11-30'),
        w('2023-12-01', '2024-02-29'),
        w('2024-03-01', '2024-04-30'),
        w('2024-05-01', '2024-06-30'),
        w('2024-07-01', '2024-08-31'),
      ],
    ],
    ['раз в полугодие', [w('2023-09-01', '2024-02-29'), w('2024-03-01', '2024-08-31')]],
    ['I квартал 2024 г.', [w('2024-01-01', '2024-03-31')]],
    ['IV квартал 2023 г.', [w('2023-10-01', '2023-12-31')]],
    ['2 квартал', [w('2024-04-01', '2024-06-30')]],
    ['в 4-м квартале', [w('2023-10-01', '2023-12-31')]],
    ['1 полугодие 2024 г.', [w('2024-01-01', '2024-06-30')]],
    ['II полугодие 2023 года', [w('2023-07-01', '2023-12-31')]],
    ['1 полугодие', [w('2023-09-01', '2023-12-31')]],
    ['2 полугодие', [w('2024-01-01', '2024-06-30')]],
    ['в первом полугодии', [w('2023-09-01', '2023-12-31')]],
    ['2-е полугодие 2023/2024 учебного года', [w('2024-01-01', '2024-06-30')]],
    ['до 15 сентября 2023 г.', [w('2023-09-01', '2023-09-15')]],
    ['до 15.09.2023', [w('2023-09-01', '2023-09-15')]],
    ['не позднее 1 ноября', [w('2023-09-01', '2023-11-01')]],
    ['до 25.08.2023', [w('2023-08-25', '2023-08-25')]],
    ['до конца октября', [w('2023-09-01', '2023-10-31')]],
    ['15.10.2023', [w('2023-10-15', '2023-10-15')]],
    ['15 октября 2023 г.', [w('2023-10-15', '2023-10-15')]],
    ['15 октября', [w('2023-10-15', '2023-10-15')]],
    ['2023-10-15', [w('2023-10-15', '2023-10-15')]],
    ['29.02.2024', [w('2024-02-29', '2024-02-29')]],
    ['с 1 по 15 октября 2023 г.', [w('2023-10-01', '2023-10-15')]],
    ['01.10.2023 – 15.11.2023', [w('2023-10-01', '2023-11-15')]],
  ])('reads %j', (text, windows) => {
    expect(parsePeriod(text, y2023)).toEqual({ ok: true, windows });
  });

  it('reads each month for «ежемесячно»', () => {
    const result = parsePeriod('ежемесячно', y2023);
    expect(result.ok && result.windows.length).toBe(12);
    expect(result.ok && result.windows[0]).toEqual(w('2023-09-01', '2023-09-30'));
    expect(result.ok && result.windows[11]).toEqual(w('2024-08-01', '2024-08-31'));
  });

  it('gives a month without a year the calendar year it has in another school year', () => {
    expect(parsePeriod('Апрель', { start: 2025 })).toEqual({ ok: true, windows: [w('2026-04-01', '2026-04-30')] });
    expect(parsePeriod('Октябрь', { start: 2025 })).toEqual({ ok: true, windows: [w('2025-10-01', '2025-10-31')] });
  });

  it.each([
    ['', 'period_empty'],
    ['   \n\t ', 'period_empty'],
    ['в ближайшее время', 'period_unknown_words'],
    ['скоро', 'period_unknown_words'],
    ['Октябрь 2023 г. и далее', 'period_unknown_words'],
    ['до октября', 'period_unknown_words'],
    ['- Январь 2024 г.', 'period_unknown_words'],
    ['5 полугодие', 'period_unknown_words'],
    ['31 сентября 2023 г.', 'period_bad_date'],
    ['29.02.2023', 'period_bad_date'],
    ['Май 2024 г. – март 2024 г.', 'period_reversed'],
    ['Октябрь 1999 г.', 'period_out_of_year'],
    ['Октябрь 2026 г.', 'period_out_of_year'],
    ['13 раз в год', 'period_bad_count'],
    ['0 раз в год', 'period_bad_count'],
  ])('refuses %j with %s', (text, reason) => {
    const result = parsePeriod(text, y2023);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe(reason);
  });

  it('names the unread part, with the whole phrase it stands in', () => {
    expect(parsePeriod('Октябрь 2023 г.\nв ближайшее время', y2023)).toEqual({
      ok: false,
      reason: 'period_unknown_words',
      params: { words: 'в ближайшее время', period: 'Октябрь 2023 г. в ближайшее время' },
    });
    expect(parsePeriod('скоро', y2023)).toEqual({
      ok: false,
      reason: 'period_unknown_words',
      params: { words: 'скоро' },
    });
  });

  it('returns windows in order whatever the order of phrases', () => {
    const result = parsePeriod('Май 2024 г.\nОктябрь 2023 г.\nМай 2024 г.', y2023);
    expect(result).toEqual({ ok: true, windows: [w('2023-10-01', '2023-10-31'), w('2024-05-01', '2024-05-31')] });
  });
});

const realTokens = [
  'Октябрь',
  'октября',
  'в',
  'мае',
  'Май',
  'декабрь',
  '2023',
  '2024',
  '2025',
  '1999',
  'г.',
  'года',
  '–',
  '-',
  '—',
  '\n',
  '\n-',
  ',',
  ';',
  'В течение',
  'года',
  'учебного',
  '2 раза в год',
  'раза',
  'ежемесячно',
  'I',
  'IV',
  'квартал',
  '1',
  '2',
  '15',
  '31',
  'полугодие',
  'до',
  'с',
  'по',
  '15.09.2023',
  '31.02.2024',
  '2024-01-05',
  ' ',
  'конца',
  'не позднее',
];

const bounds = { low: '2022-09-01', high: '2025-08-31' };

function checkInvariant(text: string): void {
  const result = parsePeriod(text, { start: 2023 });
  if (!result.ok) {
    expect(typeof result.reason).toBe('string');
    return;
  }
  for (const [i, window] of result.windows.entries()) {
    expect(window.start <= window.end).toBe(true);
    expect(window.start >= bounds.low && window.end <= bounds.high).toBe(true);
    const previous = result.windows[i - 1];
    if (previous) expect(previous.start <= window.start).toBe(true);
  }
}

describe('parsePeriod properties', () => {
  it('never throws on any string and keeps windows ordered within the school year ± 1 year', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), checkInvariant), { numRuns: 500 });
  });

  it('holds for random mixes of real tokens', () => {
    const phrase = fc.array(fc.constantFrom(...realTokens), { maxLength: 8 }).map((parts) => parts.join(' '));
    fc.assert(fc.property(phrase, checkInvariant), { numRuns: 2000 });
  });

  it('never throws on values that are not strings at all', () => {
    for (const value of [null, undefined, 12, {}, Number.NaN]) {
      expect(() => parsePeriod(value as unknown as string, { start: 2023 })).not.toThrow();
    }
  });
});

describe('parsePeriod tolerance', () => {
  const phrases = builtinRows.map((row) => row.period);

  it('reads every phrase of the order the same in any case, with extra spaces and other dashes', () => {
    const variant = fc.record({
      phrase: fc.constantFrom(...phrases),
      upper: fc.boolean(),
      spaces: fc.constantFrom(' ', '  ', '\u00a0', ' \t '),
      dash: fc.constantFrom('–', '—', '-', '−'),
    });
    fc.assert(
      fc.property(variant, ({ phrase, upper, spaces, dash }) => {
        const changed = (upper ? phrase.toUpperCase() : phrase.toLowerCase())
          .replace(/ /g, spaces)
          .replace(/[–-]/g, dash)
          .replace(/ё/g, 'е');
        expect(parsePeriod(changed, { start: 2023 })).toEqual(parsePeriod(phrase, { start: 2023 }));
      }),
      { numRuns: 300 },
    );
  });
});
