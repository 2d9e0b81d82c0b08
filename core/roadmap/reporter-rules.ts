import type { OrgType } from '../directory/organisation';
import { orgTypes } from '../directory/organisation';
import type { ItemKind } from './roadmap-item';

/** A rule of the order's wording: where to look, what to find, who then reports. */
export interface ReporterRule {
  readonly name: string;
  readonly field: 'title' | 'responsible';
  readonly pattern: RegExp;
  readonly reporters: readonly OrgType[];
}

const notLetter = '(?:^|[^А-Яа-яЁё])';

/**
 * Who reports on an item, from its wording (domain.md). The first rule that matches wins, so
 * the narrow audiences named in a title («для воспитанников дошкольных…») come before the
 * broad bodies named as responsible. No rule: only committee bodies are named, no reporters.
 */
export const reporterRules: readonly ReporterRule[] = [
  {
    name: 'воспитанники дошкольных образовательных организаций',
    field: 'title',
    pattern: /для воспитанников дошкольных образовательных организаций/i,
    reporters: ['ДОО'],
  },
  {
    name: 'учащиеся / обучающиеся N–M классов',
    field: 'title',
    pattern: /(?:учащихся|обучающихся)\s+\d+\s*[-–—]\s*\d+(?:-х)?\s+классов/i,
    reporters: ['ООО'],
  },
  {
    name: 'среди образовательных организаций',
    field: 'title',
    pattern: /среди образовательных организаций/i,
    reporters: ['ООО', 'ДОО', 'ОДО'],
  },
  {
    name: 'ООО в названии',
    field: 'title',
    pattern: new RegExp(`${notLetter}ООО(?:$|[^А-Яа-яЁё])`),
    reporters: ['ООО'],
  },
  {
    name: 'общеобразовательные организации',
    field: 'responsible',
    pattern: /^общеобразовательные организации$/i,
    reporters: ['ООО'],
  },
  {
    name: 'образовательные организации',
    field: 'responsible',
    pattern: /^образовательные организации$/i,
    reporters: ['ООО', 'ДОО', 'ОДО'],
  },
];

/**
 * The reporters of an item by `reporterRules`, in the order ООО, ДОО, ОДО.
 *
 * @param title - the item's title
 * @param responsible - the responsible bodies as listed by `splitResponsible`
 * @example deriveReporters('Участие ООО в мониторинге…', ['Комитет']) // ['ООО']
 */
export function deriveReporters(title: string, responsible: readonly string[]): OrgType[] {
  for (const rule of reporterRules) {
    const hit = rule.field === 'title' ? rule.pattern.test(title) : responsible.some((body) => rule.pattern.test(body));
    if (hit) return orgTypes.filter((type) => rule.reporters.includes(type));
  }
  return [];
}

/**
 * The kind of an item: an event (`мероприятие`, reported as participation) when it stands under
 * a heading of events («… мероприятия в рамках …», items 5.2.5 and 5.2.6) and someone reports
 * on it; otherwise a status row (`пункт`), which is also the kind of the committee's own items.
 *
 * @param parentTitle - the title of the heading or item the item stands under, '' for none
 * @param reporters - the item's reporters
 * @example deriveKind('Региональные мероприятия в рамках внедрения Концепции:', ['ООО']) // 'мероприятие'
 */
export function deriveKind(parentTitle: string, reporters: readonly OrgType[]): ItemKind {
  return reporters.length > 0 && /мероприятия в рамках/i.test(parentTitle) ? 'мероприятие' : 'пункт';
}
