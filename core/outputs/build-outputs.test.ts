import { rebuiltTabNames } from '../grid/tab-names';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues/issue';
import {
  checkReport,
  fullProfminimum,
  fullResponsible,
  org,
  orgCheck,
  submission,
} from '../../test/fixtures/report-fixture';
import { smallCity } from '../../test/fixtures/small-city-report';
import type { HistoryRow } from '../history/history-row';
import { buildOutputs } from './build-outputs';
import type { OutputSheet, OutValue } from '../grid/output-sheet';

const at = { date: '2024-02-01', time: '10:15' };
const build = (report = smallCity(), extra: Partial<Parameters<typeof buildOutputs>[1]> = {}) =>
  buildOutputs(report, { generatedAt: at, history: [], kind: 'build', shell: 'addon', ...extra } as Parameters<
    typeof buildOutputs
  >[1]);
const sheet = (sheets: readonly OutputSheet[], name: string): OutputSheet => {
  const found = sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
};
const rowsStarting = (s: OutputSheet, code: string) => s.rows.filter((r) => r[1] === code);
const issue: Issue = {
  code: 'not_a_number',
  severity: 'error',
  tab: 'S2',
  row: 14,
  column: 2,
  org: 'S2',
  params: { found: 'много' },
};

describe('buildOutputs', () => {
  it('rebuilds the eight output tabs, each starting with the stamp line', () => {
    const { sheets } = build();
    expect(sheets.map((s) => s.name)).toEqual([...rebuiltTabNames]);
    for (const s of sheets) {
      expect(s.rows[0]).toEqual(['Сформировано 01.02.2024 10:15 · по состоянию на 01.02.2024 · учебный год 2023/2024']);
      expect(s.format.frozenRows).toBeGreaterThan(1);
    }
  });

  it('lists each issue in Проверка with a cell link when a URL is given, plain text otherwise', () => {
    const report = { ...smallCity(), issues: [issue] };
    const linked = sheet(build(report, { cellUrl: (tab, cell) => `#gid=${tab}&range=${cell}` }).sheets, 'Проверка');
    expect(linked.rows[1]?.[0]).toMatch(/^Ошибок: 1 · предупреждений: 0 · организаций с ошибками: 1 из 5/);
    expect(linked.rows[3]).toEqual([
      'МБОУ «Школа S2 (демо)»',
      'S2',
      { kind: 'link', url: '#gid=S2&range=B14', text: 'B14' },
      'ошибка',
      expect.stringContaining('много'),
    ]);
    expect(sheet(build(report, { cellUrl: () => null }).sheets, 'Проверка').rows[3]?.[2]).toBe('B14');
  });

  it('keeps a school’s formula-like text a literal string and cuts huge text', () => {
    const report = smallCity();
    const [s1, ...rest] = report.orgs;
    if (!s1?.submission) throw new Error('fixture');
    const formula = '=IMPORTXML("http://example.org", "//a")';
    const huge = 'я'.repeat(60_000);
    const evil = {
      ...s1,
      submission: { ...s1.submission, responsible: { ...fullResponsible, fullName: formula, position: huge } },
    };
    const { sheets } = build({ ...report, orgs: [evil, ...rest] });
    const row = rowsStarting(sheet(sheets, 'Ответственные'), 'S1')[0] as OutValue[];
    expect(row[4]).toBe(formula);
    expect((row[5] as string).length).toBe(50_000);
  });

  it('confirms levels with the reason in Реестр уровней', () => {
    const registry = sheet(build().sheets, 'Реестр уровней');
    expect(rowsStarting(registry, 'S1')[0]?.slice(4, 9)).toEqual(['основной', 150, 64, 'да', 120]);
    expect(rowsStarting(registry, 'S2')[0]?.[7]).toBe('нет: в плане 38 ч при минимуме 40 ч');
    expect(rowsStarting(registry, 'S3')[0]?.slice(4, 8)).toEqual([
      'не указан',
      null,
      null,
      'нет данных: отчёт не сдан',
    ]);
  });

  it('reconciles «Билет в будущее» in Реестр уровней with the indicator, and says why they differ', () => {
    const report = smallCity();
    const [s1, s2, ...rest] = report.orgs;
    if (!s1 || !s2?.submission?.profminimum) throw new Error('fixture');
    // S2 wrote its pupils 6–9 in words: its 30 registered cannot be set against pupils.
    const pm = { ...s2.submission.profminimum, pupils69: null, bvbRegistered: 30 };
    const wrong = { ...s2, submission: { ...s2.submission, profminimum: pm } };
    const outputs = build({ ...report, orgs: [s1, wrong, ...rest] });
    const registry = sheet(outputs.sheets, 'Реестр уровней');
    const total = registry.rows[registry.rows.length - 1];
    expect(total?.slice(7, 10)).toEqual(['да: 1 из 2', 150, 120]);
    expect(total?.[9]).toBe(outputs.json.city.bvbRegistered.numerator);
    expect(rowsStarting(registry, 'S2')[0]?.slice(8, 11)).toEqual([
      30,
      null,
      'не учтено: пропуски или ошибки в численности или числе зарегистрированных',
    ]);
    expect(total?.[10]).toBe(
      '= показатель: 120 из 150 обучающихся 6–11 классов, учтена 1 из 5 организаций. По отчётам — 150, не учтены 30 — у школ с ошибками (1).',
    );
  });

  it('says in Реестр уровней when a school’s figure was capped at ОО-1, and by how much', () => {
    const s = org('S9', 'ООО', 'Центральный', { pupils69: 100, pupils1011: 50 });
    const pm = { ...fullProfminimum, bvbRegistered: 160, pupils69: 110, pupils1011: 60 };
    const outputs = build(checkReport([orgCheck(s, 'submitted', submission('S9', 'ООО', { profminimum: pm }))]));
    const registry = sheet(outputs.sheets, 'Реестр уровней');
    expect(rowsStarting(registry, 'S9')[0]?.slice(5, 11)).toEqual([
      150,
      64,
      'да',
      160,
      150,
      'ограничено численностью по ОО-1 (−10)',
    ]);
    expect(registry.rows[registry.rows.length - 1]?.[10]).toContain('не учтены 10 — сверх численности по ОО-1');
  });

  it('says beside each city figure in Сводка why not every organisation was counted, and how ОО-1 entered it', () => {
    const summary = sheet(build().sheets, 'Сводка');
    const coverage = summary.rows.find((r) => r[0] === 'Охват профминимумом, 6–11 классы');
    expect(coverage?.slice(4)).toEqual([2, null, 'не ООО — 2, нет отчёта — 1']);
    const districts = summary.rows.findIndex((r) => r[0] === 'По районам');
    const row = summary.rows.findIndex((r, i) => i > districts && r[0] === 'Охват профминимумом, 6–11 классы');
    expect(summary.format.notes).toContainEqual({
      row,
      column: 2,
      text: 'учтено 0 из 2 организаций; не учтены: не ООО — 1, нет отчёта — 1',
    });
    // Every organisation of Калининский counted for completeness: no note.
    const completeness = summary.rows.findIndex((r, i) => i > districts && r[0] === 'Сдали отчёт без ошибок');
    expect(summary.format.notes?.some((n) => n.row === completeness)).toBe(false);
  });

  it('matches the responsible person with section 6 by surname and initials', () => {
    const responsible = sheet(build().sheets, 'Ответственные');
    expect(rowsStarting(responsible, 'S1')[0]?.[9]).toBe('да');
    expect(rowsStarting(responsible, 'D1')[0]?.[9]).toBe('нет');
    expect(rowsStarting(responsible, 'S3')[0]?.[9]).toBe('нет данных');
  });

  it('counts 1.2 in Исполнение ДК and names the overdue organisations', () => {
    const execution = sheet(build().sheets, 'Исполнение ДК');
    const row = execution.rows.find((r) => r[0] === '1.2');
    expect(row?.slice(4, 12)).toEqual([5, 0, 1, 1, 3, 0, 0, 0.4]);
    expect(row?.[13]).toBe('S2, S3, D2');
    expect(execution.rows.find((r) => r[0] === '1.1')?.[12]).toBe('выполнено в срок');
  });

  it('cites the appointment order and each Подтверждение in Реестр приказов', () => {
    const orders = sheet(build().sheets, 'Реестр приказов');
    expect(rowsStarting(orders, 'S1').map((r) => r[3])).toEqual([
      'назначение ответственного',
      'п. 1.2 Назначение ответственных за профориентацию',
      'п. 3.2 Мониторинг профминимума',
    ]);
  });

  it('shows the city’s figures with their parts and the change since the previous monthly snapshot in Сводка', () => {
    const history: HistoryRow[] = [
      { date: '2024-01-01', kind: 'monthly', area: 'Город', indicator: 'completeness', numerator: 1, denominator: 5 },
    ];
    const summary = sheet(build(smallCity(), { history }).sheets, 'Сводка');
    // The change of a count (ООО by level) is in units, and a column says why not every organisation was counted.
    expect(summary.rows[1]?.[0]).toBe(
      'Изменение — с ежемесячного среза 01.01.2024: доли — в процентных пунктах, числа — в штуках',
    );
    expect(summary.rows[2]).toEqual([
      'Город',
      'Значение',
      'Числитель',
      'Знаменатель',
      'Учтено организаций',
      'Изменение за месяц',
      'Кто не учтён и почему; ОО-1',
    ]);
    const row = summary.rows.find((r) => r[0] === 'Сдали отчёт без ошибок');
    expect(row?.slice(1, 5)).toEqual([0.4, 2, 5, 5]);
    expect(row?.[5]).toBeCloseTo(0.2);
  });

  it('gives each district a column of its values in Сводка, «нет данных» where nobody counted', () => {
    const summary = sheet(build().sheets, 'Сводка');
    const header = summary.rows.findIndex((r) => r[0] === 'По районам');
    expect(summary.rows[header]).toEqual(['По районам', 'Калининский', 'Ленинский']);
    const table = summary.rows.slice(header);
    expect(table.find((r) => r[0] === 'Организаций')).toEqual(['Организаций', 3, 2]);
    const coverage = table.find((r) => r[0] === 'Охват профминимумом, 6–11 классы');
    expect(coverage?.[2]).toBe('нет данных');
    expect(typeof coverage?.[1]).toBe('number');
    // Each table starts a printed page; only the stamp repeats.
    expect(summary.format.print).toEqual({
      orientation: 'landscape',
      repeatRows: { row: 0, rows: 1 },
      pageBreaks: [header],
    });
  });

  it('shows a count nobody entered as «нет данных», as a share: one rule', () => {
    // As found: Советский had no report; «Участвовали» said «нет данных», «Участников» and «Победителей» 0.
    const summary = sheet(build().sheets, 'Сводка');
    const header = summary.rows.findIndex((r) => r[0] === 'По районам');
    const table = summary.rows.slice(header);
    // Ленинский: S3 missing, D2 empty.
    for (const label of ['Участвовали в мероприятиях', 'Участников мероприятий', 'Победителей и призёров']) {
      expect(table.find((r) => r[0] === label)?.[2], label).toBe('нет данных');
    }
    expect(table.find((r) => r[0] === 'Участников мероприятий')?.[1]).toBe(17);
    const row = header + table.findIndex((r) => r[0] === 'Участников мероприятий');
    expect(summary.format.notes).toContainEqual({
      row,
      column: 2,
      text: 'учтено 0 из 2 организаций; не учтены: нет отчёта — 2',
    });
  });

  it('names the responsible-person figure for what it counts, and says who is not counted as assigned and why', () => {
    // As found: SCH015 named Иванова but typed a digit short in the phone: «Назначен ответственный 0,0 %».
    const summary = sheet(build().sheets, 'Сводка');
    const label = 'Ответственный назначен, сведения без ошибок';
    const city = summary.rows.find((r) => r[0] === label);
    expect(city?.slice(1, 5)).toEqual([0.4, 2, 5, 5]);
    expect(city?.[6]).toBe('не засчитаны: нет отчёта — 2, пропуски или ошибки в сведениях — 1');
    const districts = summary.rows.findIndex((r) => r[0] === 'По районам');
    const row = summary.rows.findIndex((r, i) => i > districts && r[0] === label);
    expect(summary.format.notes).toContainEqual({
      row,
      column: 1,
      text: 'учтено 3 из 3 организаций; не засчитаны: пропуски или ошибки в сведениях — 1',
    });
  });

  it('puts the data of three charts under the indicators, each chart over its own block, right of the tables', () => {
    const summary = sheet(build().sheets, 'Сводка');
    const charts = summary.format.charts ?? [];
    expect(charts.map((c) => c.title)).toEqual([
      'ООО по уровню профминимума',
      'Охват профминимумом, 6–11 классы, по районам',
      'Исполнение дорожной карты по пунктам (организации)',
    ]);
    const [levels, coverage, execution] = charts;
    const block = (c: (typeof charts)[number] | undefined) => summary.rows.slice(c?.firstRow, (c?.lastRow ?? 0) + 1);
    expect(block(levels)).toEqual([
      ['Уровень профминимума', 'ООО'],
      ['базовый', 1],
      ['основной', 1],
      ['продвинутый', 0],
      ['не указан', 1],
    ]);
    expect(block(coverage).map((r) => r[0])).toEqual(['Территория', 'Калининский', 'Ленинский', 'Город']);
    expect(block(coverage)[2]?.[1]).toBeNull();
    expect(block(execution)[1]).toEqual(['1.2 Назначение ответственных…', 1, 1, 0, 3, 0]);
    const width = summary.format.columnWidths?.length ?? 0;
    for (const chart of charts) expect(chart.anchor.column).toBeGreaterThan(width);
  });

  it('leaves the chart data out when the shell draws no Sheets charts', () => {
    const summary = sheet(build(smallCity(), { charts: 'none' }).sheets, 'Сводка');
    expect(summary.format.charts).toBeUndefined();
    expect(summary.rows.some((r) => r[0] === 'Данные диаграмм')).toBe(false);
  });

  it('carries the section 7 decisions beside the recommendations', () => {
    const report = smallCity();
    const [s1, s2, ...rest] = report.orgs;
    if (!s2?.submission || !s1) throw new Error('fixture');
    const decided = {
      ...s2,
      submission: {
        ...s2.submission,
        decisions: [
          { code: 'has_errors', recommendation: '…', decision: 'Приказ об исправлении', document: '№ 7', row: 90 },
        ],
      },
    };
    const recs = sheet(build({ ...report, orgs: [s1, decided, ...rest] }).sheets, 'Рекомендации');
    expect(rowsStarting(recs, 'S2')[0]?.slice(3)).toEqual([
      1,
      'В отчёте 2 ошибки: исправьте их — ячейки с ошибками выделены цветом, в примечаниях сказано, что не так.',
      'Приказ об исправлении',
      '№ 7',
    ]);
  });

  it('appends the city and district figures to История and updates Состояние', () => {
    const out = build(smallCity(), { kind: 'monthly' });
    expect(out.historyAppend.every((r) => r.kind === 'monthly' && r.date === '2024-02-01')).toBe(true);
    expect(out.state.find((s) => s.code === 'D1')?.firstSubmitted).toBe('2024-02-01');
  });
});
