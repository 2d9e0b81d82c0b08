/**
 * Surname and initials of a person, to match a responsible person with a row of section 6
 * whatever way the name is written («Иванова Анна Петровна», «Иванова А.П.», «А. П. Иванова»).
 * `null` when no name is there.
 *
 * @param fullName - the name as written
 * @example personKey('Иванова А.П.') // 'иванова а п'
 */
export function personKey(fullName: string | null): string | null {
  if (!fullName) return null;
  const words = fullName
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[\s.]+/)
    .filter((w) => w.length > 0);
  if (words.length === 0) return null;
  const first = words[0] ?? '';
  // «А. П. Иванова»: initials first, surname last.
  const initialsFirst = first.length === 1 && words.length > 1 && (words[words.length - 1]?.length ?? 0) > 1;
  const surname = initialsFirst ? (words[words.length - 1] ?? '') : first;
  const rest = initialsFirst ? words.slice(0, -1) : words.slice(1);
  return [surname, ...rest.slice(0, 2).map((w) => w.charAt(0))].join(' ');
}
