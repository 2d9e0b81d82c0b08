import { formatNumber } from './format-number';

/**
 * The pieces every message is written with, so each kind of parameter reads one way:
 * names in «», lists as «а», «б» и «в», dates as ДД.ММ.ГГГГ, numbers with grouped thousands.
 */

/** Text in Russian quotes: `«S0004»`. */
function quoted(text: string): string {
  return `«${text}»`;
}

/**
 * Names in quotes, joined as Russian lists them.
 *
 * @param names - the names
 * @param last - the word before the last name: `и` (all of them) or `или` (one of them)
 * @example quotedList(['ООО', 'ДОО', 'ОДО'], 'или') // '«ООО», «ДОО» или «ОДО»'
 */
export function quotedList(names: readonly string[], last: 'и' | 'или' = 'и'): string {
  const all = names.map(quoted);
  if (all.length <= 1) return all.join('');
  return `${all.slice(0, -1).join(', ')} ${last} ${all[all.length - 1]}`;
}

/** A number parameter as shown: `41 661`, `12,5`. */
export function numberText(n: number): string {
  return formatNumber(n);
}
