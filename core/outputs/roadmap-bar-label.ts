import { shortTitle } from '../roadmap/event-options';

/** The most characters of a title kept in a chart's label. */
const labelLength = 40;

/**
 * How a chart names a roadmap item: its number and its title cut at a word end with «…».
 *
 * @param item - the item's number and title
 * @example roadmapBarLabel({ id: '3.2', title: 'Участие ООО в мониторинге реализации профминимума в общеобразовательных организациях' }) // '3.2 Участие ООО в мониторинге реализации…'
 */
export function roadmapBarLabel(item: { readonly id: string; readonly title: string }): string {
  return `${item.id} ${shortTitle(item.title, labelLength)}`;
}
