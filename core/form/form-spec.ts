import type { IsoDate } from '../dates/iso-date';
import type { OrgType } from '../directory/organisation';
import { rowStatuses } from '../roadmap/row-status';
import type { Evidence } from '../values/evidence';

/**
 * The organisation form (design §4) declared once: the template writer, the reader, the
 * dropdowns and the instructions are all derived from this file. Labels, titles and headers
 * are the contract with the schools; change them only with the design.
 */

/**
 * What each kind of cell reads into. A new kind is declared here with its value, then
 * `readField` must read it (its switch is exhaustive) before anything compiles.
 */
export interface FieldValueTypes {
  readonly text: string;
  readonly count: number;
  readonly hours: number;
  readonly date: IsoDate;
  readonly email: string;
  /** Normalised `+7 XXX XXX-XX-XX`. */
  readonly phone: string;
  /** One of the field's `options`. */
  readonly enum: string;
  readonly grades: readonly number[];
  readonly evidence: Evidence;
  readonly itemKey: string;
  readonly event: string;
}

/** What a cell holds; decides how it is read, checked and formatted. */
export type FieldType = keyof FieldValueTypes;

/** The levels of профминимум (design §4, section 3). */
export const levels = ['базовый', 'основной', 'продвинутый'] as const;
export type Level = (typeof levels)[number];

/** Which range a date must fall in (design §5, «Dates»). */
export type DateRule = 'order' | 'done' | 'event' | 'training';

interface FieldBase {
  readonly type: FieldType;
  readonly required: boolean;
  readonly hint?: string;
  /** Allowed values of an `enum` field. */
  readonly options?: readonly string[];
  /** Inclusive upper bound of a number; counts and hours are ≥ 0. */
  readonly max?: number;
  readonly dateRule?: DateRule;
  /** Stored as plain text so a Russian-locale sheet does not turn it into a date or number. */
  readonly asText?: boolean;
}

export interface ScalarField<K extends string = string> extends FieldBase {
  readonly key: K;
  readonly label: string;
}

export interface TableColumn<K extends string = string> extends FieldBase {
  readonly key: K;
  readonly header: string;
  /** Pre-filled by the add-on and locked. */
  readonly locked?: boolean;
  readonly width: number;
  /** Required only for these organisation types (default: every type when `required`). */
  readonly requiredFor?: readonly OrgType[];
}

const allTypes: readonly OrgType[] = ['ООО', 'ДОО', 'ОДО'];

export const organisationSection = {
  id: 'organisation',
  title: '1. Организация',
  types: allTypes,
  fields: [
    { key: 'code', label: 'Код', type: 'text', required: true, asText: true, hint: 'Заполняет комитет' },
    { key: 'name', label: 'Наименование', type: 'text', required: true, hint: 'Заполняет комитет' },
    { key: 'type', label: 'Тип', type: 'text', required: true, hint: 'ООО, ДОО или ОДО' },
    { key: 'district', label: 'Район', type: 'text', required: true },
  ] as const satisfies readonly ScalarField[],
} as const;

export const responsibleSection = {
  id: 'responsible',
  title: '2. Ответственный за профориентацию',
  types: allTypes,
  fields: [
    { key: 'fullName', label: 'ФИО', type: 'text', required: true, hint: 'Фамилия, имя, отчество полностью' },
    { key: 'position', label: 'Должность', type: 'text', required: true, hint: 'Например: заместитель директора' },
    { key: 'phone', label: 'Телефон', type: 'phone', required: true, asText: true, hint: '+7 351 000-00-00' },
    { key: 'email', label: 'Электронная почта', type: 'email', required: true, hint: 'Рабочий адрес' },
    {
      key: 'orderNumber',
      label: 'Номер приказа о назначении',
      type: 'text',
      required: true,
      asText: true,
      hint: 'Как в приказе, например 01-05/123',
    },
    { key: 'orderDate', label: 'Дата приказа', type: 'date', required: true, dateRule: 'order', hint: 'ДД.ММ.ГГГГ' },
  ] as const satisfies readonly ScalarField[],
} as const;

