import { type OrgType, orgTypes } from '../directory/organisation';

/**
 * The `Отчитываются` cell: types separated by commas, `;`, `/` or spaces, in any case, Latin
 * look-alike letters forgiven (`OOO`), `все` meaning all three. Blank is the committee's own
 * item. Words that are no type come back in `unknown` (the known ones are still used).
 *
 * @param text - the cell as text
 * @example readReporters('ООО, ОДО') // { reporters: ['ООО', 'ОДО'], unknown: [] }
 */
export function readReporters(text: string): { reporters: OrgType[]; unknown: string[] } {
  const found = new Set<OrgType>();
  const unknown: string[] = [];
  for (const word of text.split(/[\s,;/]+/)) {
    if (word === '') continue;
    const key = word.toUpperCase().replace(/Ё/g, 'Е').replace(/O/g, 'О').replace(/[.]+$/, '');
    if (key === 'ВСЕ') {
      for (const type of orgTypes) found.add(type);
    } else if ((orgTypes as readonly string[]).includes(key)) found.add(key as OrgType);
    else unknown.push(word);
  }
  return { reporters: orgTypes.filter((type) => found.has(type)), unknown };
}
