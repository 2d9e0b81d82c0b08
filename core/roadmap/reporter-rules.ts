import type { OrgType } from '../directory/organisation';
import { orgTypes } from '../directory/organisation';
import { orgTypesOfWords } from './org-type-words';
import type { ItemKind } from './roadmap-item';

/** Who reports on an item, by which rule (in Russian, shown to the committee), and a kind when the rule fixes it. */
export interface DerivedReporters {
  readonly reporters: OrgType[];
  readonly why: string;
  readonly kind?: ItemKind;
}

const all = orgTypes;
const notLetter = '(?:^|[^А-Яа-яЁё])';

/**
 * A heading of a list of events («Муниципальные мероприятия в рамках реализации Концепции:»):
 * the items under it are events, and the heading itself, when it has a deadline, is the
 * committee's umbrella item.
 *
 * @param title - a title of the table
 * @example isEventsHeading('Региональные мероприятия в рамках внедрения Концепции:') // true
 */
function isEventsHeading(title: string): boolean {
  // «Организационные мероприятия», «Управленческие мероприятия»: measures the organisations carry out, not events to attend.
  if (/^\s*(?:организационн|управленческ|нормативн)/i.test(title)) return false;
  return /^\s*(?:[А-Яа-яЁё-]+\s+){0,2}мероприятия(?:\s+в\s+рамках|\s*:|\s*$)/i.test(title);
}

/** Audiences a title names, whoever is responsible. */
const audienceRules: readonly {
  readonly why: string;
  readonly pattern: RegExp;
  readonly reporters: readonly OrgType[];
}[] = [
  {
    why: '«для воспитанников дошкольных образовательных организаций»',
    pattern: /для воспитанников дошкольных образовательных организаций/i,
    reporters: ['ДОО'],
  },
  {
    why: 'участвуют обучающиеся 6–11 классов',
    pattern: /(?:учащихся|обучающихся)\s+\d+\s*[-–—]\s*\d+(?:-х)?\s+классов/i,
    reporters: ['ООО'],
  },
  {
    why: '«среди образовательных организаций»',
    pattern: /среди образовательных организаций/i,
    reporters: all,
  },
  {
    why: 'в названии — ООО',
    pattern: new RegExp(`${notLetter}ООО(?:$|[^А-Яа-яЁё])`),
    reporters: ['ООО'],
  },
];

/**
 * Projects and events of the roadmap whose participants domain.md names (the events table and
 * «Who reports on what»). They narrow the organisations responsible for an item whose title is
 * about them: it starts with «Реализация», «Участие», «Организация», «Проведение».
 */
const namedSubjects: readonly {
  readonly why: string;
  readonly pattern: RegExp;
  readonly reporters: readonly OrgType[];
  readonly kind?: ItemKind;
}[] = [
  { why: '«День профессии»: обучающиеся 6–11 классов', pattern: /день профессии/i, reporters: ['ООО'] },
  { why: '«Инженерные каникулы»: школьники', pattern: /инженерные каникулы/i, reporters: ['ООО', 'ОДО'] },
  { why: '«Стратегия выбора»: обучающиеся 6–11 классов', pattern: /стратегия выбора/i, reporters: ['ООО'] },
  { why: '«Профессионалы»: школьники с 14 лет', pattern: /«профессионалы»/i, reporters: ['ООО', 'ОДО'] },
  { why: '«Абилимпикс»: школьники с 14 лет', pattern: /абилимпикс/i, reporters: ['ООО', 'ОДО'] },
  {
    why: '«Билет в будущее»: федеральный проект для 6–11 классов на весь год, школы отчитываются о ходе',
    pattern: /билет в будущее/i,
    reporters: ['ООО'],
    kind: 'пункт',
  },
  { why: '«МНЕ НУЖНО ЗНАТЬ!»: обучающиеся 6–11 классов', pattern: /мне нужно знать/i, reporters: ['ООО'] },
  { why: 'форум «Новое поколение выбирает!»: 6–11 классы', pattern: /новое поколение выбирает/i, reporters: ['ООО'] },
  { why: '«Лучший по профессии»: обучающиеся с ОВЗ', pattern: /лучший по профессии/i, reporters: ['ООО'] },
  {
    why: 'губернаторские инженерные классы есть только в школах',
    pattern: /инженерн[а-яё]*\s+класс/i,
    reporters: ['ООО'],
  },
  { why: '«Профессионалитет»: выбор профессии школьниками', pattern: /профессионалитет/i, reporters: ['ООО'] },
];