const hoursHint = 'на одного обучающегося в год по плану';
// Generic helpers keep each key literal, so the submission's types are derived from the keys.
const hours = <K extends string>(key: K, label: string) =>
  ({ key: `hours.${key}`, label, type: 'hours', required: true, max: 2000, hint: hoursHint }) as const;
const pupils = <K extends string>(key: K, label: string, hint: string) =>
  ({ key, label, hint, required: true, type: 'count', max: 100_000 }) as const;
const optionalCount = <K extends string>(key: K, label: string, hint: string) =>
  ({ key, label, hint, required: false, type: 'count', max: 100_000 }) as const;

export const profminimumSection = {
  id: 'profminimum',
  title: '3. Профминимум',
  types: ['ООО'] as readonly OrgType[],
  fields: [
    {
      key: 'level',
      label: 'Уровень профминимума',
      type: 'enum',
      required: true,
      options: levels,
      hint: 'базовый, основной или продвинутый',
    },
    pupils('pupils69', 'Обучающихся 6–9 классов', 'Всего в 6–9 классах'),
    pupils('pupils1011', 'Обучающихся 10–11 классов', '0, если таких классов нет'),
    pupils('covered69', 'Охвачено профминимумом 6–9 классов', 'Не больше числа обучающихся 6–9 классов'),
    pupils('covered1011', 'Охвачено профминимумом 10–11 классов', 'Не больше числа обучающихся 10–11 классов'),
    pupils('bvbRegistered', 'Зарегистрировано на платформе «Билет в будущее»', 'Обучающихся 6–11 классов'),
    pupils('diagnostics', 'Прошли профориентационную диагностику', 'Обучающихся 6–11 классов'),
    pupils('trials', 'Прошли профессиональные пробы', 'Обучающихся 6–11 классов'),
    hours('lessons', 'Часов: урочная деятельность'),
    hours('extracurricular', 'Часов: внеурочная деятельность'),
    hours('upbringing', 'Часов: воспитательная работа'),
    hours('additional', 'Часов: дополнительное образование'),
    hours('vocational', 'Часов: профессиональное обучение'),
    hours('parents', 'Часов: взаимодействие с родителями'),
    pupils('navigators', 'Педагогов-навигаторов', 'Педагогов, обученных по проекту «Билет в будущее»'),
    optionalCount('engineeringClasses', 'Губернаторских инженерных классов', 'Пусто — нет таких классов (п. 5.2.7)'),
    optionalCount('engineeringPupils', 'Обучающихся в губернаторских инженерных классах', 'Пусто — нет (п. 5.2.7)'),
  ] as const satisfies readonly ScalarField[],
} as const;

export const roadmapSection = {
  id: 'roadmap',
  title: '4. Исполнение дорожной карты',
  types: allTypes,
  columns: [
    { key: 'key', header: 'Пункт', type: 'itemKey', required: true, locked: true, asText: true, width: 70 },
    { key: 'title', header: 'Мероприятие', type: 'text', required: false, locked: true, width: 320 },
    { key: 'period', header: 'Срок', type: 'text', required: false, locked: true, width: 150 },
    { key: 'status', header: 'Статус', type: 'enum', required: false, options: rowStatuses, width: 110 },
    { key: 'doneOn', header: 'Дата выполнения', type: 'date', required: false, dateRule: 'done', width: 110 },
    { key: 'evidence', header: 'Подтверждение', type: 'evidence', required: false, width: 220 },
    { key: 'comment', header: 'Комментарий', type: 'text', required: false, width: 160 },
  ] as const satisfies readonly TableColumn[],
} as const;

export const eventsSection = {
  id: 'events',
  title: '5. Участие в мероприятиях',
  types: allTypes,
  blankRows: 15,
  columns: [
    { key: 'event', header: 'Мероприятие', type: 'event', required: true, width: 320 },
    { key: 'date', header: 'Дата', type: 'date', required: true, dateRule: 'event', width: 150 },
    { key: 'grades', header: 'Классы', type: 'grades', required: true, requiredFor: ['ООО'], asText: true, width: 110 },
    { key: 'participants', header: 'Участников', type: 'count', required: true, max: 100_000, width: 110 },
    { key: 'winners', header: 'Победителей и призёров', type: 'count', required: false, max: 100_000, width: 220 },
    { key: 'evidence', header: 'Подтверждение', type: 'evidence', required: false, width: 160 },
  ] as const satisfies readonly TableColumn[],
} as const;

