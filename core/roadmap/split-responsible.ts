/** Spellings of the same body in the order, mapped to one name. Keys are compared in lower case. */
const canonical: Readonly<Record<string, string>> = {
  комитет: 'Комитет',
  комитета: 'Комитет',
  'гбноу ок смена': 'ГБНОУ ОК «Смена»',
  'гбноу ок «смена»': 'ГБНОУ ОК «Смена»',
  'образовательные организации': 'образовательные организации',
  'общеобразовательные организации': 'общеобразовательные организации',
};

/**
 * The responsible bodies of a cell as a list: split at line breaks, `,` and `;`, blanks and
 * trailing commas dropped, the order's spellings made one («Комитета», «КОМИТЕТ» → «Комитет»,
 * «ГБНОУ ОК Смена» → «ГБНОУ ОК «Смена»», «Образовательные организации» → lower case).
 * A body already listed is not repeated.
 *
 * @param text - the cell as written
 * @example splitResponsible('Комитета,\nМБУ ДПО ЦРО,') // ['Комитет', 'МБУ ДПО ЦРО']
 */
export function splitResponsible(text: string): string[] {
  const bodies: string[] = [];
  for (const part of text.split(/[\n\r,;]+/)) {
    const name = part.replace(/\s+/g, ' ').trim();
    if (name === '') continue;
    const body = canonical[name.toLowerCase().replace(/ё/g, 'е')] ?? name;
    if (!bodies.includes(body)) bodies.push(body);
  }
  return bodies;
}
