import { type OrgType, orgTypes } from '../directory/organisation';

const organisations = '(?:организаци[яи]|учреждени[ея])';
const educational = `образовательн(?:ые|ая|ое) ${organisations}`;

// The words orders use for organisation types (domain.md, «Who reports on what»), lower case, ё as е.
const vocabulary: readonly (readonly [RegExp, readonly OrgType[]])[] = [
  [new RegExp(`^(?:все(?: организации| типы)?|(?:муниципальные )?${educational}|оо|оу|моо)$`), orgTypes],
  [
    new RegExp(`^(?:ооо|школы|(?:муниципальные )?общеобразовательн(?:ые|ая) ${organisations}(?: \\(ооо\\))?)$`),
    ['ООО'],
  ],
  [
    new RegExp(
      `^(?:доо|доу|мдоу|мбдоу|мадоу|детские сады|дошкольн(?:ые|ая)(?: образовательн(?:ые|ая))?(?: ${organisations})?)$`,
    ),
    ['ДОО'],
  ],
  [new RegExp(`^(?:одо|удо|мудо|${organisations} дополнительного образования(?: детей)?)$`), ['ОДО']],
];

/** Words that say «the committee's own item, nobody reports». */
const committeeWords = /^(?:комитет|пункт комитета|нет|никто|-)$/;

function normal(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[oO]/g, 'о')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[.,;:\s]+$/, '')
    .trim();
}

/**
 * The organisation types one body or word of an order names: «образовательные организации»
 * or «ОО» all three, «общеобразовательные организации» or «ООО» schools, «дошкольные», «ДОО»,
 * «ДОУ» preschools, «УДО», «ОДО», «организации дополнительного образования» supplementary
 * education. Case, ё, Latin look-alikes (`OOO`) and a trailing dot are forgiven. Null when the
 * words name no type (a committee body, a typo).
 *
 * @param words - one body or word
 * @example orgTypesOfWords('Образовательные организации') // ['ООО', 'ДОО', 'ОДО']
 */
export function orgTypesOfWords(words: string): OrgType[] | null {
  const key = normal(words);
  for (const [pattern, types] of vocabulary) if (pattern.test(key)) return [...types];
  return null;
}

/** Whether the words say the item is the committee's own: `комитет`, `нет`, `—`. */
export function isCommitteeWord(words: string): boolean {
  return committeeWords.test(normal(words));
}
