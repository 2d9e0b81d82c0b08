import type { OrgType } from '../directory/organisation';
import type { Roadmap, RoadmapItem } from './roadmap-item';

/** An entry of the form's `Мероприятие` dropdown (section 5). */
export interface EventOption {
  readonly itemId: string;
  /** `5.2.6.3 «Я выбираю»`: the number first, so a renamed event still matches. */
  readonly label: string;
}

const shortLength = 60;

/**
 * The name an event goes by: the first «quoted» name of its title, else the title shortened
 * to about 60 characters at a word boundary.
 *
 * @param item - the roadmap item
 * @example eventName(item5263) // '«Я выбираю»'
 */
export function eventName(item: Pick<RoadmapItem, 'title'>): string {
  const quoted = /«[^«»]+»/.exec(item.title);
  if (quoted) return quoted[0];
  const title = item.title.replace(/\s+/g, ' ').trim();
  if (title.length <= shortLength) return title;
  const cut = title.slice(0, shortLength + 1);
  const space = cut.lastIndexOf(' ');
  // Drop a dangling preposition or conjunction («… творчества в…» reads as a fault).
  const kept = (space > 20 ? cut.slice(0, space) : cut.slice(0, shortLength)).replace(/(?:\s+[а-яё]{1,2})+$/i, '');
  return `${kept.replace(/[\s,.;:–-]+$/, '')}…`;
}

/**
 * The events an organisation type may report taking part in: items of kind `мероприятие`
 * whose reporters include the type, labelled by number and name.
 *
 * @param roadmap - the roadmap in force
 * @param type - the organisation's type
 * @example eventOptions(builtinRoadmap(), 'ДОО')[0] // { itemId: '5.2.5.2', label: '5.2.5.2 «ИкаР»' }
 */
export function eventOptions(roadmap: Roadmap, type: OrgType): EventOption[] {
  return roadmap.items
    .filter((item) => item.kind === 'мероприятие' && item.reporters.includes(type))
    .map((item) => ({ itemId: item.id, label: `${item.id} ${eventName(item)}` }));
}
