import { type OrgType, orgTypes } from '../directory/organisation';
import { isCommitteeWord, orgTypesOfWords } from './org-type-words';

/** The `Отчитываются` cell read: the types, the words that are no type, and whether it says «комитет». */
export interface ReportersRead {
  readonly reporters: OrgType[];
  readonly unknown: string[];
  /** The cell says the item is the committee's own (`комитет`, `нет`, `—`). */
  readonly committee: boolean;
}

/**
 * The `Отчитываются` cell: types separated by commas, `;`, `/`, line breaks, «и» or spaces, in
 * the committee's words or the order's («ООО, ДОО», «образовательные организации», «ОО», «ДОУ»,
 * «УДО», «организации дополнительного образования»), `все` meaning all three, `комитет` (or
 * `нет`, `—`) the committee's own item. Words that are no type come back in `unknown` (the
 * known ones are still used). A blank cell gives nothing: the caller derives the reporters.
 *
 * @param text - the cell as text
 * @example readReporters('ООО, ДОУ') // { reporters: ['ООО', 'ДОО'], unknown: [], committee: false }
 */
export function readReporters(text: string): ReportersRead {
  const found = new Set<OrgType>();
  const unknown: string[] = [];
  let committee = false;
  for (const part of text.split(/[,;/\n\r]+|\s+и\s+/)) {
    const phrase = part.trim();
    if (phrase === '') continue;
    const whole = orgTypesOfWords(phrase);
    if (whole) {
      for (const type of whole) found.add(type);
      continue;
    }
    if (isCommitteeWord(phrase)) {
      committee = true;
      continue;
    }
    for (const word of phrase.split(/\s+/)) {
      const types = orgTypesOfWords(word);
      if (types) for (const type of types) found.add(type);
      else if (isCommitteeWord(word)) committee = true;
      else unknown.push(word);
    }
  }
  return { reporters: orgTypes.filter((type) => found.has(type)), unknown, committee: committee && found.size === 0 };
}
