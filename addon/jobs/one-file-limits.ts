import type { Organisation } from '../../core/directory/organisation';
import { type ReportsMode, reportsModeWords } from '../../core/directory/settings';

/** Google's limits on one file (design §2): 100 people editing at once, 600 addresses shared with. */
const maxOneFileOrgs = 100;
const maxOneFileAddresses = 600;

/**
 * Why the organisations' forms cannot be tabs of one spreadsheet, or null when they can: beyond 100
 * active organisations (each may have the file open at once before a deadline) or 600 distinct
 * addresses (the organisations' and the committee's), Google refuses or slows down; the refusal
 * recommends `в отдельных файлах`.
 *
 * @param mode - `Отчёты организаций`
 * @param orgs - the active organisations
 * @param committee - the committee's addresses
 * @example oneFileRefusal('thisSpreadsheet', orgs150, []) // 'Отчёты организаций — «в этой таблице», а организаций 150…'
 */
export function oneFileRefusal(
  mode: ReportsMode,
  orgs: readonly Organisation[],
  committee: readonly string[],
): string | null {
  if (mode === 'files') return null;
  const addresses = new Set([...orgs.flatMap((o) => o.emails), ...committee].map((e) => e.trim().toLowerCase()));
  addresses.delete('');
  if (orgs.length <= maxOneFileOrgs && addresses.size <= maxOneFileAddresses) return null;
  return `Отчёты организаций — «${reportsModeWords[mode]}», а организаций ${orgs.length}, адресов ${addresses.size}: одну таблицу Google даёт править не больше чем ${maxOneFileOrgs} людям сразу и открывает не больше чем ${maxOneFileAddresses} адресам, а каждая организация видела бы чужие листы. Выберите «${reportsModeWords.files}» («Настройки» → «Отчёты организаций»).`;
}