const aboutSubject = /^\s*(?:Реализация|Участие|Организация|Проведение)/i;

/**
 * Who reports on an item, from its wording (domain.md, «Who reports on what»), by the rules that
 * made the built-in table, the first that applies:
 * 1. a heading of a list of events with a deadline of its own is the committee's umbrella item;
 * 2. an audience the title names («для воспитанников дошкольных образовательных организаций» →
 *    ДОО; «обучающихся 6–11 классов» or «ООО» → ООО; «среди образовательных организаций» → all);
 * 3. the organisation types among the responsible bodies («образовательные организации», «ОО» →
 *    all; «общеобразовательные организации» → ООО; «ДОУ» → ДОО; «УДО» → ОДО), narrowed by a
 *    project or event of domain.md the title is about, or to ООО when the title names
 *    общеобразовательные организации;
 * 4. only committee bodies responsible: the committee's own item, no reporters.
 *
 * @param title - the item's title
 * @param responsible - the responsible bodies as listed by `splitResponsible`
 * @example deriveReporters('Реализация проекта «День профессии»', ['образовательные организации']).reporters // ['ООО']
 */
export function deriveReporters(title: string, responsible: readonly string[]): DerivedReporters {
  if (isEventsHeading(title)) {
    return { reporters: [], why: 'перечень мероприятий: организации отчитываются по каждому мероприятию' };
  }
  for (const rule of audienceRules) {
    if (rule.pattern.test(title)) return { reporters: [...rule.reporters], why: rule.why };
  }
  const named = new Set<OrgType>();
  const words: string[] = [];
  for (const body of responsible) {
    const types = orgTypesOfWords(body);
    if (!types) continue;
    words.push(`«${body}»`);
    for (const type of types) named.add(type);
  }
  const base = orgTypes.filter((type) => named.has(type));
  if (base.length === 0) return { reporters: [], why: 'в ответственных нет организаций — пункт комитета' };
  const subject = aboutSubject.test(title) ? namedSubjects.find((s) => s.pattern.test(title)) : undefined;
  if (subject) {
    const reporters = base.filter((type) => subject.reporters.includes(type));
    return { reporters, why: subject.why, ...(subject.kind ? { kind: subject.kind } : {}) };
  }
  if (/общеобразовательн[а-яё]*\s+организаци/i.test(title) && base.includes('ООО')) {
    return { reporters: ['ООО'], why: 'в названии — общеобразовательные организации' };
  }
  return { reporters: base, why: `в ответственных: ${words.join(', ')}` };
}

/**
 * The kind of an item: an event (`мероприятие`, reported as participation) when it stands under
 * a heading of events (items 5.2.5 and 5.2.6) and someone reports on it, unless its rule fixes
 * the kind («Билет в будущее»: a status row); otherwise a status row (`пункт`), which is also
 * the kind of the committee's own items.
 *
 * @param parentTitle - the title of the heading or item the item stands under, '' for none
 * @param derived - the item's reporters and, when its rule fixes it, its kind
 * @example deriveKind('Региональные мероприятия в рамках внедрения Концепции:', { reporters: ['ООО'] }) // 'мероприятие'
 */
export function deriveKind(parentTitle: string, derived: Pick<DerivedReporters, 'reporters' | 'kind'>): ItemKind {
  if (derived.reporters.length === 0) return 'пункт';
  if (derived.kind) return derived.kind;
  return isEventsHeading(parentTitle) ? 'мероприятие' : 'пункт';
}
