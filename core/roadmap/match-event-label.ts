import { eventName } from './event-options';
import type { Roadmap } from './roadmap-item';

function squash(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/["'«»“”„]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The event item a `Мероприятие` cell names: by its leading number (`5.2.6.3 «Я выбираю»`,
 * `п. 5.2.6.3`, even when the name after it was changed), else by the event's name alone
 * (`«Я выбираю»`). Null when it names no event of the roadmap.
 *
 * @param text - the cell as text
 * @param roadmap - the roadmap in force
 * @example matchEventLabel('5.2.6.3 «Я выбираю» (городской этап)', builtinRoadmap()) // '5.2.6.3'
 */
export function matchEventLabel(text: string, roadmap: Roadmap): string | null {
  const events = roadmap.items.filter((item) => item.kind === 'мероприятие');
  const number = /^\s*(?:п\.?\s*)?(\d+(?:\.\d+)*)(?![\d])/i.exec(text)?.[1];
  if (number !== undefined) return events.find((item) => item.id === number)?.id ?? null;
  const name = squash(text);
  if (name === '') return null;
  return events.find((item) => squash(eventName(item)) === name)?.id ?? null;
}
