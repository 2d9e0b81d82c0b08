import type { OrgType } from '../directory/organisation';
import { cutText } from '../issues/cut-text';
import type { Roadmap, RoadmapItem } from './roadmap-item';

/** An entry of the form's `Мероприятие` dropdown (section 5). */
export interface EventOption {
  readonly itemId: string;
  /** `5.2.6.3 «Я выбираю»`: the number first, so a renamed event still matches. */
  readonly label: string;
}

const shortLength = 60;

/**
 * A title shortened to about `length` characters (60 by default) at a word boundary, with «…»
 * when cut.
 *
 * @param title - the item's title
 * @param length - the most characters kept before «…»
 * @example shortTitle('Участие в региональном фестивале детского творчества в рамках …') // 'Участие в региональном фестивале детского творчества…'
 */
export function shortTitle(title: string, length = shortLength): string {
  const line = title.replace(/\s+/g, ' ').trim();
  return line.length <= length ? line : cutText(line, length + 1);
}

/**
 * The name an event goes by: the first «quoted» name of its title, else the short title.
 *
 * @param item - the roadmap item
 * @example eventName(item5263) // '«Я выбираю»'
 */
export function eventName(item: Pick<RoadmapItem, 'title'>): string {
  return /«[^«»]+»/.exec(item.title)?.[0] ?? shortTitle(item.title);
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
