import { normalizeLabel } from '../values/normalize-label';

/** The fields of a directory row. */
export type OrgField = 'code' | 'name' | 'type' | 'district' | 'inn' | 'emails' | 'active' | 'pupils69' | 'pupils1011';

/** The directory's headers as the template writes them, in order. */
export const directoryHeaders: Readonly<Record<OrgField, string>> = {
  code: 'Код',
  name: 'Наименование',
  type: 'Тип',
  district: 'Район',
  inn: 'ИНН',
  emails: 'Электронная почта',
  active: 'Действует',
  pupils69: 'Обучающихся 6–9 (ОО-1)',
  pupils1011: 'Обучающихся 10–11 (ОО-1)',
};

export const orgFields = Object.keys(directoryHeaders) as OrgField[];

/** Fields without which no row can be read. */
export const essentialFields: readonly OrgField[] = ['code', 'name', 'type'];
/** Fields whose column must be there (an error when missing), though rows are still read. */
export const requiredFields: readonly OrgField[] = ['district', 'inn', 'emails'];

/** The same headers in English, as `template --orgs ORGS.csv` has always accepted them (design §8). */
export const englishHeaders: Readonly<Record<OrgField, string>> = {
  code: 'code',
  name: 'name',
  type: 'type',
  district: 'district',
  inn: 'inn',
  emails: 'emails',
  active: 'active',
  pupils69: 'pupils69',
  pupils1011: 'pupils1011',
};

// Other spellings committees use for a header (their own registers, exports of other systems).
const aliases: Readonly<Record<OrgField, readonly string[]>> = {
  code: ['код', 'code'],
  name: [
    'наименование',
    'название',
    'полное наименование',
    'краткое наименование',
    'сокращенное наименование',
    'наименование полное',
    'наименование краткое',
    'name',
  ],
  type: ['тип', 'type'],
  district: ['район', 'район города', 'территория', 'district'],
  inn: ['инн', 'inn'],
  emails: [
    'электронная почта',
    'эл почта',
    'эл адрес',
    'электронный адрес',
    'адрес электронной почты',
    'адреса электронной почты',
    'почта',
    'e mail',
    'email',
    'emails',
    'mail',
  ],
  active: ['действует', 'действующая', 'активна', 'active'],
  pupils69: ['обучающихся 6-9 (оо-1)', 'обучающихся 6-9', 'pupils69'],
  pupils1011: ['обучающихся 10-11 (оо-1)', 'обучающихся 10-11', 'pupils1011'],
};

// «Наименование ОО», «Тип организации», «ИНН учреждения»: whose the field is adds nothing.
const owner =
  /\s(?:оо|оу|ооо|доо|одо|уо|организации|образовательной организации|учреждения|образовательного учреждения|школы)$/;

/** A header reduced for matching: normalised, `.`, `-`, `_` and `/` read as spaces, the owner dropped. */
function headerKey(text: string): string {
  const plain = normalizeLabel(text)
    .replace(/[.\-_/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.replace(owner, '');
}

const byLabel = new Map<string, OrgField>();
for (const field of orgFields) {
  for (const alias of [directoryHeaders[field], englishHeaders[field], ...aliases[field]]) {
    byLabel.set(headerKey(alias), field);
  }
}

/**
 * The directory field a header names, tolerant to case, dashes, quotes, spaces and points, in
 * Russian or English, with the common variants of committees' registers: «Наименование ОО»,
 * «Тип ОО», «ИНН», «E-mail», «Эл. почта», «Адрес электронной почты», «Район города».
 *
 * @param header - a header cell's text
 * @example orgFieldOfHeader('Наименование ОО') // 'name'
 * @example orgFieldOfHeader('Обучающихся 6-9 (ОО-1)') // 'pupils69'
 */
export function orgFieldOfHeader(header: string): OrgField | null {
  const key = headerKey(header);
  return byLabel.get(key) ?? byLabel.get(headerKey(key.replace(/\s*\(.*\)$/, ''))) ?? null;
}