export const trainingSection = {
  id: 'training',
  title: '6. Повышение квалификации педагогов',
  types: allTypes,
  blankRows: 10,
  columns: [
    { key: 'fullName', header: 'ФИО педагога', type: 'text', required: true, width: 320 },
    { key: 'programme', header: 'Программа', type: 'text', required: true, width: 150 },
    { key: 'hours', header: 'Часов', type: 'hours', required: true, max: 2000, width: 110 },
    { key: 'finishedOn', header: 'Дата окончания', type: 'date', required: true, dateRule: 'training', width: 110 },
    { key: 'document', header: 'Документ', type: 'evidence', required: false, width: 220 },
  ] as const satisfies readonly TableColumn[],
} as const;

export const decisionsSection = {
  id: 'decisions',
  title: '7. Рекомендации комитета',
  types: allTypes,
  columns: [
    { key: 'recommendation', header: 'Рекомендация', type: 'text', required: false, locked: true, width: 320 },
    { key: 'decision', header: 'Принятое решение', type: 'text', required: false, width: 150 },
    { key: 'document', header: 'Документ', type: 'text', required: false, width: 150 },
  ] as const satisfies readonly TableColumn[],
} as const;

/** Every section in form order. */
export const formSections = [
  organisationSection,
  responsibleSection,
  profminimumSection,
  roadmapSection,
  eventsSection,
  trainingSection,
  decisionsSection,
] as const;

export type FormSection = (typeof formSections)[number];

/** Title of the block where rows of items removed from the roadmap are kept (never deleted). */
export const removedItemsTitle = 'Удалённые пункты';

/** The line under «Удалённые пункты». */
export const removedItemsIntro = 'Пункты, которых больше нет в дорожной карте: сохранены, как были заполнены.';

/**
 * The block where rows an organisation added to section 4 itself are kept: rows with no roadmap
 * item's number (`доп.`, a blank) or repeating one. They never were in the roadmap, so they are not
 * «Удалённые пункты»; the organisation may move them back or delete them.
 */
export const addedRowsBlock = {
  id: 'added',
  title: 'Строки, добавленные организацией',
  intro:
    'Эти строки организация вписала в раздел 4 сама (без номера пункта дорожной карты или с повторённым номером): они сохранены, как были заполнены. Перенесите их на место или удалите.',
} as const;

/**
 * The block at the end of a tab that keeps, with its old address, a value that stood where the
 * add-on had to write (design §10: no write makes a typed value disappear).
 */
export const movedValuesBlock = {
  id: 'moved',
  title: 'Перенесённые значения',
  intro:
    'Эти значения стояли там, куда Профкарта записывала форму: они сохранены здесь, как были введены. Перенесите их на место или удалите.',
  columns: [
    { key: 'address', header: 'Где было', type: 'text', required: false, locked: true, width: 300 },
    { key: 'value', header: 'Значение', type: 'text', required: false, width: 320 },
  ] as const satisfies readonly TableColumn[],
  /** `было в D17`, or `было в D17 (принято из файла …)` with where the tab came from: the address cell of a moved value. */
  addressText: (a1: string, source?: string) => `было в ${a1}${source ? ` (${source})` : ''}`,
  addressPattern: /^было в [A-Z]{1,3}[1-9][0-9]*( \(.+\))?$/s,
} as const;

/** Column (0-based) holding the recommendation key in section 7; hidden in the tab. */
export const recommendationCodeColumn = 7;

/** Columns A–H of the form. */
export const formColumns = 8;

/** Whether an organisation of this type fills the section. */
export function sectionApplies(section: { readonly types: readonly OrgType[] }, type: OrgType): boolean {
  return section.types.includes(type);
}
