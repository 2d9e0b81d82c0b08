import type { CheckReport, OrgCheck, OrgStatus } from '../../check/check-report';
import type { OrgState } from '../../directory/org-state';
import type { Organisation, OrgType } from '../../directory/organisation';
import { defaultThresholds, type Settings } from '../../directory/settings';
import type { Profminimum, Responsible, Submission } from '../../form/submission';
import type { Roadmap, RoadmapItem } from '../../roadmap/roadmap-item';

/**
 * Hand-made check reports for the summary's tests: they stand in for the form reader and the
 * check, so the indicators are tested against figures computed by hand.
 */

const item = (over: Partial<RoadmapItem> & Pick<RoadmapItem, 'id' | 'kind'>): RoadmapItem => ({
  section: '1 Организационно-управленческие мероприятия',
  title: `Пункт ${over.id}`,
  period: '',
  windows: [],
  responsible: ['образовательные организации'],
  result: '',
  reporters: [],
  ...over,
});

/** 1.2 (all types, October), 3.2 (ООО, two windows), 2.2 (ООО, no deadline), 1.1 (committee), 5.2.6.3 (event). */
export const smallRoadmap: Roadmap = {
  schoolYear: { start: 2023 },
  items: [
    item({
      id: '1.1',
      kind: 'пункт',
      title: 'Назначение муниципального координатора',
      period: 'Август 2023 г.',
      windows: [{ start: '2023-08-01', end: '2023-08-31' }],
      committee: { status: 'выполнено', doneOn: '2023-08-20', evidence: 'Приказ № 1' },
    }),
    item({
      id: '1.2',
      kind: 'пункт',
      title: 'Назначение ответственных за профориентацию',
      period: 'Октябрь 2023 г.',
      windows: [{ start: '2023-10-01', end: '2023-10-31' }],
      reporters: ['ООО', 'ДОО', 'ОДО'],
    }),
    item({
      id: '2.2',
      kind: 'пункт',
      title: 'Корректировка планов',
      period: 'по мере необходимости',
      reporters: ['ООО'],
    }),
    item({
      id: '3.2',
      kind: 'пункт',
      title: 'Мониторинг профминимума',
      period: 'Декабрь 2023 г. – январь 2024 г., май – июнь 2024 г.',
      windows: [
        { start: '2023-12-01', end: '2024-01-31' },
        { start: '2024-05-01', end: '2024-06-30' },
      ],
      reporters: ['ООО'],
    }),
    item({
      id: '5.2.6.3',
      kind: 'мероприятие',
      title: 'Конкурс «Я выбираю»',
      period: 'Март 2024 г.',
      windows: [{ start: '2024-03-01', end: '2024-03-31' }],
      reporters: ['ООО'],
    }),
  ],
};

export const settings: Settings = {
  schoolYear: { start: 2023 },
  reportDate: null,
  deadline: '2024-01-25',
  reportsSpreadsheet: '',
  summaryRecipients: [],
  committeeStaff: [],
  sendHour: 8,
  remindEveryDays: 7,
  thresholds: defaultThresholds,
};

let nextRow = 2;
/** A directory row. */
export function org(code: string, type: OrgType, district: string, over: Partial<Organisation> = {}): Organisation {
  return {
    code,
    name: `МБОУ «Школа ${code} (демо)»`,
    type,
    district,
    inn: '7451000009',
    emails: [`${code.toLowerCase()}@example.ru`],
    active: true,
    pupils69: null,
    pupils1011: null,
    row: nextRow++,
    ...over,
  };
}

export const fullResponsible: Responsible = {
  fullName: 'Иванова Анна Петровна',
  position: 'заместитель директора',
  phone: '+7 351 000-00-01',
  email: 'ivanova@example.ru',
  orderNumber: '01-05/12',
  orderDate: '2023-09-01',
  row: 9,
};

/** A valid основной-level section 3: 100 + 50 pupils, 64 planned hours. */
export const fullProfminimum: Profminimum = {
  level: 'основной',
  pupils69: 100,
  pupils1011: 50,
  covered69: 90,
  covered1011: 40,
  bvbRegistered: 120,
  diagnostics: 100,
  trials: 30,
  hours: { lessons: 10, extracurricular: 34, upbringing: 10, additional: 5, vocational: 0, parents: 5 },
  navigators: 1,
  engineeringClasses: null,
  engineeringPupils: null,
};

/** A submission; ООО get `fullProfminimum` unless overridden. */
export function submission(code: string, type: OrgType, over: Partial<Submission> = {}): Submission {
  return {
    code,
    tab: code,
    empty: false,
    responsible: fullResponsible,
    profminimum: type === 'ООО' ? fullProfminimum : null,
    roadmap: [],
    events: [],
    training: [],
    decisions: [],
    ...over,
  };
}

/** An organisation's check; `missing` has no submission, `empty` an empty one. */
export function orgCheck(
  organisation: Organisation,
  status: OrgStatus,
  sub: Submission | null = null,
  counts: { errors?: number; warnings?: number } = {},
): OrgCheck {
  const own =
    status === 'missing'
      ? null
      : (sub ?? submission(organisation.code, organisation.type, status === 'empty' ? { empty: true } : {}));
  return {
    org: organisation,
    tab: organisation.code,
    status,
    submission: own,
    errors: counts.errors ?? (status === 'errors' ? 1 : 0),
    warnings: counts.warnings ?? 0,
  };
}

/** A whole report, as of 2024-02-01 unless told. */
export function checkReport(orgs: readonly OrgCheck[], over: Partial<CheckReport> = {}): CheckReport {
  return {
    asOf: '2024-02-01',
    settings,
    roadmap: smallRoadmap,
    orgs,
    issues: [],
    state: new Map<string, OrgState>(),
    ...over,
  };
}

/** A `Состояние` map from code → first seen submitted. */
export function stateOf(entries: Record<string, string | null>): Map<string, OrgState> {
  return new Map(
    Object.entries(entries).map(([code, firstSubmitted]) => [
      code,
      { code, firstSubmitted, hash: null, lastReminder: null },
    ]),
  );
}
