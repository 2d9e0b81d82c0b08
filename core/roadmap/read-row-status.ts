import { type RowStatus, rowStatuses } from './row-status';

/**
 * A `Статус` cell's text as a status: case, spaces and ё/е do not matter; blank is null
 * (не начато); text that is none of the list is `undefined`, so the caller can report it.
 *
 * @param text - the cell as text
 * @example readRowStatus(' Выполнено ') // 'выполнено'
 */
export function readRowStatus(text: string): RowStatus | null | undefined {
  const key = text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
  if (key === '') return null;
  return rowStatuses.find((status) => status === key);
}
