import { describe, expect, it } from 'vitest';
import { builtinRows } from './builtin-roadmap-data';
import { builtinRoadmap } from './builtin-roadmap';
import { parsePeriod } from './parse-period';
import { deriveKind, deriveReporters } from './reporter-rules';

const all = ['ООО', 'ДОО', 'ОДО'];

// domain.md, «Who reports on what»: kind п / м / к (committee: пункт with no reporters) and reporters.
type Row = readonly [string, 'п' | 'м' | 'к', readonly string[]];
const rows = (ids: readonly string[], kind: Row[1], reporters: readonly string[]): Row[] =>
  ids.map((id): Row => [id, kind, reporters]);
const domainTable: readonly Row[] = [
  ...rows(['1.1', '2.1', '4.1', '5.2.1', '5.2.3', '5.2.5.11', '5.2.6', '5.3.1'], 'к', []),
  ...rows(['1.2', '3.1', '3.1.1', '5.1.1', '5.1.2', '5.2.2'], 'п', all),
  ...rows(['2.2', '3.2', '4.2', '4.3', '5.1.3', '5.2.4', '5.2.5.9', '5.2.7', '5.2.8'], 'п', ['ООО']),
  ...rows(['5.2.5.1', '5.2.5.6', '5.2.6.1', '5.2.6.3', '5.2.6.4', '5.2.6.5', '5.2.6.6'], 'м', ['ООО']),
  ...rows(['5.2.5.2', '5.2.5.3', '5.2.5.4'], 'м', all),
  ...rows(['5.2.5.5', '5.2.5.7', '5.2.5.8'], 'м', ['ООО', 'ОДО']),
  ...rows(['5.2.5.10'], 'м', all),
  ...rows(['5.2.6.2', '5.2.6.7', '5.2.6.8'], 'м', ['ДОО']),
];

const kinds = { п: 'пункт', м: 'мероприятие', к: 'пункт' } as const;

describe('builtinRoadmap', () => {
  const roadmap = builtinRoadmap();
  const byId = new Map(roadmap.items.map((item) => [item.id, item]));

  it('has every item of the order, numbered as design §8 says, in the order’s order', () => {
    expect(roadmap.items.map((item) => item.id)).toEqual([
      '1.1',
      '1.2',
      '2.1',
      '2.2',
      '3.1',
      '3.1.1',
      '3.2',
      '4.1',
      '4.2',
      '4.3',
      '5.1.1',
      '5.1.2',
      '5.1.3',
      '5.2.1',
      '5.2.2',
      '5.2.3',
      '5.2.4',
      ...Array.from({ length: 11 }, (_, i) => `5.2.5.${i + 1}`),
      '5.2.6',
      ...Array.from({ length: 8 }, (_, i) => `5.2.6.${i + 1}`),
      '5.2.7',
      '5.2.8',
      '5.3.1',
    ]);
    expect(roadmap.schoolYear).toEqual({ start: 2023 });
  });

  it('pins the table of domain.md exactly: every item, its kind and reporters', () => {
    expect(domainTable).toHaveLength(roadmap.items.length);
    for (const [id, kind, reporters] of domainTable) {
      const item = byId.get(id);
      expect({ id, kind: item?.kind, reporters: item?.reporters }).toEqual({ id, kind: kinds[kind], reporters });
    }
  });

  it('reads every deadline of the order', () => {
    for (const row of builtinRows) expect(parsePeriod(row.period, { start: 2023 }).ok, row.id).toBe(true);
    for (const item of roadmap.items) expect(item.windows.length, item.id).toBeGreaterThan(0);
  });

  it.each([
    [
      '3.2',
      [
        ['2023-12-01', '2024-01-31'],
        ['2024-05-01', '2024-06-30'],
      ],
    ],
    [
      '4.3',
      [
        ['2023-09-01', '2024-02-29'],
        ['2024-03-01', '2024-08-31'],
      ],
    ],
    ['5.2.6.5', [['2024-04-01', '2024-04-30']]],
    ['5.2.6.2', [['2023-10-01', '2023-10-31']]],
    ['2.2', [['2023-08-01', '2023-08-31']]],
    ['2.1', [['2023-09-01', '2024-08-31']]],
    ['5.2.5.2', [['2023-12-01', '2024-05-31']]],
  ])('gives item %s its windows', (id, windows) => {
    expect(byId.get(id)?.windows).toEqual(windows.map(([start, end]) => ({ start, end })));
  });

  it('keeps deadlines exactly as written, line breaks included', () => {
    expect(byId.get('3.2')?.period).toBe('Декабрь 2023 г.\n- Январь 2024 г.\nМай – июнь 2024 г.');
    expect(byId.get('2.1')?.period).toBe('В течение \nгода');
    expect(byId.get('5.2.6.5')?.period).toBe('Апрель');
  });

  it('lists responsible bodies in one spelling each', () => {
    expect(byId.get('5.2.1')?.responsible).toEqual(['Комитет', 'МБУ ДПО ЦРО', 'МАУДО «ДПШ»']);
    expect(byId.get('5.2.3')?.responsible).toEqual(['ГБУ ДПО РЦОКИО', 'ГБНОУ ОК «Смена»', 'Комитет']);
    expect(byId.get('5.2.7')?.responsible).toEqual(['ГБУ ДПО РЦОКИО', 'Комитет', 'образовательные организации']);
    expect(byId.get('2.2')?.responsible).toEqual(['общеобразовательные организации']);
  });

  it('keeps the order’s cut-off and typos as written', () => {
    expect(byId.get('5.3.1')?.result).toBe('');
    expect(byId.get('5.2.5.5')?.title).toContain('Инженерные каникулы»');
    expect(byId.get('5.2.5.5')?.title).not.toContain('«Инженерные');
  });

  it('names the section of each item with its number', () => {
    expect(byId.get('3.1.1')?.section).toMatch(/^3 Мониторинг состояния системы работы/);
    expect(byId.get('5.2.6.3')?.section).toMatch(/^5 Меры, мероприятия/);
  });

  it('returns a new roadmap each time', () => {
    expect(builtinRoadmap()).not.toBe(roadmap);
    expect(builtinRoadmap()).toEqual(roadmap);
  });
});

