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

// Other spellings a committee (or the CSV of `template --orgs`) may use for a header.
const aliases: Readonly<Record<OrgField, readonly string[]>> = {
  code: ['код', 'код организации', 'code'],
  name: ['наименование', 'название', 'наименование организации', 'name'],
  type: ['тип', 'тип организации', 'type'],
  district: ['район', 'district'],
  inn: ['инн', 'inn'],
  emails: ['электронная почта', 'эл. почта', 'e-mail', 'email', 'emails', 'почта', 'адрес электронной почты'],
  active: ['действует', 'активна', 'active'],
  pupils69: ['обучающихся 6-9 (оо-1)', 'обучающихся 6-9', 'pupils69'],
  pupils1011: ['обучающихся 10-11 (оо-1)', 'обучающихся 10-11', 'pupils1011'],
};

const byLabel = new Map<string, OrgField>();
for (const field of orgFields) for (const alias of aliases[field]) byLabel.set(normalizeLabel(alias), field);

/**
 * The directory field a header names, tolerant to case, dashes, quotes and spaces.
 *
 * @param header - a header cell's text
 * @example orgFieldOfHeader('Обучающихся 6-9 (ОО-1)') // 'pupils69'
 */
export function orgFieldOfHeader(header: string): OrgField | null {
  const key = normalizeLabel(header);
  return byLabel.get(key) ?? byLabel.get(key.replace(/\s*\(.*\)$/, '')) ?? null;
}