describe('deriveReporters', () => {
  it.each([
    [
      'для воспитанников дошкольных образовательных организаций «Кем быть?»',
      ['Комитет', 'образовательные организации'],
      ['ДОО'],
    ],
    ['конкурс для учащихся 6-11 классов общеобразовательных организаций', ['образовательные организации'], ['ООО']],
    ['конкурс для обучающихся 7–11-х классов', ['образовательные организации'], ['ООО']],
    ['конкурс среди образовательных организаций', ['Комитет'], all],
    ['Участие ООО в мониторинге', ['Комитет'], ['ООО']],
    ['Разработка планов', ['общеобразовательные организации'], ['ООО']],
    ['Разработка планов', ['Комитет', 'образовательные организации'], all],
    ['Корректировка в общеобразовательных организациях', ['Комитет', 'МБУ ДПО ЦРО'], []],
    ['участие ОО в проекте', ['МБУ ДПО ЦРО'], []],
    // The order's words for reporters among the responsible bodies.
    ['Разработка планов', ['Комитет', 'ОО'], all],
    ['Разработка планов', ['Комитет', 'ООО'], ['ООО']],
    ['Разработка планов', ['ДОУ', 'УДО'], ['ДОО', 'ОДО']],
    ['Разработка планов', ['дошкольные образовательные организации'], ['ДОО']],
    ['Разработка планов', ['организации дополнительного образования'], ['ОДО']],
    ['Разработка планов', ['Общеобразовательные организации', 'ДОО'], ['ООО', 'ДОО']],
    // A project or event the title is about narrows the organisations responsible.
    ['Реализация проекта «День профессии»', ['образовательные организации'], ['ООО']],
    ['Участие в чемпионате «Абилимпикс»', ['образовательные организации'], ['ООО', 'ОДО']],
    ['Участие в чемпионате «Абилимпикс»', ['общеобразовательные организации'], ['ООО']],
    ['Участие в чемпионате «Абилимпикс»', ['Комитет'], []],
    ['Разработка планов с учетом проекта «Профессионалитет»', ['образовательные организации'], all],
    ['Создание реестра общеобразовательных организаций', ['Комитет', 'образовательные организации'], ['ООО']],
    // A heading of events with its own deadline is the committee's umbrella.
    ['Муниципальные мероприятия в рамках реализации Концепции:', ['образовательные организации'], []],
    ['Городские мероприятия:', ['ОО'], []],
  ])('reads %j with %j as %j', (title, responsible, reporters) => {
    expect(deriveReporters(title, responsible).reporters).toEqual(reporters);
  });

  it('says in Russian which rule it used', () => {
    expect(deriveReporters('Разработка планов', ['Комитет', 'ОО']).why).toBe('в ответственных: «ОО»');
    expect(deriveReporters('Разработка планов', ['Комитет']).why).toMatch(/пункт комитета/);
  });

  it('does not change the list it is given', () => {
    const responsible = ['Комитет', 'образовательные организации'];
    deriveReporters('Реализация проекта «День профессии»', responsible);
    expect(responsible).toEqual(['Комитет', 'образовательные организации']);
  });
});

describe('deriveKind', () => {
  it.each([
    ['Региональные мероприятия в рамках внедрения Концепции:', ['ООО'], undefined, 'мероприятие'],
    ['Региональные мероприятия в рамках внедрения Концепции:', [], undefined, 'пункт'],
    ['Региональные мероприятия в рамках внедрения Концепции:', ['ООО'], 'пункт', 'пункт'],
    ['Мониторинг состояния системы работы', ['ООО'], undefined, 'пункт'],
    ['Организация и проведение профориентационных мероприятий в рамках уровня', ['ООО'], undefined, 'пункт'],
    ['', ['ООО'], undefined, 'пункт'],
    // Sections of measures the organisations carry out, not lists of events to take part in.
    ['Организационные мероприятия', ['ООО'], undefined, 'пункт'],
    ['Организационно-методические мероприятия:', ['ООО'], undefined, 'пункт'],
    ['Профориентационные мероприятия', ['ООО'], undefined, 'мероприятие'],
  ] as const)('under %j with reporters %j (rule kind %j) is %j', (parent, reporters, kind, expected) => {
    expect(deriveKind(parent, { reporters: [...reporters], ...(kind ? { kind } : {}) })).toBe(expected);
  });
});
